package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Codes;
import io.github.outturn.model.Status;
import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.ConformanceTables;
import io.github.outturn.testkit.OutturnConformance;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the published conformance table {@code indicator-rating.csv} (in the test kit): every row
 * was worked by hand from the rules in docs/rating.md section 1 (see the table's README for the
 * columns), never from this code's output.
 */
class IndicatorRatingConformanceTest {

    @Test
    void test_table_hasAtLeastSixtyRowsCoveringEveryStatusAndPolarity() {
        List<Map<String, String>> rows = ConformanceTables.rows("indicator-rating.csv");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(r -> r.get("expected_status")).distinct())
                .contains("blue", "green", "amber", "red", "not-rated", "no-data", "error");
        assertThat(rows.stream().map(r -> r.get("polarity")).distinct())
                .containsExactlyInAnyOrder("higher-is-better", "lower-is-better", "target-band", "no-judgement");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @TestFactory
    Stream<DynamicTest> assess_conformsToEveryRow() {
        return ConformanceSuite.indicatorRating(OutturnConformance.indicatorRating());
    }

    /** The status alone, from {@code IndicatorRating.status}, agrees with the table too. */
    @TestFactory
    Stream<DynamicTest> status_conformsToEveryRow() {
        return ConformanceSuite.indicatorRating(OutturnConformance.indicatorStatus());
    }

    @Test
    void assess_carriesTheDefaultPolicyReferenceAndEndsWithTheStatus() throws Exception {
        for (Map<String, String> row : ConformanceTables.rows("indicator-rating.csv")) {
            if (!row.get("expected_status").equals(ConformanceSuite.ERROR)) {
                String reason = OutturnConformance.indicatorRating().apply(row).text();
                assertThat(reason)
                        .as(row.get("case"))
                        .endsWith(": "
                                + Codes.parse(Status.class, row.get("expected_status"))
                                        .orElseThrow());
            }
        }
    }
}
