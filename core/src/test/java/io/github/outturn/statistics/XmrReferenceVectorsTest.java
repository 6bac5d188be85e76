package io.github.outturn.statistics;

import static io.github.outturn.statistics.ReferenceVectors.items;
import static io.github.outturn.statistics.ReferenceVectors.na;
import static io.github.outturn.statistics.ReferenceVectors.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XmR charts, their rule helpers and assurance against every row of the NHSRplotthedots vectors. */
class XmrReferenceVectorsTest {

    static Stream<Arguments> series() {
        return IntervalReferenceVectorsTest.rows("nhsr_spc_series.csv");
    }

    static Stream<Arguments> rules() {
        return IntervalReferenceVectorsTest.rows("nhsr_spc_rules.csv");
    }

    static Stream<Arguments> assurance() {
        return IntervalReferenceVectorsTest.rows("nhsr_spc_assurance.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("series")
    void test_chart_matchesNhsr(String id, Map<String, String> row) {
        double[] values = numbers(row.get("values_json"));
        XmrSettings settings = XmrSettings.of(direction(row.get("improvement_direction")))
                .withScreenOutliers(Boolean.parseBoolean(row.get("screen_outliers")));
        if (!na(row.get("fix_after_n_points"))) {
            settings = settings.withFixAfter(Integer.parseInt(row.get("fix_after_n_points")));
        }
        if (!na(row.get("rebase_json"))) {
            double[] rebase = numbers(row.get("rebase_json"));
            List<Integer> from = new ArrayList<>();
            for (int i = 0; i < rebase.length; i++) {
                if (rebase[i] == 1) {
                    from.add(i);
                }
            }
            settings = settings.withRecalculationFrom(from);
        }
        XmrChart chart = XmrCharts.of(values, settings);
        double[] mean = numbers(row.get("exp_mean_col_json"));
        double[] lpl = numbers(row.get("exp_lpl_json"));
        double[] upl = numbers(row.get("exp_upl_json"));
        assertThat(chart.groups()).hasSize(mean.length);
        for (int g = 0; g < mean.length; g++) {
            XmrGroup group = chart.groups().get(g);
            close(id, group.mean(), mean[g]);
            close(id, group.lowerLimit(), lpl[g]);
            close(id, group.upperLimit(), upl[g]);
            assertThat(group.variation().code())
                    .isEqualTo(items(row.get("exp_variation_type_json")).get(g));
            assertThat(group.commonCause()).isEqualTo((int) numbers(row.get("exp_common_cause_json"))[g]);
            assertThat(group.improvement()).isEqualTo((int) numbers(row.get("exp_special_cause_improvement_json"))[g]);
            assertThat(group.concern()).isEqualTo((int) numbers(row.get("exp_special_cause_concern_json"))[g]);
            assertThat(group.shortGroupWarning())
                    .isEqualTo(Boolean.parseBoolean(
                            items(row.get("exp_short_group_warning_json")).get(g)));
        }
        List<XmrPoint> points = chart.points();
        assertThat(points.stream().mapToInt(XmrPoint::group).toArray())
                .containsExactly(ints(numbers(row.get("exp_rebase_group_json"))));
        assertThat(points.stream().mapToInt(XmrPoint::relativeToMean).toArray())
                .containsExactly(ints(numbers(row.get("exp_relative_to_mean_json"))));
        assertThat(points.stream().map(p -> String.valueOf(p.outsideLimits())).toList())
                .isEqualTo(items(row.get("exp_outside_limits_json")));
        assertThat(points.stream().map(p -> String.valueOf(p.closeToLimits())).toList())
                .isEqualTo(items(row.get("exp_close_to_limits_json")));
        assertThat(points.stream().map(p -> p.specialCause().label()).toList())
                .isEqualTo(items(row.get("exp_special_cause_type_json")));
        assertThat(points.stream().map(p -> p.type().code()).toList()).isEqualTo(items(row.get("exp_point_type_json")));
        assertThat(chart.reason()).endsWith("(mdc-xmr@1)");
    }

    private static void close(String id, double actual, double expected) {
        assertThat(ReferenceVectors.within(actual, expected, "rel:1e-9|abs:1e-12"))
                .as("%s: %s against %s", id, actual, expected)
                .isTrue();
    }

    private static int[] ints(double[] values) {
        return Arrays.stream(values).mapToInt(v -> (int) v).toArray();
    }

    private static boolean[] flags(double[] values) {
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] != 0;
        }
        return out;
    }

    private static int[] ints(boolean[] flags) {
        int[] out = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = flags[i] ? 1 : 0;
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void test_rule_matchesNhsr(String id, Map<String, String> row) {
        double[] in = numbers(row.get("input_json"));
        int[] expected = ints(numbers(row.get("exp_json")));
        switch (row.get("function")) {
            case "seven_point_one_side_mean" ->
                assertThat(ints(XmrCharts.sevenPointOneSideMean(ints(in)))).containsExactly(expected);
            case "part_of_seven_trend" ->
                assertThat(ints(XmrCharts.partOfSevenTrend(ints(in)))).containsExactly(expected);
            case "seven_point_trend" ->
                assertThat(XmrCharts.sevenPointTrend(in)).containsExactly(expected);
            case "two_in_three" ->
                assertThat(ints(XmrCharts.twoInThree(flags(in), sides(row, in.length))))
                        .containsExactly(expected);
            default ->
                assertThat(ints(XmrCharts.partOfTwoInThree(
                                XmrCharts.twoInThree(flags(in), sides(row, in.length)), flags(in))))
                        .containsExactly(expected);
        }
    }

    /**
     * The signs relative to the mean. One package test passes fewer signs than flags; R reads NA past
     * the end, which is on neither side, as a 0 is here.
     */
    private static int[] sides(Map<String, String> row, int length) {
        return Arrays.copyOf(ints(numbers(row.get("input2_json"))), length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assurance")
    void test_assurance_matchesNhsr(String id, Map<String, String> row) {
        Optional<Assurance> a = XmrCharts.assurance(
                ReferenceVectors.num(row.get("lpl")),
                ReferenceVectors.num(row.get("upl")),
                ReferenceVectors.num(row.get("target")),
                direction(row.get("improvement_direction")));
        assertThat(a.map(x -> x.name().toLowerCase(java.util.Locale.ROOT)).orElse("NA"))
                .isEqualTo(row.get("exp_assurance_type"));
    }

    static ImprovementDirection direction(String text) {
        return ImprovementDirection.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }
}
