package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import io.github.outturn.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

/**
 * A target's profile, an indicator's series break and an observation that starts a new series in
 * the JSON document: a hand-written golden file, both ways, and the schema.
 */
class InYearJsonTest {

    private final Dataset expected = SampleDatasets.inYear();

    @Test
    void test_readDataset_handWrittenGoldenEqualsTheSample() {
        Dataset read = Documents.read(Documents.resource("sample-in-year.json"));
        assertThat(read.targets().get(0).profile()).map(Object::toString).contains("shares 20;25;25;30");
        assertThat(read.indicators().get(1).seriesBreakNote()).contains("first results under the new curriculum");
        assertThat(read.observations())
                .filteredOn(o -> o.seriesBreak())
                .singleElement()
                .satisfies(o -> assertThat(o.period().label()).isEqualTo("2016/17 Q1"));
        assertThat(read).isEqualTo(expected);
        assertThat(DatasetValidator.create().validate(read).toString()).isEqualTo("valid");
    }

    @Test
    void test_writeDataset_givesTheGoldenText() {
        assertThat(OutturnJson.standard().writeDatasetAsString(expected))
                .isEqualTo(Documents.resource("sample-in-year.json"));
    }

    @Test
    void test_schema_goldenValidatesAndRefusesASeriesBreakThatIsNotTrueOrFalse() throws Exception {
        assertThat(SchemaTest.validate(Documents.resource("sample-in-year.json")))
                .isEmpty();
        String bad =
                Documents.resource("sample-in-year.json").replace("\"seriesBreak\": true", "\"seriesBreak\": \"yes\"");
        assertThat(SchemaTest.validate(bad)).hasSize(1);
    }

    @Test
    void test_readDataset_aSeriesBreakThatIsNotTrueOrFalseIsLocated() {
        String doc = "{\"schemaVersion\": 1, \"observations\": [{\"indicatorId\": \"cafs\", \"areaCode\": \"356\","
                + " \"period\": \"2016/17 Q1\", \"value\": 96, \"seriesBreak\": \"yes\"}]}";
        assertThat(Documents.problems(doc))
                .singleElement()
                .satisfies(p -> assertThat(p.toString())
                        .startsWith("test.json:1:")
                        .contains("/observations/0/seriesBreak seriesBreak \"yes\": expected true or false"));
    }

    @Test
    void test_readDataset_seriesBreakFalseIsTheDefaultAndIsNotWritten() {
        String doc = "{\"schemaVersion\": 1, \"observations\": [{\"indicatorId\": \"cafs\", \"areaCode\": \"356\","
                + " \"period\": \"2016/17 Q1\", \"value\": 96, \"seriesBreak\": false}]}";
        Dataset read = Documents.read(doc);
        assertThat(read.observations().get(0).seriesBreak()).isFalse();
        assertThat(OutturnJson.standard().writeDatasetAsString(read)).doesNotContain("seriesBreak");
    }
}
