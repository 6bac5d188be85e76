package io.github.outturn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.period.CalendarQuarter;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.RollingYear;
import io.github.outturn.period.SchoolTerm;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The validator's rules for actions' dates and milestones, and the new period kinds' frequencies. */
class ActionDatesValidationTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();

    private static Milestone.Builder milestone(String action, String due) {
        Milestone.Builder b = Milestone.builder();
        b.actionId(action).description("Step").due(LocalDate.parse(due));
        return b;
    }

    private static io.github.outturn.model.Dataset.Builder plan() {
        return Dataset.builder()
                .plan(Plan.builder()
                        .id("p")
                        .name("Plan 2016-18")
                        .start(FinancialYear.of(2016))
                        .end(FinancialYear.of(2017))
                        .build())
                .addActions(Action.builder()
                        .id("A1")
                        .title("Workforce plan")
                        .addPriorityIds("P1")
                        .dueDate(LocalDate.of(2017, 3, 31))
                        .percentComplete(60)
                        .build())
                .addPriorities(io.github.outturn.model.Priority.builder()
                        .id("P1")
                        .name("Priority")
                        .build());
    }

    @Test
    void test_datedPlan_isValid() {
        Dataset ds = plan().addMilestones(
                        milestone("A1", "2016-04-01").build(),
                        milestone("A1", "2018-03-31")
                                .done(true)
                                .doneOn(LocalDate.of(2016, 12, 1))
                                .build())
                .addActionUpdates(ActionUpdate.of("A1", FinancialQuarter.of(2016, 3), Status.GREEN))
                .build();
        assertThat(VALIDATOR.validate(ds).toString()).isEqualTo("valid");
    }

    @Test
    void test_everyProblemAtOnce() {
        Dataset ds = Dataset.builder()
                .from(plan().build())
                .addActions(Action.builder()
                        .id("A2")
                        .title("Evaluation")
                        .addPriorityIds("P1")
                        .percentComplete(101)
                        .build())
                .addActions(Action.builder()
                        .id("A3")
                        .title("Done")
                        .addPriorityIds("P1")
                        .completedOn(LocalDate.of(2017, 1, 20))
                        .percentComplete(90)
                        .build())
                .addActions(Action.builder()
                        .id("A4")
                        .title("Negative")
                        .addPriorityIds("P1")
                        .percentComplete(-5)
                        .dueDate(LocalDate.of(1899, 12, 31))
                        .build())
                .addMilestones(
                        milestone("A9", "2016-06-30").build(),
                        milestone("A1", "2016-03-31").build(),
                        milestone("A1", "2018-04-01").build(),
                        milestone("A1", "2016-09-30")
                                .doneOn(LocalDate.of(2016, 9, 1))
                                .build(),
                        milestone("A1", "2016-10-31")
                                .done(true)
                                .doneOn(LocalDate.of(2017, 1, 1))
                                .build(),
                        milestone("A1", "2016-11-30").description(" ").build())
                .addActionUpdates(ActionUpdate.of("A1", FinancialQuarter.of(2016, 3), Status.GREEN))
                .build();
        assertThat(VALIDATOR.validate(ds).toString())
                .isEqualTo(String.join(
                        "\n",
                        "actions[1].percentComplete \"101\": a per cent complete is 0 to 100",
                        "actions[2].completedOn \"2017-01-20\": an action cannot be completed after the reporting"
                                + " date 2016-12-31",
                        "actions[2].percentComplete \"90\": the action was completed on 2017-01-20, so it is 100%"
                                + " complete",
                        "actions[3].dueDate \"1899-12-31\": outside the years Outturn accepts: dates and periods from"
                                + " 1900-01-01 to 2199-12-31",
                        "actions[3].percentComplete \"-5\": a per cent complete is 0 to 100",
                        "milestones[0].actionId \"A9\": no action has this id",
                        "milestones[1].due \"2016-03-31\": outside the plan, which runs from 2016/17 to 2017/18"
                                + " (2016-04-01 to 2018-03-31)",
                        "milestones[2].due \"2018-04-01\": outside the plan, which runs from 2016/17 to 2017/18"
                                + " (2016-04-01 to 2018-03-31)",
                        "milestones[3].doneOn \"2016-09-01\": a milestone with a date done is done: give \"done\":"
                                + " true",
                        "milestones[4].doneOn \"2017-01-01\": a milestone cannot be done after the reporting date"
                                + " 2016-12-31",
                        "milestones[5].description \" \": must not be blank"));
        // An explicit reporting date replaces the latest review period's end.
        assertThat(VALIDATOR
                        .withReportingDate(LocalDate.of(2017, 3, 31))
                        .validate(ds)
                        .toString())
                .doesNotContain("reporting date")
                .contains("milestones[3].doneOn");
        assertThat(VALIDATOR
                        .withReportingDate(LocalDate.of(2016, 8, 31))
                        .validate(ds)
                        .toString())
                .contains("milestones[4].doneOn \"2017-01-01\": a milestone cannot be done after the reporting date"
                        + " 2016-08-31");
    }

    @Test
    void test_withoutUpdatesOrPlan_datesDoneAreNotCheckedAgainstAReportingDate() {
        Dataset ds = Dataset.builder()
                .addActions(Action.builder()
                        .id("A1")
                        .title("t")
                        .addPriorityIds("P1")
                        .completedOn(LocalDate.of(2030, 1, 1))
                        .build())
                .addPriorities(io.github.outturn.model.Priority.builder()
                        .id("P1")
                        .name("Priority")
                        .build())
                .addMilestones(milestone("A1", "2040-01-01")
                        .done(true)
                        .doneOn(LocalDate.of(2041, 1, 1))
                        .build())
                .build();
        assertThat(VALIDATOR.validate(ds).toString()).isEqualTo("valid");
    }

    @Test
    void test_frequencies_ofTheNewPeriodKinds() {
        assertThat(Frequency.QUARTERLY.periodKind(YearType.CALENDAR)).isEqualTo(PeriodKind.CALENDAR_QUARTER);
        assertThat(Frequency.QUARTERLY.periodKind(YearType.FINANCIAL)).isEqualTo(PeriodKind.FINANCIAL_QUARTER);
        assertThat(Frequency.TERMLY.fits(PeriodKind.SCHOOL_TERM, YearType.ACADEMIC))
                .isTrue();
        assertThat(Frequency.ROLLING_TWELVE_MONTHS.fits(PeriodKind.ROLLING_YEAR, YearType.FINANCIAL))
                .isTrue();
        Dataset ds = Dataset.builder()
                .addIndicators(
                        indicator("cq", Frequency.QUARTERLY, YearType.CALENDAR),
                        indicator("term", Frequency.TERMLY, YearType.ACADEMIC),
                        indicator("r12", Frequency.ROLLING_TWELVE_MONTHS, YearType.FINANCIAL))
                .addObservations(
                        Observation.of("cq", "A", CalendarQuarter.of(2017, 1), BigDecimal.ONE),
                        Observation.of("term", "A", SchoolTerm.of(SchoolTerm.Term.AUTUMN, 2016), BigDecimal.ONE),
                        Observation.of("r12", "A", RollingYear.endingIn(2015, 6), BigDecimal.ONE),
                        Observation.of("cq", "A", FinancialQuarter.of(2017, 1), BigDecimal.ONE))
                .build();
        assertThat(VALIDATOR.validate(ds).toString())
                .startsWith("observations[3].period \"2017/18 Q1\": ")
                .doesNotContain("observations[0]", "observations[1]", "observations[2]");
    }

    private static Indicator indicator(String id, Frequency frequency, YearType yearType) {
        return Indicator.builder()
                .id(id)
                .name(id)
                .polarity(Polarity.HIGHER_IS_BETTER)
                .frequency(frequency)
                .yearType(yearType)
                .build();
    }
}
