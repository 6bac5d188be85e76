package io.github.outturn.rating;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarMonth;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PooledYears;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorRatingTest {

    private static final String AREA = "E08000018";
    private static final FinancialYear FY14 = FinancialYear.of(2014);
    private static final FinancialQuarter Q2 = FinancialQuarter.of(2014, 2);

    private static final Indicator TAKE_UP = Indicator.builder()
            .id("two-year-offer")
            .name("Two-year offer take-up")
            .unit("%")
            .decimalPlaces(1)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .statisticType(StatisticType.PROPORTION)
            .frequency(io.github.outturn.model.Frequency.QUARTERLY)
            .build();

    /** Children starting an apprenticeship, counted year to date. */
    private static final Indicator STARTS = Indicator.builder()
            .id("starts")
            .name("Apprenticeship starts")
            .decimalPlaces(0)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .measureType(MeasureType.CUMULATIVE)
            .statisticType(StatisticType.COUNT)
            .build();

    @Test
    void test_assess_designExampleCarriesEveryFigure() {
        // docs/rating.md section 1: 44.1% against 45.0% with a 5% tolerance: edge 45.0 - 2.25 = 42.75, so AMBER.
        IndicatorAssessment a = IndicatorRating.assess(
                TAKE_UP,
                AREA,
                FY14,
                Optional.of(Observation.of("two-year-offer", AREA, FY14, dec("44.1"))),
                Optional.of(Target.of("two-year-offer", FY14, dec("45.0"))),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason())
                .isEqualTo("44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER");
        assertThat(a.publishedValue()).contains(dec("44.1"));
        assertThat(a.comparedValue()).contains(dec("44.1"));
        assertThat(a.targetValue()).contains(dec("45.0"));
        assertThat(a.targetPeriod()).contains(FY14);
        assertThat(a.tolerance()).contains(Tolerance.parse("5%"));
        assertThat(a.toleranceSource()).contains(ToleranceSource.POLICY_DEFAULT);
        assertThat(a.amberLowerEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("42.75"));
        assertThat(a.amberUpperEdge()).isEmpty();
        assertThat(a.blueEdge()).isEmpty();
        assertThat(a.observationStatus()).contains(ObservationStatus.ACTUAL);
        assertThat(a.rescuedByImprovement()).isFalse();
        assertThat(a.policyReference()).isEqualTo("outturn-default@2");
        assertThat(a.toString()).isEqualTo("two-year-offer E08000018 2014/15: " + a.reason());
    }

    @Test
    void test_assess_toleranceSources() {
        Observation o = Observation.of("two-year-offer", AREA, FY14, dec("43.5"));
        Target plain = Target.of("two-year-offer", FY14, dec("45.0"));
        Target own =
                Target.builder().from(plain).tolerance(Tolerance.parse("1")).build();
        RatingPolicy perType =
                RatingPolicy.defaults().withDefaultTolerances(Map.of(StatisticType.PROPORTION, Tolerance.parse("2")));

        // Own tolerance 1 point: edge 44.0, 43.5 is RED.
        IndicatorAssessment a1 = IndicatorRating.assess(
                TAKE_UP, AREA, FY14, Optional.of(o), Optional.of(own), Optional.empty(), perType);
        assertThat(a1.toleranceSource()).contains(ToleranceSource.TARGET);
        assertThat(a1.status()).isEqualTo(Status.RED);
        // Proportions default to 2 points in this policy: edge 43.0, 43.5 is AMBER.
        IndicatorAssessment a2 = IndicatorRating.assess(
                TAKE_UP, AREA, FY14, Optional.of(o), Optional.of(plain), Optional.empty(), perType);
        assertThat(a2.toleranceSource()).contains(ToleranceSource.POLICY_STATISTIC_TYPE_DEFAULT);
        assertThat(a2.tolerance()).contains(Tolerance.parse("2"));
        assertThat(a2.status()).isEqualTo(Status.AMBER);
        assertThat(a2.amberLowerEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("43"));
    }

    @Test
    void test_assess_decimalSumDoesNotFlipStatus() {
        // 0.1 + 0.2 is exactly 0.3 in decimal: it meets a lower-is-better target of 0.3 even compared raw.
        Indicator rate = Indicator.builder()
                .id("r")
                .name("Rate")
                .decimalPlaces(1)
                .polarity(Polarity.LOWER_IS_BETTER)
                .build();
        BigDecimal sum = dec("0.1").add(dec("0.2"));
        IndicatorAssessment a = IndicatorRating.assess(
                rate,
                AREA,
                FY14,
                Optional.of(Observation.of("r", AREA, FY14, sum)),
                Optional.of(Target.of("r", FY14, dec("0.3"))),
                Optional.empty(),
                RatingPolicy.defaults().withValueComparison(ValueComparison.RAW));
        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.reason()).isEqualTo("0.3 meets the target of 0.3: GREEN");
    }

    @Test
    void test_assess_bandRecordsBothEdgesAndBlueNever() {
        Indicator caseload = Indicator.builder()
                .id("caseload")
                .name("Caseload")
                .decimalPlaces(0)
                .polarity(Polarity.TARGET_BAND)
                .build();
        Target band = Target.builder()
                .indicatorId("caseload")
                .period(FY14)
                .lower(dec("15"))
                .upper(dec("20"))
                .build();
        IndicatorAssessment a = IndicatorRating.assess(
                caseload,
                AREA,
                FY14,
                Optional.of(Observation.of("caseload", AREA, FY14, dec("30"))),
                Optional.of(band),
                Optional.empty(),
                RatingPolicy.defaults().withBlueMargin(Tolerance.parse("10%")));
        // 5% of 15 is 0.75 and of 20 is 1: edges 14.25 and 21.
        assertThat(a.amberLowerEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("14.25"));
        assertThat(a.amberUpperEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("21"));
        assertThat(a.blueEdge()).isEmpty();
        assertThat(a.targetLower()).contains(dec("15"));
        assertThat(a.targetUpper()).contains(dec("20"));
        assertThat(a.status()).isEqualTo(Status.RED);
    }

    @Test
    void test_assess_higherIsBetterWithBandUsesLowerEnd() {
        Target band = Target.builder()
                .indicatorId("two-year-offer")
                .period(FY14)
                .lower(dec("45.0"))
                .upper(dec("60.0"))
                .build();
        IndicatorAssessment a = IndicatorRating.assess(
                TAKE_UP,
                AREA,
                FY14,
                Optional.of(Observation.of("two-year-offer", AREA, FY14, dec("70.0"))),
                Optional.of(band),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.reason())
                .isEqualTo(
                        "70.0% is above the target of 45.0% (the lower end of the target band) by 25.0 points: GREEN");
    }

    @Test
    void test_assess_lowerIsBetterWithBandUsesUpperEndAndRejectsMissingEnd() {
        Indicator admissions = Indicator.builder()
                .id("adm")
                .name("Admissions")
                .decimalPlaces(0)
                .polarity(Polarity.LOWER_IS_BETTER)
                .build();
        Target band = Target.builder()
                .indicatorId("adm")
                .period(FY14)
                .lower(dec("10"))
                .upper(dec("20"))
                .build();
        Optional<Observation> o = Optional.of(Observation.of("adm", AREA, FY14, dec("21")));
        IndicatorAssessment a = IndicatorRating.assess(
                admissions, AREA, FY14, o, Optional.of(band), Optional.empty(), RatingPolicy.defaults());
        // 20 + 5% of 20 = 21: AMBER on the edge.
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason()).contains("the target of 20 (the upper end of the target band)");

        Target lowerOnly = Target.builder()
                .indicatorId("adm")
                .period(FY14)
                .lower(dec("10"))
                .build();
        assertThatThrownBy(() -> IndicatorRating.assess(
                        admissions, AREA, FY14, o, Optional.of(lowerOnly), Optional.empty(), RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The target band of adm 2014/15 has no upper end: a lower-is-better indicator needs a"
                        + " target value or that end");
    }

    @Test
    void test_assess_blueThresholdOnWorseSideIsRejected() {
        RatingPolicy p = RatingPolicy.defaults().withBlueMargin(Tolerance.parse("threshold 40"));
        assertThatThrownBy(() -> IndicatorRating.assess(
                        TAKE_UP,
                        AREA,
                        FY14,
                        Optional.of(Observation.of("two-year-offer", AREA, FY14, dec("50.0"))),
                        Optional.of(Target.of("two-year-offer", FY14, dec("45.0"))),
                        Optional.empty(),
                        p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The BLUE threshold 40 lies on the worse side of the target 45.0 of two-year-offer:"
                        + " expected a value at least 45.0");
    }

    @Test
    void test_assess_lowerIsBetterBlueThresholdAndRelativeMargin() {
        Indicator days = Indicator.builder()
                .id("d")
                .name("Days")
                .unit("days")
                .decimalPlaces(0)
                .polarity(Polarity.LOWER_IS_BETTER)
                .build();
        Optional<Target> t = Optional.of(Target.of("d", FY14, dec("20")));
        Optional<Observation> o = Optional.of(Observation.of("d", AREA, FY14, dec("18")));
        // 10% of 20 is 2: BLUE from 18 down.
        IndicatorAssessment rel = IndicatorRating.assess(
                days,
                AREA,
                FY14,
                o,
                t,
                Optional.empty(),
                RatingPolicy.defaults().withBlueMargin(Tolerance.parse("10%")));
        assertThat(rel.status()).isEqualTo(Status.BLUE);
        assertThat(rel.blueEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("18"));
        IndicatorAssessment th = IndicatorRating.assess(
                days,
                AREA,
                FY14,
                o,
                t,
                Optional.empty(),
                RatingPolicy.defaults().withBlueMargin(Tolerance.parse("threshold 17")));
        assertThat(th.status()).isEqualTo(Status.GREEN);
        assertThatThrownBy(() -> IndicatorRating.assess(
                        days,
                        AREA,
                        FY14,
                        o,
                        t,
                        Optional.empty(),
                        RatingPolicy.defaults().withBlueMargin(Tolerance.parse("threshold 21"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a value at most 20");
    }

    @Test
    void test_assess_rejectsPiecesOfAnotherIndicatorAreaOrPeriod() {
        Optional<Target> t = Optional.of(Target.of("two-year-offer", FY14, dec("45.0")));
        assertThatThrownBy(() -> IndicatorRating.assess(
                        TAKE_UP,
                        AREA,
                        FY14,
                        Optional.of(Observation.of("two-year-offer", "E09000001", FY14, dec("44.1"))),
                        t,
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The observation is of two-year-offer for E09000001 2014/15: expected two-year-offer"
                        + " for E08000018 2014/15");
        assertThatThrownBy(() -> IndicatorRating.assess(
                        TAKE_UP,
                        AREA,
                        FY14,
                        Optional.empty(),
                        t,
                        Optional.of(Observation.of("two-year-offer", AREA, FinancialYear.of(2012), dec("40"))),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The lastYear is of two-year-offer for E08000018 2012/13: expected")
                .hasMessageEndingWith("2013/14");
        assertThatThrownBy(() -> IndicatorRating.assess(
                        TAKE_UP, AREA, Q2, Optional.empty(), t, Optional.empty(), RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The target is of two-year-offer for every area 2014/15: expected two-year-offer for"
                        + " E08000018 2014/15 Q2");
        Target otherArea = Target.builder()
                .indicatorId("two-year-offer")
                .period(FY14)
                .areaCode("E09000001")
                .value(dec("45.0"))
                .build();
        assertThatThrownBy(() -> IndicatorRating.assess(
                        TAKE_UP,
                        AREA,
                        FY14,
                        Optional.empty(),
                        Optional.of(otherArea),
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("for E09000001 2014/15");
        assertThatThrownBy(() -> IndicatorRating.assess(
                        STARTS,
                        AREA,
                        Q2,
                        Optional.empty(),
                        Optional.of(Target.of("two-year-offer", FY14, dec("1"))),
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("or the year containing it");
    }

    private static Dataset cumulativeDataset(Target... targets) {
        return Dataset.builder()
                .addIndicators(STARTS)
                .addTargets(targets)
                .addObservations(
                        Observation.of("starts", AREA, Q2, dec("130")),
                        Observation.of("starts", AREA, FinancialQuarter.of(2014, 4), dec("290")))
                .build();
    }

    @Test
    void test_assessDataset_cumulativeWithOnlyAnnualTargetIsNotRatedMidYear() {
        Dataset ds = cumulativeDataset(Target.of("starts", FY14, dec("300")));
        IndicatorAssessment a = IndicatorRating.assess(ds, "starts", AREA, Q2, RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.NOT_RATED);
        assertThat(a.reason())
                .isEqualTo("The 2014/15 Q2 value of a cumulative measure is a year-to-date figure and there is only"
                        + " the 2014/15 target, no profiled year-to-date target for 2014/15 Q2: NOT_RATED");
        assertThat(a.targetPeriod()).contains(FY14);
    }

    @Test
    void test_assessDataset_cumulativeFourthQuarterMeetsAnnualTarget() {
        // Year to date at Q4 is the whole year: 290 against 300 with 5% (edge 285) is AMBER.
        Dataset ds = cumulativeDataset(Target.of("starts", FY14, dec("300")));
        IndicatorAssessment a =
                IndicatorRating.assess(ds, "starts", AREA, FinancialQuarter.of(2014, 4), RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason()).isEqualTo("290 is below the target of 300 by 10, within the 5% tolerance: AMBER");
    }

    @Test
    void test_assessDataset_cumulativeUsesProfiledYearToDateTarget() {
        // Profiled year-to-date target for Q2 is 140: 130 is 10 short, 5% of 140 = 7, so RED.
        Dataset ds = cumulativeDataset(Target.of("starts", FY14, dec("300")), Target.of("starts", Q2, dec("140")));
        IndicatorAssessment a = IndicatorRating.assess(ds, "starts", AREA, Q2, RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.RED);
        assertThat(a.targetPeriod()).contains(Q2);
        assertThat(a.reason()).isEqualTo("130 is below the target of 140 by 10, beyond the 5% tolerance: RED");
    }

    @Test
    void test_assessDataset_forecastYearEndBesideCurrent() {
        Dataset ds = Dataset.builder()
                .addIndicators(TAKE_UP)
                .addTargets(
                        Target.of("two-year-offer", Q2, dec("45.0")), Target.of("two-year-offer", FY14, dec("50.0")))
                .addObservations(
                        Observation.of("two-year-offer", AREA, Q2, dec("46.0")),
                        Observation.of("two-year-offer", AREA, FinancialYear.of(2013), dec("44.0")),
                        Observation.builder()
                                .indicatorId("two-year-offer")
                                .areaCode(AREA)
                                .period(FY14)
                                .value(dec("47.0"))
                                .status(ObservationStatus.FORECAST)
                                .build())
                .build();
        IndicatorAssessment a = IndicatorRating.assess(ds, "two-year-offer", AREA, Q2, RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.GREEN);
        // Forecast 47.0 against the year's 50.0: edge 47.5, so RED.
        assertThat(a.forecastYearEnd()).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(Status.RED);
            assertThat(f.period()).isEqualTo(FY14);
            assertThat(f.observationStatus()).contains(ObservationStatus.FORECAST);
            assertThat(f.reason())
                    .isEqualTo("Forecast for 2014/15: 47.0% is below the target of 50.0% by 3.0 points, beyond the"
                            + " 5% tolerance: RED");
        });
        // With rescue on, the forecast beats 2013/14's actual 44.0, so it is AMBER.
        IndicatorAssessment rescued = IndicatorRating.assess(
                ds, "two-year-offer", AREA, Q2, RatingPolicy.defaults().withRescuedByImprovement(true));
        assertThat(rescued.forecastYearEnd().orElseThrow().status()).isEqualTo(Status.AMBER);
        assertThat(rescued.forecastYearEnd().orElseThrow().rescuedByImprovement())
                .isTrue();
        // The year itself has only a forecast: the current rating is NO_DATA, never the forecast.
        IndicatorAssessment year = IndicatorRating.assess(ds, "two-year-offer", AREA, FY14, RatingPolicy.defaults());
        assertThat(year.status()).isEqualTo(Status.NO_DATA);
        assertThat(year.forecastYearEnd()).isPresent();

        IndicatorAssessment off = IndicatorRating.assess(
                ds, "two-year-offer", AREA, Q2, RatingPolicy.defaults().withForecastYearEnd(false));
        assertThat(off.forecastYearEnd()).isEmpty();
        IndicatorAssessment noForecast = IndicatorRating.assess(
                ds, "two-year-offer", AREA, FinancialQuarter.of(2015, 1), RatingPolicy.defaults());
        assertThat(noForecast.forecastYearEnd()).isEmpty();
        assertThat(noForecast.status()).isEqualTo(Status.NOT_RATED);
    }

    @Test
    void test_assessDataset_pooledPeriodHasNoYearEnd() {
        PooledYears pooled = PooledYears.of(YearType.FINANCIAL, 2012, 2014);
        Dataset ds = Dataset.builder().addIndicators(TAKE_UP).build();
        IndicatorAssessment a = IndicatorRating.assess(ds, "two-year-offer", AREA, pooled, RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.NOT_RATED);
        assertThat(a.forecastYearEnd()).isEmpty();
    }

    @Test
    void test_assessDataset_unknownIndicator() {
        Dataset ds = Dataset.builder().build();
        assertThatThrownBy(() -> IndicatorRating.assess(ds, "nope", AREA, FY14, RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No indicator \"nope\" in the dataset: expected the id of one of its indicators");
    }

    @Test
    void test_yearOf_followsTheIndicatorsYearType() {
        Indicator academic =
                Indicator.builder().from(TAKE_UP).yearType(YearType.ACADEMIC).build();
        Indicator calendar =
                Indicator.builder().from(TAKE_UP).yearType(YearType.CALENDAR).build();
        ReportingPeriod october = CalendarMonth.of(2015, 10);
        assertThat(IndicatorRating.yearOf(october, TAKE_UP)).contains(FinancialYear.of(2015));
        assertThat(IndicatorRating.yearOf(october, academic)).contains(AcademicYear.of(2015));
        assertThat(IndicatorRating.yearOf(october, calendar)).contains(CalendarYear.of(2015));
        // A financial quarter does not lie within one academic year.
        assertThat(IndicatorRating.yearOf(FinancialQuarter.of(2015, 2), academic))
                .isEmpty();
    }
}
