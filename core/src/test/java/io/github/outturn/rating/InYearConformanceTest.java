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
 * Drives the published conformance table {@code indicator-rating-in-year.csv} (in the test kit):
 * profiles, in-year snapshots and year-end forecasts, every row worked by hand from docs/in-year.md.
 */
class InYearConformanceTest {

    @Test
    void test_table_coversProfilesForecastsAndCumulativeMeasures() {
        List<Map<String, String>> rows = ConformanceTables.rows("indicator-rating-in-year.csv");
        assertThat(rows.stream().map(r -> r.get("profile")).distinct())
                .contains("straight-line", "seasonal", "shares 20;25;25;30");
        assertThat(rows.stream().map(r -> r.get("forecast_method")).distinct()).contains("run-rate", "seasonal");
        assertThat(rows.stream().map(r -> r.get("measure_type")).distinct())
                .containsExactlyInAnyOrder("cumulative", "snapshot");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @TestFactory
    Stream<DynamicTest> assess_conformsToEveryRow() {
        return ConformanceSuite.indicatorRatingInYear(OutturnConformance.indicatorRatingInYear());
    }
}
