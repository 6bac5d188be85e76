package io.github.outturn.statistics;

import static io.github.outturn.statistics.ReferenceVectors.check;
import static io.github.outturn.statistics.ReferenceVectors.num;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Funnel plot limits, significance and points against every row of PHEindicatormethods' funnel
 * vectors; the data sets they are computed from are in phe_funnel_datasets.csv.
 */
class FunnelReferenceVectorsTest {

    private static final Map<String, List<FunnelRecord>> DATASETS = new HashMap<>();
    private static final Map<String, FunnelPlot> PLOTS = new HashMap<>();

    private static synchronized List<FunnelRecord> dataset(String id) {
        if (DATASETS.isEmpty()) {
            for (Map<String, String> r : ReferenceVectors.rows("phe_funnel_datasets.csv")) {
                DATASETS.computeIfAbsent(r.get("dataset_id"), k -> new ArrayList<>())
                        .add(FunnelRecord.of(
                                r.get("area"), num(r.get("numerator")), num(r.get("denominator")), num(r.get("rate"))));
            }
        }
        return DATASETS.get(id);
    }

    static FunnelType type(Map<String, String> row) {
        switch (row.get("statistic")) {
            case "proportion":
                return FunnelType.PROPORTION;
            case "ratio":
                return "count".equals(row.get("ratio_type")) ? FunnelType.RATIO_COUNT : FunnelType.RATIO_ISR;
            default:
                return row.get("rate_type").equals("dsr") ? FunnelType.RATE_DSR : FunnelType.RATE_CRUDE;
        }
    }

    private static synchronized FunnelPlot plot(Map<String, String> row) {
        FunnelType type = type(row);
        double multiplier = ReferenceVectors.na(row.get("multiplier")) ? 100 : num(row.get("multiplier"));
        double years = row.containsKey("years_of_data") && !ReferenceVectors.na(row.get("years_of_data"))
                ? num(row.get("years_of_data"))
                : 1;
        String key = row.get("dataset_id") + "/" + type + "/" + multiplier + "/" + years;
        return PLOTS.computeIfAbsent(key, k -> FunnelPlots.of(type, dataset(row.get("dataset_id")), multiplier, years));
    }

    static Stream<Arguments> limits() {
        return IntervalReferenceVectorsTest.rows("phe_funnel_limits.csv");
    }

    static Stream<Arguments> significance() {
        return IntervalReferenceVectorsTest.rows("phe_funnel_significance.csv");
    }

    static Stream<Arguments> points() {
        return IntervalReferenceVectorsTest.rows("phe_funnel_points.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void test_limits_matchPhe(String id, Map<String, String> row) {
        FunnelPlot plot = plot(row);
        double x = num(row.get("x_value"));
        Map<ConfidenceLevel, FunnelLimit> at = plot.limits().stream()
                .filter(l -> l.x() == x)
                .collect(Collectors.toMap(FunnelLimit::level, l -> l, (a, b) -> a, LinkedHashMap::new));
        // The row's x value is a point of the axis the plot built from the data set.
        assertThat(at).as("axis point %s", x).hasSize(2);
        FunnelLimit two = at.get(ConfidenceLevel.NINETY_FIVE);
        FunnelLimit three = at.get(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
        check(row, "exp_lower_2s_limit", two.lower());
        check(row, "exp_upper_2s_limit", two.upper());
        check(row, "exp_lower_3s_limit", three.lower());
        check(row, "exp_upper_3s_limit", three.upper());
        if (!ReferenceVectors.na(row.get("exp_baseline"))) {
            check(row, "exp_baseline", plot.baseline());
        }
        String at2 = plot.type().isRatio() ? "exp_events" : "population_1_year";
        check(row, "exp_lower_2s_" + at2, two.lowerAt().orElse(Double.NaN));
        check(row, "exp_upper_2s_" + at2, two.upperAt().orElse(Double.NaN));
        check(row, "exp_lower_3s_" + at2, three.lowerAt().orElse(Double.NaN));
        check(row, "exp_upper_3s_" + at2, three.upperAt().orElse(Double.NaN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("significance")
    void test_significance_matchesPhe(String id, Map<String, String> row) {
        FunnelPlot plot = plot(row);
        FunnelPoint p = plot.points().get(Integer.parseInt(row.get("record_index")) - 1);
        assertThat(p.record().area()).isEqualTo(row.get("area"));
        assertThat(p.significance().label()).isEqualTo(row.get("exp_significance"));
        assertThat(p.reason()).startsWith(row.get("area") + ": ").endsWith(row.get("exp_significance"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void test_points_matchPhe(String id, Map<String, String> row) {
        // A point depends only on its own record; the rows of one kind make up the data set.
        FunnelType type = row.get("rate_type").equals("dsr") ? FunnelType.RATE_DSR : FunnelType.RATE_CRUDE;
        List<Map<String, String>> kind = ReferenceVectors.rows("phe_funnel_points.csv").stream()
                .filter(r -> r.get("rate_type").equals(row.get("rate_type"))
                        && r.get("years_of_data").equals(row.get("years_of_data")))
                .toList();
        List<FunnelRecord> records = kind.stream()
                .map(r -> FunnelRecord.of(
                        r.get("case_id"), num(r.get("numerator")), num(r.get("denominator")), num(r.get("rate"))))
                .toList();
        FunnelPlot plot = FunnelPlots.of(type, records, num(row.get("multiplier")), num(row.get("years_of_data")));
        FunnelPoint p = plot.points().get(kind.indexOf(row));
        check(row, "exp_rate_chart", p.value().orElse(Double.NaN));
        check(row, "exp_denominator_derived", p.denominator().orElse(Double.NaN));
    }
}
