package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.io.InputProblem;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import io.github.outturn.validation.DatasetValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Actions with dates and their milestones in the JSON document: a hand-written golden file, both ways. */
class DatedActionsJsonTest {

    private final Dataset expected = SampleDatasets.datedActions();

    @Test
    void test_readDataset_handWrittenGoldenEqualsTheSample() {
        Dataset read = Documents.read(Documents.resource("sample-dated-actions.json"));
        assertThat(read.actions()).containsExactlyElementsOf(expected.actions());
        assertThat(read.milestones()).containsExactlyElementsOf(expected.milestones());
        assertThat(read).isEqualTo(expected);
        assertThat(DatasetValidator.create().validate(read).toString()).isEqualTo("valid");
    }

    @Test
    void test_writeDataset_givesTheGoldenText() {
        assertThat(OutturnJson.standard().writeDatasetAsString(expected))
                .isEqualTo(Documents.resource("sample-dated-actions.json"));
    }

    @Test
    void test_schema_goldenValidatesAndRefusesAPercentAbove100() throws Exception {
        assertThat(SchemaTest.validate(Documents.resource("sample-dated-actions.json")))
                .isEmpty();
        String bad = Documents.resource("sample-dated-actions.json")
                .replace("\"percentComplete\": 40", "\"percentComplete\": 140");
        assertThat(SchemaTest.validate(bad)).hasSize(1);
    }

    @Test
    void test_readDataset_locatedProblemsInMilestones() {
        String doc = "{\"schemaVersion\": 1, \"milestones\": [{\"actionId\": \"W1\", \"due\": \"30/09/2016\","
                + " \"done\": \"yes\", \"when\": 1}]}";
        List<String> all =
                Documents.problems(doc).stream().map(InputProblem::toString).toList();
        // Every problem at once, each at its place (line:column, JSON pointer, field).
        assertThat(all).hasSize(4);
        assertThat(all.get(0))
                .isEqualTo("test.json:1:63: /milestones/0/due due \"30/09/2016\": expected an ISO date such as"
                        + " \"2014-10-01\"");
        assertThat(all.get(1)).startsWith("test.json:1:85: /milestones/0/done done \"yes\": expected true or false");
        assertThat(all.get(2))
                .startsWith("test.json:1:92: /milestones/0/when when: unknown field \"when\"")
                .contains("actionId, description, due, done, doneOn");
        assertThat(all.get(3))
                .startsWith("test.json:1:37: /milestones/0/description description: missing required field");
    }
}
