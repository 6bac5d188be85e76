package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recent trend cases worked by hand, and the cases it cannot calculate. */
class RecentTrendsTest {

    /** Counts out of 10,000 with Wilson-like limits of +/- 1 point (SE 1/1.96). */
    private static List<TrendPoint> series(double... percentages) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < percentages.length; i++) {
            double v = percentages[i];
            points.add(TrendPoint.of(2015 + i, v * 100, 10_000, v, v - 1, v + 1));
        }
        return points;
    }

    @Test
    void test_weightedRegression_handWorked() {
        // Equal weights 1/SE^2 = 1.96^2 / 1 = 3.8416 (SE = 2 / 3.92 = 0.5102); values 10, 11, 12, 13, 14:
        // slope 1, sum w (t - 3)^2 = 3.8416 x 10 = 38.416, chi-squared = 1^2 x 38.416 = 38.416.
        RecentTrend t = RecentTrends.of(
                series(10, 11, 12, 13, 14),
                StatisticType.PROPORTION,
                1,
                TrendTest.WEIGHTED_REGRESSION,
                Polarity.LOWER_IS_BETTER);
        assertThat(t.chiSquared().getAsDouble()).isCloseTo(38.416, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.slope().getAsDouble()).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.marker()).isEqualTo(TrendMarker.INCREASING);
        assertThat(t.label()).isEqualTo("Increasing and getting worse");
        assertThat(t.reason())
                .isEqualTo("Increasing and getting worse: chi-squared 38.416 above 9.54954, slope 1, over 2015 to"
                        + " 2019 (fingertips-recent-trend@1)");
        // Slope 0.2 a year: chi-squared 0.04 x 38.416 = 1.54, not significant.
        RecentTrend flat = RecentTrends.of(
                series(10, 10.2, 10.4, 10.6, 10.8),
                StatisticType.RATE,
                1,
                TrendTest.WEIGHTED_REGRESSION,
                Polarity.HIGHER_IS_BETTER);
        assertThat(flat.marker()).isEqualTo(TrendMarker.NO_CHANGE);
        assertThat(flat.reason()).startsWith("No significant change: chi-squared 1.53664 not above 9.54954");
    }

    @Test
    void test_directionMustHoldWithEachPointLeftOut() {
        // Large rise then a fall at the end: chi-squared is high but leaving out one point flips the sign.
        RecentTrend t = RecentTrends.of(
                series(10, 30, 30, 30, 5),
                StatisticType.PROPORTION,
                1,
                TrendTest.CHI_SQUARED_FOR_TREND,
                Polarity.HIGHER_IS_BETTER);
        assertThat(t.chiSquared().getAsDouble()).isGreaterThan(RecentTrends.CRITICAL_VALUE);
        assertThat(t.marker()).isEqualTo(TrendMarker.NO_CHANGE);
        assertThat(t.reason()).contains("but the direction changes when one point is left out");
        RecentTrend down = RecentTrends.of(
                series(20, 18, 16, 14, 12),
                StatisticType.PROPORTION,
                1,
                TrendTest.CHI_SQUARED_FOR_TREND,
                Polarity.HIGHER_IS_BETTER);
        assertThat(down.label()).isEqualTo("Decreasing and getting worse");
        assertThat(TrendMarker.DECREASING.label(Polarity.LOWER_IS_BETTER)).isEqualTo("Decreasing and getting better");
    }

    @Test
    void test_cannotBeCalculated() {
        List<TrendPoint> five = series(10, 11, 12, 13, 14);
        assertThat(RecentTrends.of(five, StatisticType.MEAN, 1, TrendTest.WEIGHTED_REGRESSION, Polarity.NO_JUDGEMENT)
                        .reason())
                .startsWith("The recent trend cannot be calculated for this value type");
        assertThat(RecentTrends.of(five, StatisticType.RATE, 1, TrendTest.CHI_SQUARED_FOR_TREND, Polarity.NO_JUDGEMENT)
                        .reason())
                .startsWith("The chi-squared test for trend is for proportions only");
        List<TrendPoint> broken = new ArrayList<>(series(10, 11, 12, 13, 14, 15));
        broken.set(2, TrendPoint.of(2017, Double.NaN, 10_000, 12, 11, 13));
        RecentTrend t = RecentTrends.of(
                broken, StatisticType.PROPORTION, 1, TrendTest.WEIGHTED_REGRESSION, Polarity.NO_JUDGEMENT);
        assertThat(t.label()).isEqualTo("Cannot be calculated");
        assertThat(t.reason()).startsWith("The recent trend needs 5 valid points in a row; the latest run has 3");
        List<TrendPoint> full = new ArrayList<>(five);
        full.set(4, TrendPoint.of(2019, 10_000, 10_000, 100, 99, 100));
        assertThat(RecentTrends.of(
                                full, StatisticType.PROPORTION, 1, TrendTest.WEIGHTED_REGRESSION, Polarity.NO_JUDGEMENT)
                        .reason())
                .startsWith("The recent trend cannot be calculated when a count (2019) equals its denominator");
        List<TrendPoint> noLimits = new ArrayList<>(five);
        noLimits.set(0, TrendPoint.of(2015, 1000, 10_000, 10, Double.NaN, Double.NaN));
        assertThat(RecentTrends.of(
                                noLimits,
                                StatisticType.PROPORTION,
                                1,
                                TrendTest.WEIGHTED_REGRESSION,
                                Polarity.NO_JUDGEMENT)
                        .reason())
                .startsWith("The weighted regression needs the 95% limits of each point (2015 has none)");
        List<TrendPoint> zero = new ArrayList<>(five);
        zero.set(0, TrendPoint.of(2015, 0, 10_000, 0, 0, 1));
        assertThat(RecentTrends.of(
                                zero,
                                StatisticType.PROPORTION,
                                1,
                                TrendTest.CHI_SQUARED_FOR_TREND,
                                Polarity.NO_JUDGEMENT)
                        .reason())
                .startsWith("The chi-squared test for trend needs a count above 0 (2015 has 0)");
    }

    /** Financial years from 2012/13, each v% of 10,000 with limits v - 1 and v + 1, as {@link #series}. */
    private static List<Observation> observations(double... percentages) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < percentages.length; i++) {
            BigDecimal v = BigDecimal.valueOf(percentages[i]);
            out.add(Observation.builder()
                    .indicatorId("i")
                    .areaCode("356")
                    .period(FinancialYear.of(2012 + i))
                    .value(v)
                    .numerator(v.multiply(BigDecimal.valueOf(100)))
                    .denominator(BigDecimal.valueOf(10_000))
                    .lowerCi(v.subtract(BigDecimal.ONE))
                    .upperCi(v.add(BigDecimal.ONE))
                    .build());
        }
        return out;
    }

    private static Indicator proportion(Optional<FinancialYear> seriesBreak) {
        return Indicator.builder()
                .id("i")
                .name("A proportion")
                .polarity(Polarity.LOWER_IS_BETTER)
                .statisticType(StatisticType.PROPORTION)
                .seriesBreak(seriesBreak)
                .seriesBreakNote(seriesBreak.map(b -> "new definition"))
                .build();
    }

    @Test
    void test_ofSeries_theAreasActualValuesSinceTheLastBreak() {
        // 2012/13 to 2014/15 jump about (30, 5, 30); from 2015/16 the values are those of the hand-worked
        // case above (10 to 14: chi-squared 38.416, slope 1), plus a forecast that is left out.
        List<Observation> series = new ArrayList<>(observations(30, 5, 30, 10, 11, 12, 13, 14));
        series.add(Observation.builder()
                .indicatorId("i")
                .areaCode("356")
                .period(FinancialYear.of(2020))
                .value(new BigDecimal("40"))
                .status(ObservationStatus.FORECAST)
                .build());
        RecentTrend t =
                RecentTrends.of(proportion(Optional.of(FinancialYear.of(2015))), series, TrendTest.WEIGHTED_REGRESSION);
        assertThat(t.chiSquared().getAsDouble()).isCloseTo(38.416, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.reason())
                .isEqualTo("Increasing and getting worse: chi-squared 38.416 above 9.54954, slope 1, over 2015 to"
                        + " 2019 (fingertips-recent-trend@1)");
        // A break at 2017/18 leaves three points (12, 13, 14): too few, and the reason says why.
        RecentTrend cut =
                RecentTrends.of(proportion(Optional.of(FinancialYear.of(2017))), series, TrendTest.WEIGHTED_REGRESSION);
        assertThat(cut.marker()).isEqualTo(TrendMarker.CANNOT_BE_CALCULATED);
        assertThat(cut.reason())
                .isEqualTo("The recent trend needs 5 valid points in a row; the latest run has 3 since the series"
                        + " began in 2017/18 (new definition) (fingertips-recent-trend@1)");
        // The same series without the break has its trend.
        assertThat(RecentTrends.of(proportion(Optional.empty()), series, TrendTest.WEIGHTED_REGRESSION)
                        .marker())
                .isEqualTo(TrendMarker.INCREASING);
        // Nothing but a forecast: no points.
        assertThat(RecentTrends.of(proportion(Optional.empty()), series.subList(8, 9), TrendTest.WEIGHTED_REGRESSION)
                        .marker())
                .isEqualTo(TrendMarker.CANNOT_BE_CALCULATED);
    }
}
