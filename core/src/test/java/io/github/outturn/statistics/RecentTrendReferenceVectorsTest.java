package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The recent trend and its labels against every row of the Fingertips vectors. */
class RecentTrendReferenceVectorsTest {

    static Stream<Arguments> trends() {
        return IntervalReferenceVectorsTest.rows("fingertips_recent_trend.csv");
    }

    static Stream<Arguments> labels() {
        return IntervalReferenceVectorsTest.rows("fingertips_trend_labels.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trends")
    void test_recentTrend_matchesFingertips(String id, Map<String, String> row) {
        List<TrendPoint> points = ReferenceVectors.objects(row.get("data_json")).stream()
                .map(o -> TrendPoint.of(
                        Integer.parseInt(o.get("year")),
                        Double.parseDouble(o.get("count")),
                        Double.parseDouble(o.get("denominator")),
                        Double.parseDouble(o.get("value")),
                        Double.parseDouble(o.get("lower_ci95")),
                        Double.parseDouble(o.get("upper_ci95"))))
                .toList();
        TrendTest test = row.get("comparator_method").startsWith("SpcForProportions")
                ? TrendTest.CHI_SQUARED_FOR_TREND
                : TrendTest.WEIGHTED_REGRESSION;
        RecentTrend t = RecentTrends.of(
                points, StatisticType.PROPORTION, Integer.parseInt(row.get("year_range")), test, Polarity.NO_JUDGEMENT);
        assertThat(t.significant()).isEqualTo(Boolean.parseBoolean(row.get("exp_is_significant")));
        assertThat(t.significant()).isEqualTo(Boolean.parseBoolean(row.get("computed_is_significant")));
        if (ReferenceVectors.na(row.get("exp_chi_square_rounded_2dp"))) {
            assertThat(t.chiSquared()).isEmpty();
            assertThat(t.marker()).isEqualTo(TrendMarker.CANNOT_BE_CALCULATED);
            // Fingertips gives a message when it cannot calculate the trend.
            assertThat(row.get("exp_message_nonempty")).isEqualTo("TRUE");
            assertThat(t.reason()).startsWith(row.get("computed_message"));
            return;
        }
        double chi2 = t.chiSquared().getAsDouble();
        assertThat(Math.round(chi2 * 100) / 100.0).isEqualTo(Double.parseDouble(row.get("exp_chi_square_rounded_2dp")));
        assertThat(ReferenceVectors.within(chi2, Double.parseDouble(row.get("computed_chi_square")), "rel:1e-9"))
                .as("%s chi-squared %s", id, chi2)
                .isTrue();
        assertThat(t.slope().getAsDouble())
                .isCloseTo(Double.parseDouble(row.get("computed_slope")), within(1e-9 * Math.abs(chi2)));
        // The direction follows the slope (computed_marker_intended); Fingertips as coded reports
        // "Decreasing" for every significant chi-squared trend, a slip its test does not check.
        assertThat(t.marker().name().replace("_", "")).isEqualToIgnoringCase(row.get("computed_marker_intended"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void test_label_matchesFingertips(String id, Map<String, String> row) {
        Polarity polarity = switch (row.get("polarity_id")) {
            case "0" -> Polarity.LOWER_IS_BETTER;
            case "1" -> Polarity.HIGHER_IS_BETTER;
            // Not applicable (-1) and blue/orange/blue (99) make no judgement of direction.
            default -> Polarity.NO_JUDGEMENT;
        };
        TrendMarker marker = switch (row.get("marker")) {
            case "Increasing" -> TrendMarker.INCREASING;
            case "Decreasing" -> TrendMarker.DECREASING;
            case "NoChange" -> TrendMarker.NO_CHANGE;
            default -> TrendMarker.CANNOT_BE_CALCULATED;
        };
        assertThat(marker.label(polarity)).isEqualTo(row.get("exp_label"));
    }
}
