package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Drives the published conformance table {@code direction-of-travel.csv} (in the test kit): every
 * row worked by hand from the rules in docs/rating.md section 2 (see the table's README for the
 * columns), never from this code's output.
 */
class DirectionOfTravelConformanceTest {

    @Test
    void test_table_coversEveryDirectionPolarityAndTerm() {
        List<Map<String, String>> rows = ConformanceTables.rows("direction-of-travel.csv");
        assertThat(rows.stream().map(r -> r.get("expected")).distinct())
                .containsExactlyInAnyOrder(
                        "improving",
                        "worsening",
                        "no-change",
                        "increasing",
                        "decreasing",
                        "not-comparable",
                        ConformanceSuite.ERROR);
        assertThat(rows.stream().map(r -> r.get("polarity")).distinct())
                .containsExactlyInAnyOrder("higher-is-better", "lower-is-better", "target-band", "no-judgement");
        assertThat(rows.stream().map(r -> r.get("term")).distinct())
                .containsExactlyInAnyOrder("short-term", "long-term");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @TestFactory
    Stream<DynamicTest> compare_conformsToEveryRow() {
        return ConformanceSuite.directionOfTravel(OutturnConformance.directionOfTravel());
    }
}
