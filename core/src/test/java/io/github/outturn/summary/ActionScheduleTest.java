package io.github.outturn.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actions with dates, worked by hand. The register is modelled on the minutes' actions: "a detailed
 * workforce plan will be developed for 2016/17" (due by the end of the year, with milestones) and
 * "will be evaluated in February" (due in February 2017).
 */
class ActionScheduleTest {

    private static final LocalDate END_OF_Q3 = LocalDate.of(2016, 12, 31);

    /**
     * W1: the workforce plan, due 31 March 2017, milestones 30 September 2016 (done 21 September),
     * 30 November 2016 (not done) and 28 February 2017. E1: the evaluation, due 28 February 2017,
     * completed 20 February 2017. S1: a strategy refresh due 15 December 2016, 80% complete. U1:
     * undated. C1: completed 2 November 2016, due 30 November 2016.
     */
    static Dataset register() {
        return Dataset.builder()
                .addActions(
                        action("W1")
                                .dueDate(LocalDate.of(2017, 3, 31))
                                .lead("Workforce lead")
                                .build(),
                        action("E1")
                                .dueDate(LocalDate.of(2017, 2, 28))
                                .completedOn(LocalDate.of(2017, 2, 20))
                                .percentComplete(100)
                                .build(),
                        action("S1")
                                .dueDate(LocalDate.of(2016, 12, 15))
                                .percentComplete(80)
                                .build(),
                        action("U1").build(),
                        action("C1")
                                .dueDate(LocalDate.of(2016, 11, 30))
                                .completedOn(LocalDate.of(2016, 11, 2))
                                .build())
                .addMilestones(
                        milestone("W1", "Draft plan to the board", LocalDate.of(2016, 11, 30), false, null),
                        milestone("W1", "Skills audit", LocalDate.of(2016, 9, 30), true, LocalDate.of(2016, 9, 21)),
                        milestone("W1", "Consultation closes", LocalDate.of(2017, 2, 28), false, null))
                .addActionUpdates(ActionUpdate.of("W1", FinancialQuarter.of(2016, 3), Status.GREEN))
                .build();
    }

    private static io.github.outturn.model.Action.Builder action(String id) {
        return Action.builder().id(id).title("Action " + id).addPriorityIds("P1");
    }

    private static Milestone milestone(String action, String what, LocalDate due, boolean done, LocalDate on) {
        Milestone.Builder b = Milestone.builder();
        b.actionId(action).description(what).due(due).done(done);
        if (on != null) {
            b.doneOn(on);
        }
        return b.build();
    }

    @Test
    void test_progress_atTheEndOfTheThirdQuarter() {
        List<ActionProgress> all = ActionSchedule.progress(register(), END_OF_Q3, ActionPolicy.defaults());
        assertThat(all).extracting(ActionProgress::actionId).containsExactly("W1", "E1", "S1", "U1", "C1");
        // W1: the draft plan was due on 30 November and is not done: the action is flagged, though its
        // own update says GREEN.
        ActionProgress w1 = all.get(0);
        assertThat(w1.state()).isEqualTo(ProgressState.MILESTONE_LATE);
        assertThat(w1.status()).contains(Status.AMBER);
        assertThat(w1.milestones()).isEqualTo(3);
        assertThat(w1.milestonesDone()).isEqualTo(1);
        assertThat(w1.lateMilestones())
                .containsExactly(new LateMilestone("Draft plan to the board", LocalDate.of(2016, 11, 30), 31));
        assertThat(w1.reason())
                .isEqualTo("milestone \"Draft plan to the board\" due 30 November 2016 is not done on 31 December"
                        + " 2016: AMBER (milestone late)");
        assertThat(w1.policyReference()).isEqualTo("outturn-action-default@1");
        // E1 is not complete yet on 31 December 2016 and not due: on schedule.
        assertThat(all.get(1).state()).isEqualTo(ProgressState.ON_SCHEDULE);
        assertThat(all.get(1).status()).isEmpty();
        assertThat(all.get(1).reason())
                .isEqualTo("due 28 February 2017, nothing late on 31 December 2016: on schedule");
        // S1 was due on 15 December: 16 days late.
        assertThat(all.get(2).overdue()).isTrue();
        assertThat(all.get(2).reason())
                .isEqualTo("due 15 December 2016 and not complete on 31 December 2016 (80% complete), 16 days late:"
                        + " RED (overdue)");
        assertThat(all.get(3).state()).isEqualTo(ProgressState.UNDATED);
        assertThat(all.get(4).state()).isEqualTo(ProgressState.COMPLETE);
        assertThat(all.get(4).status()).contains(Status.BLUE);
    }

