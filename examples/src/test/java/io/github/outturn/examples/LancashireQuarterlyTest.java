package io.github.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.ForecastBasis;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.summary.ActionPolicy;
import io.github.outturn.summary.ActionProgress;
import io.github.outturn.summary.ActionSchedule;
import io.github.outturn.summary.ProgressState;
import io.github.outturn.validation.DatasetValidator;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Lancashire-style quarterly report for Quarter 1 2017/18. Every expected figure was worked by
 * hand from the dataset's figures (the comment beside it shows how), never copied from the output.
 */
class LancashireQuarterlyTest {

    private static final Dataset DS = LancashireQuarterly.dataset();
    private static final String LA = LancashireQuarterly.LANCASHIRE;

    @Test
    void test_dataset_isValid() {
        assertThat(DatasetValidator.create().validate(DS).toString()).isEqualTo("valid");
    }

    @Test
    void test_file_isInTheFormsTheWriterWrites() throws Exception {
        try (InputStream in = Bundled.class.getResourceAsStream(LancashireQuarterly.FILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(OutturnJson.standard().writeDatasetAsString(DS)).isEqualTo(text);
            assertThat(text).contains("illustrative figures").contains("LAIT");
        }
    }

    @Test
    void test_periods_theMinutesLabels() {
        assertThat(LancashireQuarterly.QUARTER).hasToString("2017/18 Q1");
        assertThat(LancashireQuarterly.KS2_YEAR).hasToString("AY 2015/16");
        assertThat(LancashireQuarterly.AS_OF).isEqualTo(LocalDate.of(2017, 6, 30));
    }

    @Test
    void test_seasonalProfile_targetToDateFromTheEarlierYears() {
        IndicatorAssessment a = assess("cafs-initiated");
        // Quarter 1 of 2015/16 and 2016/17: 210 + 240 = 450; the years: 1000 + 1000 = 2000;
        // 450 / 2000 = 22.5%; 1100 x 22.5% = 247.5; 262 - 247.5 = 14.5 above: GREEN.
        assertThat(a.profileShareToDate()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("22.5"));
        assertThat(a.targetValue()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("247.5"));
        assertThat(a.status()).isEqualTo(Status.GREEN);
        // The other shares to date: (450 + 500) / 2000 = 47.5%, (700 + 760) / 2000 = 73%.
        assertThat(a.reason())
                .isEqualTo("262 CAFs is above the seasonal profile to 2017/18 Q1 of 247.5 CAFs by 14.5 CAFs (22.5% of"
                        + " the 2017/18 target of 1100 CAFs; seasonal shares to date by period 22.5%, 47.5%, 73%,"
                        + " 100%, from 2015/16 to 2016/17): GREEN");
    }

    @Test
    void test_straightLineProfile_andTheCouncilsForecast() {
        IndicatorAssessment a = assess("health-checks");
        // A fifth of the eligible population a year: 20.0% x 1/4 = 5.0% by Quarter 1; 4.1% is 0.9
        // points short, beyond 5% of 5.0 = 0.25 points: RED.
        assertThat(a.targetValue()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("5.0"));
        assertThat(a.status()).isEqualTo(Status.RED);
        assertThat(a.reason())
                .isEqualTo("4.1% is below the straight-line profile to 2017/18 Q1 of 5.0% by 0.9 points (25% of the"
                        + " 2017/18 target of 20.0%), beyond the 5% tolerance: RED");
        // The council's forecast 19.2% against 20.0%: 0.8 points short, within 5% of 20.0 = 1.0: AMBER.
        IndicatorAssessment f = a.forecastYearEnd().orElseThrow();
        assertThat(f.forecastBasis()).contains(ForecastBasis.OBSERVATION);
        assertThat(f.status()).isEqualTo(Status.AMBER);
        assertThat(f.reason())
                .isEqualTo("Forecast for 2017/18: 19.2% is below the target of 20.0% by 0.8 points, within the 5%"
                        + " tolerance: AMBER");
    }

    @Test
    void test_givenShares_targetToDate() {
        IndicatorAssessment a = assess("care-home-admissions-65");
        // shares 22;24;26;28: 1400 x 22% = 308 by Quarter 1; 330 is 22 more (fewer is better), beyond
        // 5% of 308 = 15.4: RED, the minutes' "area of concern".
        assertThat(a.targetValue()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("308"));
        assertThat(a.status()).isEqualTo(Status.RED);
        assertThat(a.reason())
                .isEqualTo("330 admissions is above the given profile to 2017/18 Q1 of 308 admissions by 22"
                        + " admissions (22% of the 2017/18 target of 1400 admissions), beyond the 5% tolerance: RED");
    }

    @Test
    void test_seasonalForecast_madeByTheLibrary() {
        RatingPolicy seasonal = RatingPolicy.defaults().withForecastMethod(ForecastBasis.SEASONAL);
        IndicatorAssessment f = IndicatorRating.assess(DS, "cafs-initiated", LA, LancashireQuarterly.QUARTER, seasonal)
                .forecastYearEnd()
                .orElseThrow();
        // 262 / 22.5% = 1164.444...; to 16 significant digits 1164.444444444444; 1164 beats 1100 by 64.
        assertThat(f.forecastBasis()).contains(ForecastBasis.SEASONAL);
        assertThat(f.publishedValue())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal("1164.444444444444")));
        // Compared at the indicator's 0 decimal places.
        assertThat(f.comparedValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1164"));
        assertThat(f.status()).isEqualTo(Status.GREEN);
        assertThat(LancashireQuarterly.report())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("CAFs initiated under lancashire-quarterly@1: Forecast for 2017/18 by the"
                                + " seasonal profile of 2015/16 to 2016/17 from 262 CAFs in 2017/18 Q1 (22.5% of the"
                                + " year)")
                        .contains("1164.444444444444")
                        .contains("by 64 CAFs")
                        .endsWith(": GREEN"));
    }

    @Test
    void test_cumulativeMeasures_againstTheSamePointLastYear() {
        // "The number of CAFs initiated has increased so far this year": 262 against 240 at Quarter 1
        // of 2016/17, not against 2016/17 Q4's 1000; 22 / 240 = 9.17%.
        assertThat(travel("cafs-initiated").reason())
                .isEqualTo("262 CAFs in 2017/18 Q1 against 240 CAFs in 2016/17 Q1 (both year to date): up 22 CAFs"
                        + " (+9.2%): IMPROVING");
        // 4.1 against 4.6: down 0.5 points, 0.5 / 4.6 = 10.87%.
        assertThat(travel("health-checks").reason())
                .isEqualTo("4.1% in 2017/18 Q1 against 4.6% in 2016/17 Q1 (both year to date): down 0.5 points"
                        + " (-10.9%): WORSENING");
        // 330 against 298: up 32, 32 / 298 = 10.74%; more admissions is worse.
        assertThat(travel("care-home-admissions-65").reason())
                .isEqualTo("330 admissions in 2017/18 Q1 against 298 admissions in 2016/17 Q1 (both year to date):"
                        + " up 32 admissions (+10.7%): WORSENING");
    }

    @Test
    void test_seriesBreak_keyStage2NotComparedAcrossTheNewCurriculum() {
        IndicatorAssessment a =
                IndicatorRating.assess(DS, "ks2-rwm", LA, LancashireQuarterly.KS2_YEAR, RatingPolicy.defaults());
        // LAIT's 54% against the illustrative target of 53%: 1 point above.
        assertThat(a.reason()).isEqualTo("54% is above the target of 53% by 1 point: GREEN");
        // 79% (level 4, old curriculum) to 54% would read as a fall of 25 points: not compared.
        assertThat(DirectionOfTravelRating.compare(
                                DS,
                                "ks2-rwm",
                                LA,
                                LancashireQuarterly.KS2_YEAR,
                                TravelTerm.SHORT_TERM,
                                RatingPolicy.defaults())
                        .reason())
                .isEqualTo("AY 2015/16 is not comparable with AY 2014/15: the series breaks at AY 2015/16 (the first"
                        + " results under the more challenging curriculum): NOT_COMPARABLE");
    }

    @Test
    void test_actions_againstTheirDatesAtTheEndOfTheQuarter() {
        List<ActionProgress> progress = ActionSchedule.progress(DS, LancashireQuarterly.AS_OF, ActionPolicy.defaults());
        assertThat(progress)
                .extracting(ActionProgress::actionId, ActionProgress::state)
                .containsExactly(
                        tuple("SW1", ProgressState.OVERDUE),
                        tuple("LW1", ProgressState.COMPLETE),
                        tuple("LW2", ProgressState.ON_SCHEDULE),
                        tuple("AW1", ProgressState.MILESTONE_LATE));
        // The 2016/17 workforce plan, due 31 March 2017: April 30 + May 31 + June 30 = 91 days late.
        assertThat(LancashireQuarterly.report())
                .contains(
                        "  SW1: due 31 March 2017 and not complete on 30 June 2017 (70% complete), 91 days late: RED"
                                + " (overdue)",
                        "  LW1: completed on 24 February 2017: BLUE (complete)",
                        "  AW1: milestone \"Reviews in place before any long term care placement\" due 15 June 2017"
                                + " is not done on 30 June 2017: AMBER (milestone late)");
    }

    @Test
    void test_report_everyMeasureOnce() {
        List<String> lines = LancashireQuarterly.report();
        assertThat(lines.get(0))
                .isEqualTo("Illustrative figures. Quarterly performance at 2017/18 Q1, policy outturn-default@2");
        // The minutes' 1,875 children looked after: context only, with nothing earlier to compare.
        assertThat(lines)
                .contains(
                        "Children looked after, 2017/18 Q1: Children looked after is for context only (no"
                                + " judgement): NOT_RATED",
                        "  forecast: Forecast for 2017/18: 19.2% is below the target of 20.0% by 0.8 points, within"
                                + " the 5% tolerance: AMBER");
        assertThat(lines)
                .filteredOn(l -> l.startsWith("  direction of travel: "))
                .hasSize(5);
        assertThat(travel("children-looked-after").direction()).isEqualTo(Direction.NOT_COMPARABLE);
    }

    private static IndicatorAssessment assess(String indicatorId) {
        return IndicatorRating.assess(DS, indicatorId, LA, LancashireQuarterly.QUARTER, RatingPolicy.defaults());
    }

    private static DirectionOfTravel travel(String indicatorId) {
        return DirectionOfTravelRating.compare(
                DS, indicatorId, LA, LancashireQuarterly.QUARTER, TravelTerm.SHORT_TERM, RatingPolicy.defaults());
    }
}
