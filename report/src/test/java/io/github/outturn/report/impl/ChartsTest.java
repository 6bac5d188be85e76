package io.github.outturn.report.impl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.report.Report.RankedArea;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The charts' geometry, worked by hand. */
class ChartsTest {

    private static io.github.outturn.finance.BudgetAssessment budget(String service, String budget, String forecast) {
        FinancialYear y = FinancialYear.of(2016);
        return io.github.outturn.finance.Finance.assess(
                io.github.outturn.finance.BudgetLine.builder()
                        .portfolio("P")
                        .service(service)
                        .year(y)
                        .period(y.quarter(1))
                        .budget(io.github.outturn.finance.Money.of(budget))
                        .forecast(io.github.outturn.finance.Money.of(forecast))
                        .build(),
                io.github.outturn.finance.FinancePolicy.defaults());
    }

    @Test
    void variancesRunFromTheZeroLine() {
        // Variances +100,000 and -50,000: the bars span 310 to 570 (260 units) for -50,000 to +100,000,
        // so zero is at 310 + 50/150 x 260 = 396.7; the overspend ends at 570, the underspend at 310.
        Charts.VarianceChart c = Charts.variances(
                List.of(budget("Over", "1000000", "1100000"), budget("Under", "1000000", "950000")),
                io.github.outturn.finance.FinancePolicy.defaults());
        assertThat(c.zero()).isEqualTo("396.7");
        assertThat(c.height()).isEqualTo(12 + 2 * 24 + 8);
        Charts.VarianceBar over = c.bars().get(0);
        assertThat(List.of(over.x(), over.width(), over.valueX(), over.anchor()))
                .containsExactly("396.7", "173.3", "574.0", "start");
        // 10% over: RED, a symbol and a sign in the label.
        assertThat(over.value()).isEqualTo("✖ +£100k");
        assertThat(over.status()).isEqualTo(Status.RED);
        Charts.VarianceBar under = c.bars().get(1);
        assertThat(List.of(under.x(), under.width(), under.valueX(), under.anchor(), under.y()))
                .containsExactly("310.0", "86.7", "306.0", "end", "40.0");
        assertThat(under.value()).isEqualTo("✔ -£50k");
        assertThat(under.title())
                .isEqualTo("Under: projected underspend of £50k (5.0% of the £1.0m budget), a"
                        + " significant underspend: GREEN");
    }