    @Test
    void test_progress_atTheYearEnd() {
        // 31 March 2017: W1 is due today, so not overdue, but two milestones are late.
        ActionProgress w1 =
                ActionSchedule.progress(register(), "W1", LocalDate.of(2017, 3, 31), ActionPolicy.defaults());
        assertThat(w1.state()).isEqualTo(ProgressState.MILESTONE_LATE);
        assertThat(w1.reason())
                .isEqualTo("milestones \"Draft plan to the board\" due 30 November 2016 and \"Consultation closes\""
                        + " due 28 February 2017 are not done on 31 March 2017: AMBER (milestone late)");
        // A day later it is overdue, and the reason still names the late milestones.
        ActionProgress late =
                ActionSchedule.progress(register(), "W1", LocalDate.of(2017, 4, 1), ActionPolicy.defaults());
        assertThat(late.reason())
                .isEqualTo("due 31 March 2017 and not complete on 1 April 2017, 1 day late; milestones \"Draft plan"
                        + " to the board\" due 30 November 2016 and \"Consultation closes\" due 28 February 2017 are"
                        + " not done: RED (overdue)");
        ActionProgress e1 =
                ActionSchedule.progress(register(), "E1", LocalDate.of(2017, 3, 31), ActionPolicy.defaults());
        assertThat(e1.reason()).isEqualTo("completed on 20 February 2017: BLUE (complete)");
    }

