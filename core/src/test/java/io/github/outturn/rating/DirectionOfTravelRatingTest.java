package io.github.outturn.rating;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Target;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarMonth;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PooledYears;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionOfTravelRatingTest {

    private static final String AREA = "E08000018";
    private static final FinancialQuarter Q1 = FinancialQuarter.of(2014, 1);
    private static final FinancialQuarter Q2 = FinancialQuarter.of(2014, 2);

    private static Indicator indicator(Polarity polarity, int dp, String unit) {
        return Indicator.builder()
                .id("i")
                .name("Indicator")
                .polarity(polarity)
                .decimalPlaces(dp)
                .unit(Optional.ofNullable(unit))
                .build();
    }

    private static Optional<Observation> obs(ReportingPeriod p, String value) {
        return Optional.of(Observation.of("i", AREA, p, dec(value)));
    }

    private static DirectionOfTravel shortTerm(
            Indicator ind, String earlier, String latest, Optional<Target> target, RatingPolicy policy) {
        return DirectionOfTravelRating.compare(
                ind, AREA, Q2, TravelTerm.SHORT_TERM, obs(Q2, latest), obs(Q1, earlier), target, policy);
    }

    @Test
    void test_compare_higherIsBetterImproving() {
        // 44.1 - 42.0 = 2.1 points; 2.1 / 42.0 = 5%.
        DirectionOfTravel d = shortTerm(
                indicator(Polarity.HIGHER_IS_BETTER, 1, "%"),
                "42.0",
                "44.1",
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(d.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(d.reason())
                .isEqualTo("44.1% in 2014/15 Q2 against 42.0% in 2014/15 Q1: up 2.1 points (+5.0%): IMPROVING");
        assertThat(d.absoluteChange()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2.1"));
        assertThat(d.relativeChange()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("5"));
        assertThat(d.latestValue()).contains(dec("44.1"));
        assertThat(d.comparisonValue()).contains(dec("42.0"));
        assertThat(d.term()).isEqualTo(TravelTerm.SHORT_TERM);
        assertThat(d.period()).isEqualTo(Q2);
        assertThat(d.comparisonPeriod()).isEqualTo(Q1);
        assertThat(d.policyReference()).isEqualTo("outturn-default@2");
        assertThat(d.toString()).isEqualTo("i E08000018 2014/15 Q2 SHORT_TERM: " + d.reason());
    }

    @Test
    void test_compare_lowerIsBetterWorsening() {
        // 12 - 10 = 2 days, 2 / 10 = +20%.
        DirectionOfTravel d = shortTerm(
                indicator(Polarity.LOWER_IS_BETTER, 0, "days"), "10", "12", Optional.empty(), RatingPolicy.defaults());
        assertThat(d.direction()).isEqualTo(Direction.WORSENING);
        assertThat(d.reason())
                .isEqualTo("12 days in 2014/15 Q2 against 10 days in 2014/15 Q1: up 2 days (+20.0%): WORSENING");
        DirectionOfTravel better = shortTerm(
                indicator(Polarity.LOWER_IS_BETTER, 0, "days"), "12", "10", Optional.empty(), RatingPolicy.defaults());
        assertThat(better.direction()).isEqualTo(Direction.IMPROVING);
        // -2 / 12 = -16.666...%, shown -16.7%.
        assertThat(better.reason()).contains("down 2 days (-16.7%)");
        assertThat(better.relativeChange())
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("-16.66666666666667"));
    }

    @Test
    void test_compare_noJudgementIncreasingAndDecreasing() {
        Indicator n = indicator(Polarity.NO_JUDGEMENT, 0, null);
        DirectionOfTravel down = shortTerm(n, "100", "90", Optional.empty(), RatingPolicy.defaults());
        assertThat(down.direction()).isEqualTo(Direction.DECREASING);
        assertThat(down.reason()).isEqualTo("90 in 2014/15 Q2 against 100 in 2014/15 Q1: down 10 (-10.0%): DECREASING");
        assertThat(shortTerm(n, "90", "100", Optional.empty(), RatingPolicy.defaults())
                        .direction())
                .isEqualTo(Direction.INCREASING);
    }

    @Test
    void test_compare_noChangeWhenChangeRoundsToZero() {
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        // Both show as 44.1: unchanged at display precision.
        DirectionOfTravel shown = shortTerm(ind, "44.08", "44.12", Optional.empty(), RatingPolicy.defaults());
        assertThat(shown.direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(shown.reason()).isEqualTo("44.1% in 2014/15 Q2 against 44.1% in 2014/15 Q1: unchanged: NO_CHANGE");
        // Raw, the change is 0.04, which is 0.0 at one decimal place.
        DirectionOfTravel raw = shortTerm(
                ind,
                "44.08",
                "44.12",
                Optional.empty(),
                RatingPolicy.defaults().withValueComparison(ValueComparison.RAW));
        assertThat(raw.direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(raw.reason()).endsWith("up 0.04 points (+0.1%), nothing at 1 decimal place: NO_CHANGE");
        // Raw 0.05 rounds half up to 0.1: a change.
        assertThat(shortTerm(
                                ind,
                                "44.05",
                                "44.10",
                                Optional.empty(),
                                RatingPolicy.defaults().withValueComparison(ValueComparison.RAW))
                        .direction())
                .isEqualTo(Direction.IMPROVING);
    }

    @Test
    void test_compare_policyNoChangeBandIsInclusive() {
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        RatingPolicy band = RatingPolicy.defaults().withNoChangeBand(dec("0.5"));
        DirectionOfTravel within = shortTerm(ind, "43.7", "44.1", Optional.empty(), band);
        assertThat(within.direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(within.reason()).endsWith(", within the no-change band of 0.5 points: NO_CHANGE");
        assertThat(shortTerm(ind, "43.7", "44.2", Optional.empty(), band).direction())
                .isEqualTo(Direction.NO_CHANGE);
        assertThat(shortTerm(ind, "43.7", "44.3", Optional.empty(), band).direction())
                .isEqualTo(Direction.IMPROVING);
        assertThat(shortTerm(ind, "44.3", "43.7", Optional.empty(), band).direction())
                .isEqualTo(Direction.WORSENING);
    }

    @Test
    void test_compare_zeroBaseHasNoRelativeChange() {
        DirectionOfTravel d = shortTerm(
                indicator(Polarity.LOWER_IS_BETTER, 0, null), "0", "3", Optional.empty(), RatingPolicy.defaults());
        assertThat(d.direction()).isEqualTo(Direction.WORSENING);
        assertThat(d.relativeChange()).isEmpty();
        assertThat(d.reason())
                .isEqualTo(
                        "3 in 2014/15 Q2 against 0 in 2014/15 Q1: up 3 (no relative change from" + " zero): WORSENING");
    }

    @Test
    void test_compare_targetBandByDistance() {
        Indicator ind = indicator(Polarity.TARGET_BAND, 0, null);
        Optional<Target> band = Optional.of(Target.builder()
                .indicatorId("i")
                .period(Q2)
                .lower(dec("15"))
                .upper(dec("20"))
                .build());
        // 24 is 4 above the band, 22 is 2 above: closer. -2 / 24 = -8.33%.
        DirectionOfTravel closer = shortTerm(ind, "24", "22", band, RatingPolicy.defaults());
        assertThat(closer.direction()).isEqualTo(Direction.IMPROVING);
        assertThat(closer.reason())
                .isEqualTo(
                        "22 in 2014/15 Q2 against 24 in 2014/15 Q1: down 2 (-8.3%), closer to the target: IMPROVING");
        // 14 is 1 below, 22 is 2 above: further, although the value went up.
        DirectionOfTravel further = shortTerm(ind, "14", "22", band, RatingPolicy.defaults());
        assertThat(further.direction()).isEqualTo(Direction.WORSENING);
        assertThat(further.reason()).endsWith(", further from the target: WORSENING");
        // Both inside the band: no closer.
        DirectionOfTravel inside = shortTerm(ind, "17", "19", band, RatingPolicy.defaults());
        assertThat(inside.direction()).isEqualTo(Direction.NO_CHANGE);
        assertThat(inside.reason()).endsWith(", no closer to the target: NO_CHANGE");
        // A single target of 18: 16 and 20 are both 2 away.
        Optional<Target> single = Optional.of(Target.of("i", Q2, dec("18")));
        assertThat(shortTerm(ind, "16", "20", single, RatingPolicy.defaults()).direction())
                .isEqualTo(Direction.NO_CHANGE);
        assertThat(shortTerm(ind, "16", "17", single, RatingPolicy.defaults()).direction())
                .isEqualTo(Direction.IMPROVING);
        // A band indicator with no target cannot be judged.
        DirectionOfTravel none = shortTerm(ind, "16", "17", Optional.empty(), RatingPolicy.defaults());
        assertThat(none.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(none.reason())
                .isEqualTo("17 in 2014/15 Q2 against 16 in 2014/15 Q1: up 1 (+6.3%), but there is no target to"
                        + " measure closeness to: NOT_COMPARABLE");
    }

    @Test
    void test_compare_notComparableForGapsAndWrongPeriods() {
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        RatingPolicy p = RatingPolicy.defaults();
        DirectionOfTravel noLatest = DirectionOfTravelRating.compare(
                ind, AREA, Q2, TravelTerm.SHORT_TERM, Optional.empty(), obs(Q1, "40.0"), Optional.empty(), p);
        assertThat(noLatest.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(noLatest.reason()).isEqualTo("No value for 2014/15 Q2: NOT_COMPARABLE");
        DirectionOfTravel suppressedEarlier = DirectionOfTravelRating.compare(
                ind,
                AREA,
                Q2,
                TravelTerm.SHORT_TERM,
                obs(Q2, "40.0"),
                Optional.of(Observation.missing("i", AREA, Q1, ObservationStatus.SUPPRESSED)),
                Optional.empty(),
                p);
        assertThat(suppressedEarlier.reason()).isEqualTo("No value for 2014/15 Q1: NOT_COMPARABLE");
        assertThat(suppressedEarlier.absoluteChange()).isEmpty();
        DirectionOfTravel gap = DirectionOfTravelRating.compare(
                ind,
                AREA,
                Q2,
                TravelTerm.SHORT_TERM,
                obs(Q2, "40.0"),
                obs(FinancialQuarter.of(2013, 4), "39.0"),
                Optional.empty(),
                p);
        assertThat(gap.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(gap.reason())
                .isEqualTo("2013/14 Q4 is not the period before 2014/15 Q2 (2014/15 Q1): NOT_COMPARABLE");
        assertThat(gap.comparisonPeriod()).isEqualTo(FinancialQuarter.of(2013, 4));
        DirectionOfTravel longGap = DirectionOfTravelRating.compare(
                ind, AREA, Q2, TravelTerm.LONG_TERM, obs(Q2, "40.0"), obs(Q1, "39.0"), Optional.empty(), p);
        assertThat(longGap.reason())
                .isEqualTo("2014/15 Q1 is not the same period a year before 2014/15 Q2 (2013/14 Q2): NOT_COMPARABLE");
    }

    @Test
    void test_compare_rejectsObservationsOfAnotherIndicatorOrPeriod() {
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        RatingPolicy p = RatingPolicy.defaults();
        assertThatThrownBy(() -> DirectionOfTravelRating.compare(
                        ind, AREA, Q2, TravelTerm.SHORT_TERM, obs(Q1, "1"), obs(Q1, "1"), Optional.empty(), p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The observation is of i for E08000018 2014/15 Q1: expected i for E08000018 2014/15 Q2");
        assertThatThrownBy(() -> DirectionOfTravelRating.compare(
                        ind,
                        AREA,
                        Q2,
                        TravelTerm.SHORT_TERM,
                        obs(Q2, "1"),
                        Optional.of(Observation.of("i", "E09000001", Q1, dec("1"))),
                        Optional.empty(),
                        p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The observation is of i for E09000001 2014/15 Q1: expected i for E08000018");
        assertThatThrownBy(() -> DirectionOfTravelRating.compare(
                        ind,
                        AREA,
                        Q2,
                        TravelTerm.SHORT_TERM,
                        obs(Q2, "1"),
                        obs(Q1, "1"),
                        Optional.of(Target.of("other", Q2, dec("1"))),
                        p))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The target is of other: expected one of i");
    }

    @Test
    void test_compareDataset_longTermSkipsForecasts() {
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        FinancialYear fy11 = FinancialYear.of(2011);
        FinancialYear fy14 = FinancialYear.of(2014);
        Dataset ds = Dataset.builder()
                .addIndicators(ind)
                .addObservations(
                        Observation.builder()
                                .indicatorId("i")
                                .areaCode(AREA)
                                .period(fy14)
                                .value(dec("60.0"))
                                .status(ObservationStatus.FORECAST)
                                .build(),
                        Observation.of("i", AREA, fy14, dec("48.0")),
                        Observation.of("i", AREA, fy11, dec("50.0")))
                .build();
        // Annual: long term is three years back, 2011/12. 48.0 against 50.0: down 2.0 points, -4%.
        DirectionOfTravel d =
                DirectionOfTravelRating.compare(ds, "i", AREA, fy14, TravelTerm.LONG_TERM, RatingPolicy.defaults());
        assertThat(d.direction()).isEqualTo(Direction.WORSENING);
        assertThat(d.reason())
                .isEqualTo("48.0% in 2014/15 against 50.0% in 2011/12: down 2.0 points (-4.0%): WORSENING");
        DirectionOfTravel none = DirectionOfTravelRating.compare(
                ds, "i", AREA, FinancialYear.of(2016), TravelTerm.SHORT_TERM, RatingPolicy.defaults());
        assertThat(none.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThatThrownBy(() -> DirectionOfTravelRating.compare(
                        ds, "x", AREA, fy14, TravelTerm.SHORT_TERM, RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No indicator \"x\" in the dataset: expected the id of one of its indicators");
    }

    /** A quarterly year-to-date count where more is better, such as CAFs initiated. */
    private static Indicator cumulative() {
        return Indicator.builder()
                .id("i")
                .name("CAFs initiated")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .decimalPlaces(0)
                .measureType(MeasureType.CUMULATIVE)
                .frequency(Frequency.QUARTERLY)
                .build();
    }

    @Test
    void test_compare_cumulativeQuarterIsNotComparedWithThePreviousRunningTotal() {
        // Q1 96, Q2 180 of the same year: the running total grows by itself, so it says nothing
        // about travel. Short term compares Q2 2016/17 with Q2 2015/16, which is missing.
        FinancialQuarter q1 = FinancialQuarter.of(2016, 1);
        FinancialQuarter q2 = FinancialQuarter.of(2016, 2);
        Dataset ds = Dataset.builder()
                .addIndicators(cumulative())
                .addObservations(Observation.of("i", AREA, q1, dec("96")), Observation.of("i", AREA, q2, dec("180")))
                .build();
        DirectionOfTravel d =
                DirectionOfTravelRating.compare(ds, "i", AREA, q2, TravelTerm.SHORT_TERM, RatingPolicy.defaults());
        assertThat(d.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(d.comparisonPeriod()).isEqualTo(FinancialQuarter.of(2015, 2));
        assertThat(d.reason()).isEqualTo("No value for 2015/16 Q2: NOT_COMPARABLE");
        // Handed the previous quarter explicitly, the low-level function refuses the comparison.
        DirectionOfTravel explicit = DirectionOfTravelRating.compare(
                cumulative(),
                AREA,
                q2,
                TravelTerm.SHORT_TERM,
                obs(q2, "180"),
                obs(q1, "96"),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(explicit.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(explicit.reason())
                .isEqualTo("2016/17 Q1 is not the same point a year before 2016/17 Q2 (2015/16 Q2): NOT_COMPARABLE");
    }

    @Test
    void test_compare_cumulativeQuarterAgainstTheSamePointLastYear() {
        // Q2 2016/17 year to date 180 against Q2 2015/16 year to date 150: up 30, 30 / 150 = +20%.
        FinancialQuarter q2 = FinancialQuarter.of(2016, 2);
        FinancialQuarter lastQ2 = FinancialQuarter.of(2015, 2);
        Dataset ds = Dataset.builder()
                .addIndicators(cumulative())
                .addObservations(
                        Observation.of("i", AREA, FinancialQuarter.of(2016, 1), dec("96")),
                        Observation.of("i", AREA, q2, dec("180")),
                        Observation.of("i", AREA, lastQ2, dec("150")))
                .build();
        for (TravelTerm term : TravelTerm.values()) {
            DirectionOfTravel d = DirectionOfTravelRating.compare(ds, "i", AREA, q2, term, RatingPolicy.defaults());
            assertThat(d.direction()).as(term.name()).isEqualTo(Direction.IMPROVING);
            assertThat(d.comparisonPeriod()).isEqualTo(lastQ2);
            assertThat(d.reason())
                    .isEqualTo(
                            "180 in 2016/17 Q2 against 150 in 2015/16 Q2 (both year to date): up 30 (+20.0%): IMPROVING");
        }
        // The year's own figure (annual period) is not a part-year total: long term goes 3 years back.
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(cumulative(), FinancialYear.of(2016), RatingPolicy.defaults()))
                .isEqualTo(FinancialYear.of(2013));
        assertThat(TravelTerm.SHORT_TERM.describe(cumulative(), FinancialYear.of(2016), RatingPolicy.defaults()))
                .isEqualTo("the period before");
    }

    @Test
    void test_compare_doesNotCompareAcrossASeriesBreak() {
        // Key stage 2 results from 2015/16 are the first under the new curriculum: 53% in 2015/16 is
        // not comparable with 80% in 2014/15 (a fall of 27 points that says nothing about schools).
        Indicator ks2 = Indicator.builder()
                .id("i")
                .name("Key stage 2 expected standard")
                .unit("%")
                .decimalPlaces(0)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .yearType(YearType.ACADEMIC)
                .seriesBreak(AcademicYear.of(2015))
                .seriesBreakNote("first results under the new curriculum")
                .build();
        AcademicYear y15 = AcademicYear.of(2015);
        AcademicYear y16 = AcademicYear.of(2016);
        DirectionOfTravel across = DirectionOfTravelRating.compare(
                ks2,
                AREA,
                y15,
                TravelTerm.SHORT_TERM,
                obs(y15, "53"),
                obs(AcademicYear.of(2014), "80"),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(across.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(across.reason())
                .isEqualTo("AY 2015/16 is not comparable with AY 2014/15: the series breaks at AY 2015/16 (first"
                        + " results under the new curriculum): NOT_COMPARABLE");
        // After the break, 2016/17 against 2015/16 compares as usual: 61 against 53, up 8 points.
        DirectionOfTravel after = DirectionOfTravelRating.compare(
                ks2,
                AREA,
                y16,
                TravelTerm.SHORT_TERM,
                obs(y16, "61"),
                obs(y15, "53"),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(after.direction()).isEqualTo(Direction.IMPROVING);
        // Long term from 2016/17 reaches 2013/14, before the break.
        assertThat(ks2.isComparable(AcademicYear.of(2013), y16)).isFalse();
        assertThat(ks2.isComparable(y15, y16)).isTrue();
        assertThat(indicator(Polarity.HIGHER_IS_BETTER, 0, "%").isComparable(AcademicYear.of(2013), y16))
                .isTrue();
    }

    @Test
    void test_reversed_swapsOpposites() {
        assertThat(Direction.IMPROVING.reversed()).isEqualTo(Direction.WORSENING);
        assertThat(Direction.WORSENING.reversed()).isEqualTo(Direction.IMPROVING);
        assertThat(Direction.INCREASING.reversed()).isEqualTo(Direction.DECREASING);
        assertThat(Direction.DECREASING.reversed()).isEqualTo(Direction.INCREASING);
        assertThat(Direction.NO_CHANGE.reversed()).isEqualTo(Direction.NO_CHANGE);
        assertThat(Direction.NOT_COMPARABLE.reversed()).isEqualTo(Direction.NOT_COMPARABLE);
    }

    @Test
    void test_comparisonPeriod_shortAndLongTerm() {
        RatingPolicy p = RatingPolicy.defaults();
        assertThat(TravelTerm.SHORT_TERM.comparisonPeriod(Q2, p)).isEqualTo(Q1);
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(Q2, p)).isEqualTo(FinancialQuarter.of(2013, 2));
        assertThat(TravelTerm.LONG_TERM.describe(Q2, p)).isEqualTo("the same period a year before");
        assertThat(TravelTerm.SHORT_TERM.describe(Q2, p)).isEqualTo("the period before");
        // Shorter than a year: a year back whatever the policy says.
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(CalendarMonth.of(2024, 3), p.withLongTermYears(5)))
                .isEqualTo(CalendarMonth.of(2023, 3));
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(FinancialHalfYear.of(2024, 2), p))
                .isEqualTo(FinancialHalfYear.of(2023, 2));
    }

    @Test
    void test_comparisonPeriod_annualLongTermGoesBackThePolicysYears() {
        // Issue 13: on annual data long term was the year before, the same as short term.
        RatingPolicy p = RatingPolicy.defaults();
        assertThat(p.longTermYears()).isEqualTo(3);
        assertThat(TravelTerm.SHORT_TERM.comparisonPeriod(FinancialYear.of(2023), p))
                .isEqualTo(FinancialYear.of(2022));
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(FinancialYear.of(2023), p))
                .isEqualTo(FinancialYear.of(2020));
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(AcademicYear.of(2023), p.withLongTermYears(5)))
                .isEqualTo(AcademicYear.of(2018));
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(CalendarYear.of(2024), p.withLongTermYears(2)))
                .isEqualTo(CalendarYear.of(2022));
        // Three pooled years against the three before them: no year shared.
        assertThat(TravelTerm.LONG_TERM.comparisonPeriod(PooledYears.of(YearType.FINANCIAL, 2021, 2023), p))
                .isEqualTo(PooledYears.of(YearType.FINANCIAL, 2018, 2020));
        assertThat(TravelTerm.LONG_TERM.describe(FinancialYear.of(2023), p))
                .isEqualTo("the same period 3 years before");
    }

    @Test
    void test_compare_annualLongTermSaysWhichYear() {
        // Stockport-style annual series 2019/20 to 2023/24: 20.0, 21.0, 22.0, 23.0, 23.6 (higher is
        // better). Short term: 23.6 against 23.0 in 2022/23, up 0.6 (+2.6%). Long term: 23.6 against
        // 21.0 in 2020/21, up 2.6 (2.6 / 21.0 = +12.4%). They were identical before.
        Indicator ind = indicator(Polarity.HIGHER_IS_BETTER, 1, "%");
        Dataset ds = Dataset.builder()
                .addIndicators(ind)
                .addObservations(
                        Observation.of("i", AREA, FinancialYear.of(2019), dec("20.0")),
                        Observation.of("i", AREA, FinancialYear.of(2020), dec("21.0")),
                        Observation.of("i", AREA, FinancialYear.of(2021), dec("22.0")),
                        Observation.of("i", AREA, FinancialYear.of(2022), dec("23.0")),
                        Observation.of("i", AREA, FinancialYear.of(2023), dec("23.6")))
                .build();
        FinancialYear latest = FinancialYear.of(2023);
        DirectionOfTravel shortTerm =
                DirectionOfTravelRating.compare(ds, "i", AREA, latest, TravelTerm.SHORT_TERM, RatingPolicy.defaults());
        DirectionOfTravel longTerm =
                DirectionOfTravelRating.compare(ds, "i", AREA, latest, TravelTerm.LONG_TERM, RatingPolicy.defaults());
        assertThat(shortTerm.reason())
                .isEqualTo("23.6% in 2023/24 against 23.0% in 2022/23: up 0.6 points (+2.6%): IMPROVING");
        assertThat(longTerm.comparisonPeriod()).isEqualTo(FinancialYear.of(2020));
        assertThat(longTerm.reason())
                .isEqualTo("23.6% in 2023/24 against 21.0% in 2020/21: up 2.6 points (+12.4%): IMPROVING");
        // Five years back reaches before the series: no value, and the reason names the year.
        DirectionOfTravel five = DirectionOfTravelRating.compare(
                ds,
                "i",
                AREA,
                latest,
                TravelTerm.LONG_TERM,
                RatingPolicy.defaults().withLongTermYears(5));
        assertThat(five.direction()).isEqualTo(Direction.NOT_COMPARABLE);
        assertThat(five.reason()).isEqualTo("No value for 2018/19: NOT_COMPARABLE");
        // An earlier observation for another year is named against the policy's.
        DirectionOfTravel wrong = DirectionOfTravelRating.compare(
                ind,
                AREA,
                latest,
                TravelTerm.LONG_TERM,
                obs(latest, "23.6"),
                obs(FinancialYear.of(2022), "23.0"),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(wrong.reason())
                .isEqualTo("2022/23 is not the same period 3 years before 2023/24 (2020/21): NOT_COMPARABLE");
    }
}