    @Test
    void segmentsOfZeroAreLeftOut() {
        assertThat(Charts.segments(
                        List.of(Status.GREEN, Status.RED),
                        List.of(BigDecimal.ZERO, BigDecimal.ZERO),
                        List.of("a", "b"),
                        640))
                .isEmpty();
        List<Charts.Segment> s = Charts.segments(
                List.of(Status.GREEN, Status.AMBER, Status.RED),
                List.of(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("3")),
                List.of("g", "a", "r"),
                640);
        assertThat(s)
                .extracting(Charts.Segment::x, Charts.Segment::width)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0.0", "160.0"),
                        org.assertj.core.groups.Tuple.tuple("160.0", "480.0"));
    }

    @Test
    void stackedBarSegmentsAreSharesOfTheWidth() {
        // 1 Green, 2 Amber, 1 Red of 4 on 640 units: 160, 320, 160, side by side.
        RagDistribution d = RagDistribution.of(
                Map.of(Status.GREEN, BigFraction.of(1), Status.AMBER, BigFraction.of(2), Status.RED, BigFraction.of(1)),
                RatingPolicy.defaults());
        assertThat(Charts.stacked(d, 640))
                .containsExactly(
                        new Charts.Segment(Status.GREEN, "0.0", "160.0", "Green 1"),
                        new Charts.Segment(Status.AMBER, "160.0", "320.0", "Amber 2"),
                        new Charts.Segment(Status.RED, "480.0", "160.0", "Red 1"));
    }

    @Test
    void stackedBarOfFractionalCounts() {
        // 1/3 Green and 2/3 Amber (an action shared by three priorities) on 600 units: 200 and 400.
        RagDistribution d = RagDistribution.of(
                Map.of(Status.GREEN, BigFraction.of(1, 3), Status.AMBER, BigFraction.of(2, 3)),
                RatingPolicy.defaults());
        assertThat(Charts.stacked(d, 600))
                .extracting(Charts.Segment::x, Charts.Segment::width)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("0.0", "200.0"),
                        org.assertj.core.groups.Tuple.tuple("200.0", "400.0"));
        assertThat(Charts.stacked(RagDistribution.empty(RatingPolicy.defaults()), 600))
                .isEmpty();
    }

    @Test
    void sparklineSpansItsBox() {
        // Values 10, 20, 30 in 80 x 22: the scale runs 10 to 30 (step 5) between y 20 and 1; x 1, 40, 79.
        assertThat(Charts.sparkline(series(10, 20, 30), 80, 22)).isEqualTo("1.0,20.0 40.0,10.5 79.0,1.0");
        assertThat(Charts.sparkline(series(10), 80, 22)).isEmpty();
    }

    @Test
    void lineChartPlacesEveryComparatorAndTheTarget() {
        Charts.LineChart c = Charts.line(
                series(10, 20, 30), List.of("Area", "Region", "Neighbours", "England"), v -> v.toPlainString());
        // Only the area has values, and the target 25 in every period.
        assertThat(c.lines()).extracting(Charts.Line::name).containsExactly("Area");
        assertThat(c.target()).isPresent();
        // Scale 10 to 30, step 5, between y 224 and 12, x from 66 by 276: 10 at 224, 20 at 118, 30 at 12, 25 at 65.
        assertThat(c.lines().get(0).points()).isEqualTo("66.0,224.0 342.0,118.0 618.0,12.0");
        assertThat(c.target().get().points()).isEqualTo("66.0,65.0 342.0,65.0 618.0,65.0");
        assertThat(c.yTicks()).extracting(Charts.Tick::label).containsExactly("10", "15", "20", "25", "30");
        assertThat(c.xTicks()).extracting(Charts.Tick::label).containsExactly("2012/13", "2013/14", "2014/15");
        assertThat(c.lines().get(0).dots().get(1).label()).isEqualTo("Area, 2013/14: 20");
    }

    @Test
    void rankedBarsMarkTheArea() {
        List<RankedArea> ranked = List.of(
                new RankedArea("A", "A", new BigDecimal("30"), Optional.of(1), Optional.empty(), false),
                new RankedArea("B", "B", new BigDecimal("20"), Optional.of(2), Optional.empty(), true),
                new RankedArea("C", "C", new BigDecimal("10"), Optional.of(3), Optional.empty(), false));
        Charts.BarChart c = Charts.bars(ranked, BigDecimal::toPlainString);
        // 0 to 30 (step 10) between y 204 and 12; three slots of 572 / 3 = 190.67, bars 80% wide.
        assertThat(c.baseline()).isEqualTo("204.0");
        assertThat(c.bars().get(0))
                .extracting(Charts.Bar::x, Charts.Bar::y, Charts.Bar::width, Charts.Bar::height)
                .containsExactly("56.0", "12.0", "152.5", "192.0");
        assertThat(c.area()).isPresent();
        assertThat(c.area().get().x()).isEqualTo("246.7");
        assertThat(c.area().get().height()).isEqualTo("128.0");
        assertThat(c.area().get().label()).isEqualTo("2. B: 20");
        // The other bars as one stroke 152.5 wide, up the bars' centres (56 + 76.3, 437.3 + 76.3) from
        // the baseline 204 to 30 at y 12 and 10 at y 140; the area's bar is drawn on its own.
        assertThat(c.barWidth()).isEqualTo("152.5");
        assertThat(c.path()).isEqualTo("M132.3 204.0V12.0 M513.6 204.0V140.0");
        assertThat(c.intervals()).isEmpty();
    }

    @Test
    void rankedBarsDrawIntervalsAsOneStrokeAndTitleTheAreaByItsRank() {
        ConfidenceInterval ci =
                ConfidenceInterval.given(new BigDecimal("35"), new BigDecimal("45"), ConfidenceLevel.NINETY_FIVE);
        List<RankedArea> ranked = List.of(
                new RankedArea("A", "A", new BigDecimal("40"), Optional.of(1), Optional.of(ci), false),
                new RankedArea("B", "B", new BigDecimal("20"), Optional.of(2), Optional.empty(), false),
                new RankedArea("C", "C", new BigDecimal("20"), Optional.of(2), Optional.empty(), true),
                new RankedArea("D", "D", new BigDecimal("10"), Optional.of(4), Optional.empty(), false));
        Charts.BarChart c = Charts.bars(ranked, BigDecimal::toPlainString);
        // 0 to 45 gives a step of 20 (45 / 4 = 11.25, rounded up to a round step), so 0 to 60 between
        // y 204 and 12: 3.2 px a unit. Four slots of 572 / 4 = 143, bars 114.4 wide, centres 113.2,
        // 256.2, 399.2, 542.2; 40 at y 76, 20 at 140, 10 at 172, 35 at 92, 45 at 60.
        assertThat(c.path()).isEqualTo("M113.2 204.0V76.0 M256.2 204.0V140.0 M542.2 204.0V172.0");
        assertThat(c.intervals()).contains("M113.2 92.0V60.0");
        // C shares second place with B: its title gives its rank, not its position.
        assertThat(c.area().get().label()).isEqualTo("2. C: 20");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Charts.Scale.niceStep(0.3)).isEqualTo(0.5);
        assertThat(Charts.Scale.niceStep(7.5)).isEqualTo(10);
        assertThat(Charts.Scale.niceStep(1.2)).isEqualTo(2);
        QuickTheory.qt()
                .withFixedSeed(17L)
                .forAll(SourceDSL.doubles().between(1e-6, 1e9))
                .check(raw -> {
                    double step = Charts.Scale.niceStep(raw);
                    double p = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
                    double m = Math.round(step / p);
                    return step >= raw * (1 - 1e-12) && step <= raw * 5 && (m == 1 || m == 2 || m == 5 || m == 10);
                });
    }

    @Test
    void everyValueLiesInsideItsScale() {
        QuickTheory.qt()
                .withFixedSeed(23L)
                .forAll(SourceDSL.lists()
                        .of(SourceDSL.integers().between(-100000, 100000))
                        .ofSizeBetween(1, 12))
                .check(xs -> {
                    List<BigDecimal> values = new ArrayList<>();
                    xs.forEach(x -> values.add(BigDecimal.valueOf(x, 1)));
                    Charts.Scale s = Charts.Scale.of(values, 200, 10);
                    return values.stream().allMatch(v -> s.at(v) <= 200.0001 && s.at(v) >= 9.9999);
                });
    }

    static TimeSeries series(int... values) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            points.add(SeriesPoint.builder()
                    .period(FinancialYear.of(2012 + k))
                    .value(BigDecimal.valueOf(values[k]))
                    .status(ObservationStatus.ACTUAL)
                    .target(new BigDecimal("25"))
                    .build());
        }
        return io.github.outturn.highlight.TimeSeries.builder()
                .indicatorId("x")
                .indicatorName("X")
                .decimalPlaces(0)
                .areaCode("A")
                .areaName("Area")
                .points(points)
                .policyReference("p@1")
                .build();
    }
}