    @Test
    void test_progress_unknownAction() {
        assertThatThrownBy(() -> ActionSchedule.progress(register(), "X9", END_OF_Q3, ActionPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No action has the id \"X9\"");
    }

    @Test
    void test_byDuePeriod_quarters() {
        List<DuePeriodSummary> q = ActionSchedule.byDuePeriod(
                register(), END_OF_Q3, PeriodKind.FINANCIAL_QUARTER, ActionPolicy.defaults());
        // Due dates: C1 30 Nov 2016 and S1 15 Dec 2016 in Q3; E1 28 Feb 2017 and W1 31 Mar 2017 in Q4.
        // Milestones: 30 Sep 2016 in Q2 (done), 30 Nov 2016 in Q3 (late), 28 Feb 2017 in Q4.
        assertThat(q).extracting(s -> s.period().toString()).containsExactly("2016/17 Q2", "2016/17 Q3", "2016/17 Q4");
        assertThat(q.get(0))
                .isEqualTo(new DuePeriodSummary(
                        FinancialQuarter.of(2016, 2), END_OF_Q3, 0, 0, 0, 0, 1, 1, 0, "outturn-action-default@1"));
        assertThat(q.get(1))
                .isEqualTo(new DuePeriodSummary(
                        FinancialQuarter.of(2016, 3), END_OF_Q3, 2, 1, 1, 0, 1, 0, 1, "outturn-action-default@1"));
        assertThat(q.get(2))
                .isEqualTo(new DuePeriodSummary(
                        FinancialQuarter.of(2016, 4), END_OF_Q3, 2, 0, 0, 2, 1, 0, 0, "outturn-action-default@1"));
        List<DuePeriodSummary> years = ActionSchedule.byDuePeriod(
                register(), LocalDate.of(2017, 4, 30), PeriodKind.FINANCIAL_YEAR, ActionPolicy.defaults());
        // On 30 April 2017, of the four dated actions of 2016/17: C1 and E1 complete, S1 and W1 overdue.
        assertThat(years)
                .containsExactly(new DuePeriodSummary(
                        FinancialYear.of(2016),
                        LocalDate.of(2017, 4, 30),
                        4,
                        2,
                        2,
                        0,
                        3,
                        1,
                        2,
                        "outturn-action-default@1"));
        assertThatThrownBy(() -> ActionSchedule.byDuePeriod(
                        register(), END_OF_Q3, PeriodKind.ROLLING_YEAR, ActionPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_byDuePeriod_planWithoutDates() {
        Dataset undated = Dataset.builder().addActions(action("A").build()).build();
        assertThat(ActionSchedule.byDuePeriod(undated, END_OF_Q3, PeriodKind.MONTH, ActionPolicy.defaults()))
                .isEmpty();
    }

    @Test
    void test_summaryCounts_mustAddUp() {
        assertThatThrownBy(() -> new DuePeriodSummary(FinancialYear.of(2016), END_OF_Q3, 2, 1, 0, 0, 0, 0, 0, "p@1"))
                .hasMessage("The counts of 2016/17 do not add up");
        assertThatThrownBy(() -> new DuePeriodSummary(FinancialYear.of(2016), END_OF_Q3, 0, 0, 0, 0, 1, 1, 1, "p@1"))
                .hasMessage("The counts of 2016/17 do not add up");
    }

    @Test
    void test_policy() {
        assertThat(ActionPolicy.defaults().reference()).isEqualTo("outturn-action-default@1");
        assertThat(ActionPolicy.defaults())
                .isEqualTo(new ActionPolicy("outturn-action-default", "1", Status.RED, Status.BLUE, Status.AMBER, 0));
        assertThatThrownBy(() -> new ActionPolicy("p", "1", Status.RED, Status.BLUE, Status.AMBER, -1))
                .hasMessage("An action policy's grace is 0 days or more, not -1");
        assertThatThrownBy(() -> new ActionPolicy(" ", "1", Status.RED, Status.BLUE, Status.AMBER, 0))
                .hasMessage("An action policy needs an id and a version");
        assertThatThrownBy(() -> new ActionPolicy("p", "", Status.RED, Status.BLUE, Status.AMBER, 0))
                .hasMessage("An action policy needs an id and a version");
        assertThatThrownBy(() -> new ActionPolicy("p", "1", null, Status.BLUE, Status.AMBER, 0))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void test_model_completionAndMilestoneDone() {
        Action a = action("A").percentComplete(100).build();
        assertThat(a.isCompleteBy(END_OF_Q3)).isTrue();
        Action b = action("B").completedOn(LocalDate.of(2017, 1, 2)).build();
        assertThat(b.isCompleteBy(END_OF_Q3)).isFalse();
        assertThat(b.isCompleteBy(LocalDate.of(2017, 1, 2))).isTrue();
        assertThat(action("C").percentComplete(99).build().isCompleteBy(END_OF_Q3))
                .isFalse();
        Milestone m = milestone("A", "m", END_OF_Q3, true, null);
        assertThat(m.isDoneBy(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(milestone("A", "m", END_OF_Q3, false, null).isDoneBy(END_OF_Q3))
                .isFalse();
        assertThat(register().milestones("W1"))
                .extracting(Milestone::description)
                .containsExactly("Skills audit", "Draft plan to the board", "Consultation closes");
        assertThat(register().milestones("E1")).isEmpty();
    }

    @Test
    void test_ragSummaries_unchangedByDates() {
        // The RAG summary reads the updates alone: W1's GREEN stands, whatever its milestones say.
        PlanSummary s = ActionSummaries.summarise(
                register(), FinancialQuarter.of(2016, 3), io.github.outturn.rating.RatingPolicy.defaults());
        assertThat(s.plan().distribution().count(Status.GREEN).intValue()).isEqualTo(1);
        assertThat(s.plan().distribution().count(Status.NO_DATA).intValue()).isEqualTo(4);
    }
}
