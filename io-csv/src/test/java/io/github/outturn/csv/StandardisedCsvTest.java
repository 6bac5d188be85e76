package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InvalidInputException;
import io.github.outturn.testkit.SampleDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** age_band_counts.csv and the indicators' standardisation columns: golden files both ways, bad cells located. */
class StandardisedCsvTest {

    private static final List<String> TABLES =
            List.of("indicators.csv", "areas.csv", "benchmarks.csv", "age_band_counts.csv");
    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    @Test
    void test_write_matchesTheGoldenFiles() throws IOException {
        GoldenTables.assertWrites(csv, SampleDatasets.standardised(), dir, "standardised/", TABLES);
    }

    @Test
    void test_read_goldenFilesGiveTheSample() throws IOException {
        for (String table : TABLES) {
            Files.writeString(dir.resolve(table), GoldenTables.golden("standardised/", table), StandardCharsets.UTF_8);
        }
        assertThat(csv.read(dir)).isEqualTo(SampleDatasets.standardised());
    }

    @Test
    void test_read_badCellsAreLocatedProblems() throws IOException {
        Files.writeString(
                dir.resolve("indicators.csv"),
                "id,name,polarity,standardisation_method\nd,D,lower-is-better,sideways\n");
        Files.writeString(
                dir.resolve("age_band_counts.csv"),
                "indicator,area,period,band,count,population\nd,E1,2023,0-4,\"12,5\",\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(dir));
        assertThat(e.problems())
                .extracting(Object::toString)
                .anySatisfy(p -> assertThat(p).contains("indicators.csv:2").contains("standardisation_method"))
                .anySatisfy(p -> assertThat(p).contains("age_band_counts.csv:2").contains("count"))
                .anySatisfy(p -> assertThat(p).contains("age_band_counts.csv:2").contains("population"));
    }
}
