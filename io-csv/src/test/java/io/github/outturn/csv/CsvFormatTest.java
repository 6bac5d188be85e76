package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.io.DatasetFormat;
import io.github.outturn.io.DatasetFormats;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import io.github.outturn.validation.DatasetValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFormatTest {

    static final List<String> TABLES = List.of(
            "plan.csv",
            "themes.csv",
            "priorities.csv",
            "actions.csv",
            "action_updates.csv",
            "indicators.csv",
            "targets.csv",
            "observations.csv",
            "areas.csv",
            "comparator_groups.csv",
            "benchmarks.csv",
            "reported.csv");

    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    static String golden(String table) throws IOException {
        return GoldenTables.golden("", table);
    }

    @Test
    void test_write_matchesTheGoldenFiles() throws IOException {
        GoldenTables.assertWrites(csv, SampleDatasets.plan(), dir, "", TABLES);
    }

    @Test
    void test_read_goldenFilesGiveTheSampleDataset() throws IOException {
        for (String table : TABLES) {
            Files.writeString(dir.resolve(table), golden(table), StandardCharsets.UTF_8);
        }
        assertThat(csv.read(dir)).isEqualTo(SampleDatasets.plan());
    }

    @Test
    void test_read_writtenDatasetIsEqualAndValid() throws IOException {
        Dataset sample = SampleDatasets.plan();
        csv.write(sample, dir);
        Dataset back = csv.read(dir);
        assertThat(back).isEqualTo(sample);
        assertThat(DatasetValidator.create().validate(back).isValid()).isTrue();
    }

    @Test
    void test_read_missingTablesAreEmptyCollections() throws IOException {
        Files.writeString(dir.resolve("areas.csv"), "code,name,type\n356,Stockport,local-authority\n");
        Dataset ds = csv.read(dir);
        assertThat(ds.areas()).hasSize(1);
        assertThat(ds.plan()).isEmpty();
        assertThat(ds.observations()).isEmpty();
        assertThat(ds.areas().get(0).current()).isTrue();
    }

    @Test
    void test_read_notAFolderIsALocatedProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        assertThatThrownBy(() -> csv.read(file))
                .isInstanceOf(io.github.outturn.io.InvalidInputException.class)
                .hasMessageContaining("not a folder");
    }

    @Test
    void test_canRead_aFolderWithAKnownTable() throws IOException {
        assertThat(csv.canRead(dir)).isFalse();
        Files.writeString(dir.resolve("notes.csv"), "a\n");
        assertThat(csv.canRead(dir)).isFalse();
        Files.writeString(dir.resolve("indicators.csv"), "id,name,polarity\n");
        assertThat(csv.canRead(dir)).isTrue();
        assertThat(csv.canRead(dir.resolve("indicators.csv"))).isFalse();
        assertThat(csv.canRead(dir.resolve("absent"))).isFalse();
    }

    @Test
    void test_registry_findsCsvAndLaitByNameAndPath() throws IOException {
        DatasetFormats formats = DatasetFormats.load();
        assertThat(formats.names()).contains("csv", "lait");
        DatasetFormat format = formats.byName("CSV").orElseThrow();
        assertThat(format).isInstanceOf(CsvFormat.class);
        assertThat(format.canWrite()).isTrue();
        csv.write(SampleDatasets.plan(), dir);
        assertThat(formats.forPath(dir)).containsInstanceOf(CsvFormat.class);
        assertThat(formats.read(dir)).isEqualTo(SampleDatasets.plan());
        DatasetFormat lait = formats.byName("lait").orElseThrow();
        assertThat(lait.canWrite()).isFalse();
        assertThat(lait.canRead(dir)).isFalse();
        assertThatThrownBy(() -> lait.write(SampleDatasets.plan(), dir))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("read-only");
    }
}
