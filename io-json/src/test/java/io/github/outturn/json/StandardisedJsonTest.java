package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Age-band counts and an indicator's standardisation in the dataset document: a golden file both ways, bad cells. */
class StandardisedJsonTest {

    private static Dataset read(String text) throws Exception {
        return OutturnJson.standard()
                .readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "dsr.json");
    }

    @Test
    void test_write_standardisedSampleGivesTheGoldenText() {
        assertThat(OutturnJson.standard().writeDatasetAsString(SampleDatasets.standardised()))
                .isEqualTo(Documents.resource("sample-standardised.json"));
    }

    @Test
    void test_read_goldenTextGivesTheStandardisedSample() {
        assertThat(Documents.read(Documents.resource("sample-standardised.json")))
                .isEqualTo(SampleDatasets.standardised());
    }

    @Test
    void test_read_badCellsAreLocatedProblems() {
        String doc = "{\"schemaVersion\": 1, \"indicators\": [{\"id\": \"d\", \"name\": \"D\", \"polarity\":"
                + " \"lower-is-better\", \"standardisationMethod\": \"sideways\"}], \"ageBandCounts\": [{\"indicatorId\":"
                + " \"d\", \"areaCode\": \"E1\", \"period\": \"2023\", \"band\": \"0-4\", \"count\": \"12,5\"}]}";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(doc));
        assertThat(e.problems())
                .extracting(Object::toString)
                .anySatisfy(p -> assertThat(p)
                        .contains("/indicators/0/standardisationMethod")
                        .contains("none, direct, indirect"))
                .anySatisfy(p -> assertThat(p).contains("/ageBandCounts/0/count"))
                .anySatisfy(p -> assertThat(p).contains("/ageBandCounts/0").contains("population"));
    }
}
