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
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Profiled targets, in-year snapshots and year-end forecasts (docs/in-year.md). Every expected
 * figure is worked by hand in the comment beside it.
 */
class InYearRatingTest {

    private static final String AREA = "E07000117";
    private static final FinancialYear YEAR = FinancialYear.of(2016);
    private static final FinancialQuarter Q2 = FinancialQuarter.of(2016, 2);

    /** A year-to-date percentage that builds up to its annual figure, such as health checks offered. */
    private static final Indicator CHECKS = Indicator.builder()
            .id("checks")
            .name("Health checks offered")
            .unit("%")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .measureType(MeasureType.CUMULATIVE)
            .frequency(Frequency.QUARTERLY)
            .build();

    /** A year-to-date count, such as CAFs initiated. */
    private static final Indicator CAFS = Indicator.builder()
            .id("cafs")
            .name("CAFs initiated")
            .decimalPlaces(0)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .measureType(MeasureType.CUMULATIVE)
            .frequency(Frequency.QUARTERLY)
            .build();

    /** A quarterly snapshot, such as the share of care leavers in suitable accommodation. */
    private static final Indicator LEAVERS = Indicator.builder()
            .id("leavers")
            .name("Care leavers in suitable accommodation")
            .unit("%")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .frequency(Frequency.QUARTERLY)
            .build();

    private static Target annual(String id, String value, TargetProfile profile) {
        return Target.builder()
                .indicatorId(id)
                .period(YEAR)
                .value(dec(value))
                .profile(Optional.ofNullable(profile))
                .build();
    }

    private static Optional<Observation> obs(String id, String value) {
        return Optional.of(Observation.of(id, AREA, Q2, dec(value)));
    }

