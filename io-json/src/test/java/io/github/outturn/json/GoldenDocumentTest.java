package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.io.DatasetFormats;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenDocumentTest {

    private final Dataset expected = SampleDatasets.plan();

    @Test
    void test_readDataset_handWrittenGoldenEqualsSamplePlanFieldByField() {
        Dataset read = Documents.read(Documents.resource("sample-plan.json"));

        assertThat(read.plan()).isEqualTo(expected.plan());
        assertThat(read.themes()).containsExactlyElementsOf(expected.themes());
        assertThat(read.priorities()).containsExactlyElementsOf(expected.priorities());
        assertThat(read.actions()).containsExactlyElementsOf(expected.actions());
        assertThat(read.actionUpdates()).containsExactlyElementsOf(expected.actionUpdates());
        assertThat(read.indicators()).containsExactlyElementsOf(expected.indicators());
        assertThat(read.targets()).containsExactlyElementsOf(expected.targets());
        assertThat(read.observations()).containsExactlyElementsOf(expected.observations());
        assertThat(read.areas()).containsExactlyElementsOf(expected.areas());
        assertThat(read.comparatorGroups()).containsExactlyElementsOf(expected.comparatorGroups());
        assertThat(read.benchmarks()).containsExactlyElementsOf(expected.benchmarks());
        assertThat(read.reported()).containsExactlyElementsOf(expected.reported());
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void test_writeDataset_samplePlanGivesTheGoldenText() {
        assertThat(OutturnJson.standard().writeDatasetAsString(expected))
                .isEqualTo(Documents.resource("sample-plan.json"));
    }

    @Test
    void test_format_registeredThroughServiceLoaderAndRoundTripsAFile(@TempDir Path dir) throws Exception {
        DatasetFormats formats = DatasetFormats.load();
        assertThat(formats.byName("json")).get().isInstanceOf(JsonDatasetFormat.class);
        Path file = dir.resolve("plan.JSON");
        assertThat(formats.forPath(file)).get().isInstanceOf(JsonDatasetFormat.class);

        formats.byName("json").orElseThrow().write(expected, file);

        assertThat(Files.readString(file)).isEqualTo(Documents.resource("sample-plan.json"));
        assertThat(formats.read(file)).isEqualTo(expected);
    }

    @Test
    void test_canRead_byExtensionOnly() {
        JsonDatasetFormat format = new JsonDatasetFormat();
        assertThat(format.canRead(Path.of("a", "plan.json"))).isTrue();
        assertThat(format.canRead(Path.of("a", "plan.csv"))).isFalse();
        assertThat(format.canRead(Path.of("/"))).isFalse();
        assertThat(format.extensions()).containsExactly("json");
        assertThat(format.canWrite()).isTrue();
    }
}
