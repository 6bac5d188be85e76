package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target's profile, an indicator's series break and an observation's {@code series_break}:
 * hand-written golden tables both ways, and a bad cell located.
 */
class InYearCsvTest {

    private static final List<String> TABLES =
            List.of("indicators.csv", "targets.csv", "observations.csv", "areas.csv");
    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    @Test
    void test_write_matchesTheGoldenFiles() throws IOException {
        GoldenTables.assertWrites(csv, SampleDatasets.inYear(), dir, "in-year/", TABLES);
    }

    @Test
    void test_read_goldenFilesGiveTheSample() throws IOException {
        for (String table : TABLES) {
            Files.writeString(dir.resolve(table), GoldenTables.golden("in-year/", table), StandardCharsets.UTF_8);
        }
        Dataset read = csv.read(dir);
        assertThat(read.observations()).filteredOn(o -> o.seriesBreak()).hasSize(1);
        assertThat(read).isEqualTo(SampleDatasets.inYear());
    }

    @Test
    void test_read_aSeriesBreakThatIsNotTrueOrFalseIsLocated() throws IOException {
        Files.writeString(
                dir.resolve("indicators.csv"), "id,name,polarity,frequency\ncafs,CAFs,higher-is-better,quarterly\n");
        Files.writeString(
                dir.resolve("observations.csv"),
                "indicator,area,period,value,series_break\ncafs,356,2016/17 Q1,96,perhaps\n");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(dir));
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.source() + ":" + p.line().orElse(0) + " "
                                + p.field().orElse("") + " " + p.value().orElse(""))
                        .isEqualTo("observations.csv:2 series_break perhaps"));
    }
}
