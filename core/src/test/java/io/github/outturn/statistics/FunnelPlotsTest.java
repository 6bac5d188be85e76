package io.github.outturn.statistics;

import static io.github.outturn.benchmark.ConfidenceLevel.NINETY_FIVE;
import static io.github.outturn.benchmark.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.benchmark.ConfidenceIntervals;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Funnel plot cases worked independently of the code, properties, and refusals. */
class FunnelPlotsTest {

    @Test
    void property_proportionLimitsAreWhereTheWilsonIntervalReachesTheAverage() {
        // The lower funnel limit at n is the proportion whose Wilson upper limit is the average, and
        // the upper funnel limit the one whose Wilson lower limit is the average.
        qt().withFixedSeed(2001L)
                .withExamples(500)
                .forAll(doubles().between(0.05, 0.95), integers().between(50, 1_000_000))
                .checkAssert((a, n) -> {
                    FunnelLimit l = FunnelPlots.proportionLimit(a, n, NINETY_FIVE, 1);
                    if (l.lower() > 0) {
                        // (A limit below 0 is clipped to 0, where the property does not hold.)
                        assertThat(ConfidenceIntervals.proportion(l.lower() * n, n, NINETY_FIVE)
                                        .upper())
                                .isCloseTo(a, within(1e-9));
                    }
                    assertThat(ConfidenceIntervals.proportion(l.upper() * n, n, NINETY_FIVE)
                                    .lower())
                            .isCloseTo(a, within(1e-9));
                });
    }

    @Test
    void test_poissonMean_isCloseToTheExactLimits() {
        // The bisection stops at a step of 1e-7 in v = mu / (mu + x + 1): near the exact chi-squared
        // limits, qchisq(0.975, 2x + 2) / 2 = 5.5716434 and qchisq(0.025, 2x) / 2 = 0.0253178 for x = 1.
        assertThat(FunnelPlots.poissonMean(1, 0.025, true)).isCloseTo(5.5716434, within(5e-6));
        assertThat(FunnelPlots.poissonMean(1, 0.025, false)).isCloseTo(0.0253178, within(5e-7));
        assertThat(FunnelPlots.poissonMean(0, 0.025, false)).isLessThan(1e-6);
        // PHE's summation of the Poisson probabilities: P(X <= 1 | 2) = 3 e^-2 = 0.4060058.
        assertThat(FunnelPlots.poissonProbability(2, 0, 1)).isCloseTo(3 * Math.exp(-2), within(1e-10));
        assertThat(FunnelPlots.poissonProbability(2000, 0, Long.MAX_VALUE)).isCloseTo(1, within(1e-12));
    }

    @Test
    void test_axis_handWorked() {
        // Largest 41,980: 1.05 x 41,980 = 44,079, rounded up to two figures 45,000; more than twice the
        // smallest, so the axis starts at 1.
        assertThat(FunnelPlots.axisMaximum(41_980)).isEqualTo(45_000);
        assertThat(FunnelPlots.axisMinimum(100, 41_980)).isZero();
        // 0.95 x 25,000 = 23,750, rounded down to one figure: 20,000.
        assertThat(FunnelPlots.axisMinimum(25_000, 30_000)).isEqualTo(20_000);
        List<Double> axis = FunnelPlots.axis(0, 45_000, 101);
        assertThat(axis).hasSize(100).startsWith(1.0, 2.0, 3.0).endsWith(45_000.0);
    }

