package io.github.outturn.summary;

import io.github.outturn.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The actions and milestones due in one period, counted on a reporting date: how many are due, how
 * many are complete and how many are late.
 *
 * <pre>{@code
 * List<DuePeriodSummary> s = ActionSchedule.byDuePeriod(
 *         dataset, LocalDate.of(2016, 12, 31), PeriodKind.FINANCIAL_QUARTER, ActionPolicy.defaults());
 * s.get(0).period();   // 2016/17 Q3
 * s.get(0).actionsDue(); // actions due in October to December 2016
 * s.get(0).overdue();  // of those, past their date and not complete on 31 December 2016
 * }</pre>
 *
 * <p>Actions are counted whole (an action is due once, whatever its priorities). Immutable.
 *
 * @param period the period the actions and milestones are due in
 * @param asOf the reporting date
 * @param actionsDue actions due in the period
 * @param complete of those, complete by the reporting date
 * @param overdue of those, past their due date and not complete
 * @param open of those, neither complete nor overdue (not yet due, or within the policy's grace)
 * @param milestonesDue milestones due in the period
 * @param milestonesDone of those, done by the reporting date
 * @param milestonesLate of those, past their date and not done
 * @param policyReference the policy's {@code id@version}
 */
public record DuePeriodSummary(
        ReportingPeriod period,
        LocalDate asOf,
        int actionsDue,
        int complete,
        int overdue,
        int open,
        int milestonesDue,
        int milestonesDone,
        int milestonesLate,
        String policyReference) {

    /** Checks the parts are given and the counts add up. */
    public DuePeriodSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policyReference, "policyReference");
        if (complete + overdue + open != actionsDue || milestonesDone + milestonesLate > milestonesDue) {
            throw new IllegalArgumentException("The counts of " + period + " do not add up");
        }
    }
}