    @Test
    void test_assess_straightLineProfileToQuarterTwo() {
        // 95.0 x 2/4 = 47.5 due by Q2; 46.0 is 1.5 points short; 5% of 47.5 = 2.375, edge 45.125: AMBER.
        IndicatorAssessment a = IndicatorRating.assess(
                CHECKS,
                AREA,
                Q2,
                obs("checks", "46.0"),
                Optional.of(annual("checks", "95.0", TargetProfile.straightLine())),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason())
                .isEqualTo("46.0% is below the straight-line profile to 2016/17 Q2 of 47.5% by 1.5 points (50% of the"
                        + " 2016/17 target of 95.0%), within the 5% tolerance: AMBER");
        assertThat(a.profile()).contains(TargetProfile.straightLine());
        assertThat(a.profileShareToDate()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("50"));
        assertThat(a.targetValue()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("47.5"));
        assertThat(a.targetPeriod()).contains(YEAR);
        assertThat(a.amberLowerEdge()).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("45.125"));
        // 45.0 is below the edge 45.125: RED. The status function agrees.
        assertThat(IndicatorRating.status(
                        CHECKS,
                        AREA,
                        Q2,
                        obs("checks", "45.0"),
                        Optional.of(annual("checks", "95.0", TargetProfile.straightLine())),
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isEqualTo(Status.RED);
    }

    @Test
    void test_assess_givenSharesAndAThresholdScaledToDate() {
        // 20 + 25 = 45% of 400 = 180 due by Q2; 180 meets it.
        Target target = annual("cafs", "400", TargetProfile.parse("shares 20;25;25;30"));
        IndicatorAssessment a = IndicatorRating.assess(
                CAFS, AREA, Q2, obs("cafs", "180"), Optional.of(target), Optional.empty(), RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.reason())
                .isEqualTo(
                        "180 meets the given profile to 2016/17 Q2 of 180 (45% of the 2016/17 target of 400): GREEN");
        // An Amber threshold of 360 for the year is 45% of 360 = 162 by Q2: 165 is AMBER, 160 RED.
        Target withThreshold = Target.builder()
                .from(target)
                .tolerance(Tolerance.parse("threshold 360"))
                .build();
        assertThat(IndicatorRating.assess(
                                CAFS,
                                AREA,
                                Q2,
                                obs("cafs", "165"),
                                Optional.of(withThreshold),
                                Optional.empty(),
                                RatingPolicy.defaults())
                        .reason())
                .endsWith("within the Amber threshold of 162: AMBER");
        assertThat(IndicatorRating.status(
                        CAFS,
                        AREA,
                        Q2,
                        obs("cafs", "160"),
                        Optional.of(withThreshold),
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isEqualTo(Status.RED);
    }

    /** Two earlier years of year-to-date CAFs: 100, 190, 290, 400 and 90, 200, 280, 400. */
    private static List<Observation> earlierYears() {
        String[][] years = {{"100", "190", "290", "400"}, {"90", "200", "280", "400"}};
        List<Observation> series = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            for (int q = 0; q < 4; q++) {
                series.add(Observation.of("cafs", AREA, FinancialQuarter.of(2014 + y, q + 1), dec(years[y][q])));
            }
        }
        return series;
    }

    @Test
    void test_assessDataset_seasonalProfileFromEarlierYears() {
        // Sums by quarter 190, 390, 570, 800: shares to date 23.75, 48.75, 71.25, 100, rounded half up
        // to 23.8, 48.8, 71.3, 100. By Q2: 420 x 48.8% = 204.96. 200 is 4.96 short; 5% of 204.96 =
        // 10.248: AMBER.
        List<Observation> series = new ArrayList<>(earlierYears());
        series.add(Observation.of("cafs", AREA, Q2, dec("200")));
        Dataset ds = Dataset.builder()
                .addIndicators(CAFS)
                .addTargets(annual("cafs", "420", TargetProfile.seasonal()))
                .addObservations(series.toArray(Observation[]::new))
                .build();
        IndicatorAssessment a = IndicatorRating.assess(ds, "cafs", AREA, Q2, RatingPolicy.defaults());
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason())
                .isEqualTo("200 is below the seasonal profile to 2016/17 Q2 of 204.96 by 4.96 (48.8% of the 2016/17"
                        + " target of 420; seasonal shares to date by period 23.8%, 48.8%, 71.3%, 100%, from 2014/15"
                        + " to 2015/16), within the 5% tolerance: AMBER");
        ProfileShare s = TargetProfiles.share(TargetProfile.seasonal(), CAFS, Q2, YEAR, series)
                .orElseThrow();
        assertThat(s.basisYears()).containsExactly(FinancialYear.of(2014), FinancialYear.of(2015));
        assertThat(s.position()).isEqualTo(2);
        assertThat(s.periods()).isEqualTo(4);
        assertThat(s.toDate()).containsExactly(dec("23.8"), dec("48.8"), dec("71.3"), dec("100.0"));
        assertThat(s.year()).isEqualTo(YEAR);
        assertThat(s.toString()).isEqualTo("the seasonal profile to 2016/17 Q2");
        // Without a complete earlier year there is nothing to draw the shares from: NOT_RATED.
        Dataset bare = Dataset.builder()
                .addIndicators(CAFS)
                .addTargets(annual("cafs", "420", TargetProfile.seasonal()))
                .addObservations(Observation.of("cafs", AREA, Q2, dec("200")))
                .build();
        IndicatorAssessment none = IndicatorRating.assess(bare, "cafs", AREA, Q2, RatingPolicy.defaults());
        assertThat(none.status()).isEqualTo(Status.NOT_RATED);
        assertThat(none.reason())
                .isEqualTo("The 2016/17 target's seasonal profile gives no share for 2016/17 Q2: no earlier year has a"
                        + " value for every period to draw it from: NOT_RATED");
    }

    @Test
    void test_assess_profileAtTheYearEndIsTheAnnualTarget() {
        // Q4's year to date is the year: 92.0 against 95.0, edge 90.25: AMBER, no profile named.
        FinancialQuarter q4 = FinancialQuarter.of(2016, 4);
        IndicatorAssessment a = IndicatorRating.assess(
                CHECKS,
                AREA,
                q4,
                Optional.of(Observation.of("checks", AREA, q4, dec("92.0"))),
                Optional.of(annual("checks", "95.0", TargetProfile.straightLine())),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(a.reason())
                .isEqualTo("92.0% is below the target of 95.0% by 3.0 points, within the 5% tolerance: AMBER");
        assertThat(a.profile()).isEmpty();
        // Shares that are not one per quarter give no profile to date.
        IndicatorAssessment halves = IndicatorRating.assess(
                CHECKS,
                AREA,
                Q2,
                obs("checks", "46.0"),
                Optional.of(annual("checks", "95.0", TargetProfile.parse("shares 50;50"))),
                Optional.empty(),
                RatingPolicy.defaults());
        assertThat(halves.status()).isEqualTo(Status.NOT_RATED);
        assertThat(halves.reason())
                .isEqualTo("The 2016/17 target's given profile gives no share for 2016/17 Q2: its 2 shares are not"
                        + " one per period of the year: NOT_RATED");
    }

    @Test
    void test_assessDataset_snapshotAgainstTheAnnualTargetWhenThePolicySaysSo() {
        // 93.0 against the year's 95.0: 2.0 points short, 5% of 95 = 4.75: AMBER.
        Dataset ds = Dataset.builder()
                .addIndicators(LEAVERS)
                .addTargets(annual("leavers", "95.0", null))
                .addObservations(Observation.of("leavers", AREA, Q2, dec("93.0")))
                .build();
        IndicatorAssessment before = IndicatorRating.assess(ds, "leavers", AREA, Q2, RatingPolicy.defaults());
        assertThat(before.status()).isEqualTo(Status.NOT_RATED);
        assertThat(before.reason()).isEqualTo("No target for 2016/17 Q2: NOT_RATED");
        RatingPolicy inYear = RatingPolicy.defaults().withInYearSnapshot(true);
        IndicatorAssessment a = IndicatorRating.assess(ds, "leavers", AREA, Q2, inYear);
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.reason())
                .isEqualTo("93.0% is below the 2016/17 target of 95.0% by 2.0 points, within the 5% tolerance: AMBER");
        // The low-level function with the year's target and the default policy says why it does not rate.
        assertThatThrownBy(() -> IndicatorRating.assess(
                        LEAVERS,
                        AREA,
                        Q2,
                        obs("leavers", "93.0"),
                        Optional.of(annual("leavers", "95.0", null)),
                        Optional.empty(),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The target is of leavers for every area 2016/17");
    }

    @Test
    void test_assessDataset_runRateForecastOfACumulativeMeasure() {
        // 46.9 at Q2, half the year gone: 46.9 x 4/2 = 93.8 at the year end; 1.2 points short of
        // 95.0, within 4.75: AMBER. The current rating has no target for Q2 (no profile): NOT_RATED.
        Dataset ds = Dataset.builder()
                .addIndicators(CHECKS)
                .addTargets(annual("checks", "95.0", null))
                .addObservations(Observation.of("checks", AREA, Q2, dec("46.9")))
                .build();
        RatingPolicy runRate = RatingPolicy.defaults().withForecastMethod(ForecastBasis.RUN_RATE);
        IndicatorAssessment a = IndicatorRating.assess(ds, "checks", AREA, Q2, runRate);
        assertThat(a.status()).isEqualTo(Status.NOT_RATED);
        assertThat(a.forecastBasis()).isEmpty();
        IndicatorAssessment f = a.forecastYearEnd().orElseThrow();
        assertThat(f.status()).isEqualTo(Status.AMBER);
        assertThat(f.forecastBasis()).contains(ForecastBasis.RUN_RATE);
        assertThat(f.observationStatus()).contains(ObservationStatus.FORECAST);
        assertThat(f.period()).isEqualTo(YEAR);
        assertThat(f.publishedValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("93.8"));
        assertThat(f.reason())
                .isEqualTo("Forecast for 2016/17 by run rate from 46.9% in 2016/17 Q2 (50% of the year): 93.8% is"
                        + " forecast to miss the target of 95.0% by 1.2 points, within the 5% tolerance: AMBER");
        // The default policy makes no forecast of its own.
        assertThat(IndicatorRating.assess(ds, "checks", AREA, Q2, RatingPolicy.defaults())
                        .forecastYearEnd())
                .isEmpty();
    }

    @Test
    void test_assessDataset_seasonalAndSnapshotForecasts() {
        // Seasonal: 200 at Q2 is 48.8% of the year: 200 / 0.488 = 409.8360655737705 (16 digits),
        // shown 410; 10 short of 420, within 21: AMBER.
        List<Observation> series = new ArrayList<>(earlierYears());
        series.add(Observation.of("cafs", AREA, Q2, dec("200")));
        Dataset ds = Dataset.builder()
                .addIndicators(CAFS, LEAVERS)
                .addTargets(annual("cafs", "420", null), annual("leavers", "90.0", null))
                .addObservations(series.toArray(Observation[]::new))
                .addObservations(Observation.of("leavers", AREA, Q2, dec("91.0")))
                .build();
        RatingPolicy seasonal = RatingPolicy.defaults().withForecastMethod(ForecastBasis.SEASONAL);
        IndicatorAssessment f = IndicatorRating.assess(ds, "cafs", AREA, Q2, seasonal)
                .forecastYearEnd()
                .orElseThrow();
        assertThat(f.reason())
                .isEqualTo("Forecast for 2016/17 by the seasonal profile of 2014/15 to 2015/16 from 200 in 2016/17 Q2"
                        + " (48.8% of the year): 410 (409.8360655737705 rounded to 0 decimal places) is forecast to"
                        + " miss the target of 420 by 10, within the 5% tolerance: AMBER");
        assertThat(f.forecastBasis()).contains(ForecastBasis.SEASONAL);
        // A snapshot's run rate is its latest value carried on: 91.0 beats 90.0 by 1.0 point: GREEN.
        IndicatorAssessment snapshot = IndicatorRating.assess(
                        ds, "leavers", AREA, Q2, seasonal.withForecastMethod(ForecastBasis.RUN_RATE))
                .forecastYearEnd()
                .orElseThrow();
        assertThat(snapshot.reason())
                .isEqualTo("Forecast for 2016/17 by run rate from 91.0% in 2016/17 Q2 (carried to the year end): 91.0%"
                        + " is forecast to beat the target of 90.0% by 1.0 point: GREEN");
        // The snapshot has no earlier years: no seasonal forecast.
        assertThat(IndicatorRating.assess(ds, "leavers", AREA, Q2, seasonal).forecastYearEnd())
                .isEmpty();
    }

    @Test
    void test_policy_refusesAnObservationAsTheLibrarysForecastMethod() {
        assertThatThrownBy(() -> RatingPolicy.defaults().withForecastMethod(ForecastBasis.OBSERVATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forecastMethod observation: expected run-rate or seasonal");
        assertThat(RatingPolicy.defaults().inYearSnapshot()).isFalse();
        assertThat(RatingPolicy.defaults().forecastMethod()).isEmpty();
    }

    @Test
    void test_share_straightLineOverMonthsAndRefusals() {
        // Month 3 of 12 (June): 3/12 = 25%.
        ProfileShare june = TargetProfiles.share(
                        TargetProfile.straightLine(), io.github.outturn.period.CalendarMonth.of(2016, 6), YEAR)
                .orElseThrow();
        assertThat(june.position()).isEqualTo(3);
        assertThat(june.periods()).isEqualTo(12);
        assertThat(june.shareToDate()).isEqualByComparingTo("25");
        assertThat(TargetProfiles.share(TargetProfile.seasonal(), Q2, YEAR)).isEmpty();
        assertThatThrownBy(() -> TargetProfiles.share(TargetProfile.straightLine(), YEAR, YEAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The period 2016/17 is not part of the year 2016/17: expected a quarter or month of it");
        assertThat(TargetProfiles.yearEnd(dec("46.9"), new BigDecimal("50"))).isEqualByComparingTo("93.8");
    }
}