    @Test
    void test_plot_handWorked() {
        // Three areas at 50/100, 10/100 and 90/100: the average is 150/300 = 0.5. 10 of 100 is far
        // below (Wilson 95% upper limit 0.174 and 99.8% 0.226, both below 0.5), 90 of 100 far above.
        List<FunnelRecord> records = List.of(
                FunnelRecord.of("A", 50, 100, Double.NaN),
                FunnelRecord.of("B", 10, 100, Double.NaN),
                FunnelRecord.of("C", 90, 100, Double.NaN));
        FunnelPlot plot = FunnelPlots.of(FunnelType.PROPORTION, records, 100, 1);
        assertThat(plot.average()).isEqualTo(0.5);
        assertThat(plot.baseline()).isEqualTo(50);
        assertThat(plot.points())
                .extracting(FunnelPoint::significance)
                .containsExactly(
                        FunnelSignificance.NOT_SIGNIFICANT, FunnelSignificance.LOW_99_8, FunnelSignificance.HIGH_99_8);
        assertThat(plot.limits()).hasSize(200);
        assertThat(plot.reason())
                .isEqualTo("Funnel plot of 3 areas, 150 events over a denominator of 300: centre line 50; 1 High"
                        + " (0.001), 1 Not significant, 1 Low (0.001) (phe-funnel@1)");
        // Ratios: 30 observed against 20 expected; Byar's 95% lower limit of 30 is 20.24, above 20.
        assertThat(FunnelPlots.ratioSignificance(30, 20)).isEqualTo(FunnelSignificance.HIGH_95);
        assertThat(FunnelPlots.ratioSignificance(30, 10)).isEqualTo(FunnelSignificance.HIGH_99_8);
        assertThat(FunnelPlots.ratioSignificance(5, 20)).isEqualTo(FunnelSignificance.LOW_99_8);
        // Exact 95% upper limit of 5 events is 11.67; at 12 expected the ratio is low at 95% only.
        assertThat(FunnelPlots.ratioSignificance(5, 12)).isEqualTo(FunnelSignificance.LOW_95);
        FunnelPlot ratios =
                FunnelPlots.of(FunnelType.RATIO_ISR, List.of(FunnelRecord.of("A", 30, 20, Double.NaN)), 100, 1);
        assertThat(ratios.baseline()).isEqualTo(100);
        assertThat(ratios.points().get(0).value()).hasValue(150.0);
        FunnelPlot rates = FunnelPlots.of(
                FunnelType.RATE_CRUDE,
                List.of(FunnelRecord.of("A", 20, Double.NaN, 200), FunnelRecord.of("B", 0, 5000, 0)),
                100_000,
                1);
        // Denominators 100,000 x 20 / 200 = 10,000 and 5,000 (given for no events): average 20 / 15,000.
        assertThat(rates.average()).isCloseTo(20.0 / 15_000, within(1e-15));
        assertThat(rates.points().get(1).denominator()).hasValue(5000.0);
    }

    @Test
    void test_refusals() {
        assertThatThrownBy(() -> FunnelPlots.poissonMean(-1, 0.025, true)).hasMessage("Events -1 must be at least 0");
        assertThatThrownBy(() -> FunnelPlots.poissonMean(1, 0.5, true))
                .hasMessage("Tail probability 0.5 must be between 0 and 0.5");
        assertThatThrownBy(() -> FunnelPlots.proportionLimit(1.5, 10, NINETY_FIVE, 1))
                .hasMessage("Average proportion 1.5 must be between 0 and 1");
        assertThatThrownBy(() -> FunnelPlots.ratioLimit(FunnelType.PROPORTION, 1, NINETY_FIVE))
                .hasMessage("Funnel type PROPORTION is not a ratio");
        assertThatThrownBy(() -> FunnelPlots.ratioLimit(FunnelType.RATIO_ISR, 0, NINETY_NINE_POINT_EIGHT))
                .hasMessage("Events 0 on a funnel axis must be at least 1");
        assertThatThrownBy(() -> FunnelPlots.of(FunnelType.PROPORTION, List.of(), 100, 1))
                .hasMessage("A funnel plot needs at least one record");
        assertThatThrownBy(() -> FunnelPlots.of(
                        FunnelType.PROPORTION, List.of(FunnelRecord.of("A", 5, Double.NaN, Double.NaN)), 100, 1))
                .hasMessage("Record A needs a denominator above 0");
        assertThatThrownBy(() ->
                        FunnelPlots.of(FunnelType.PROPORTION, List.of(FunnelRecord.of("A", 5, 4, Double.NaN)), 100, 1))
                .hasMessage("Record A: numerator 5.0 is above the denominator 4.0");
        assertThatThrownBy(() -> FunnelPlots.of(
                        FunnelType.RATE_DSR, List.of(FunnelRecord.of("A", 5, Double.NaN, Double.NaN)), 100, 1))
                .hasMessage("Record A has events but no rate above 0");
        assertThatThrownBy(() ->
                        FunnelPlots.of(FunnelType.RATE_CRUDE, List.of(FunnelRecord.of("A", 0, Double.NaN, 0)), 100, 1))
                .hasMessage("Record A has no events: a crude rate then needs its denominator");
        assertThatThrownBy(() ->
                        FunnelPlots.of(FunnelType.RATE_DSR, List.of(FunnelRecord.of("A", 0, Double.NaN, 0)), 100, 1))
                .hasMessage("The records of a funnel plot have no denominator in all");
        assertThatThrownBy(() -> FunnelRecord.of("A", -1, 1, 1))
                .hasMessage("Numerator of A -1.0 must be a finite" + " number of at least 0");
    }
}
