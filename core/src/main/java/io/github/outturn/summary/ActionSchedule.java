package io.github.outturn.summary;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Action;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Status;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Actions against their dates: each action's progress on a reporting date ({@link ActionProgress}) and
 * the actions and milestones due in each period ({@link DuePeriodSummary}).
 *
 * <p>On a reporting date, under an {@link ActionPolicy}, an action is, in this order:
 *
 * <ol>
 *   <li>{@link ProgressState#COMPLETE} if completed on or before the date (or reported 100% complete
 *       with no completion date): the policy's complete status, BLUE by default;
 *   <li>{@link ProgressState#OVERDUE} if its due date, plus the policy's grace, is before the date:
 *       the overdue status, RED by default;
 *   <li>{@link ProgressState#MILESTONE_LATE} if a milestone's date, plus the grace, is before the date
 *       and the milestone was not done by then: the late-milestone status, AMBER by default;
 *   <li>{@link ProgressState#ON_SCHEDULE} if it has a due date or milestones, and {@link
 *       ProgressState#UNDATED} if it has neither: no status, its rating is its update's.
 * </ol>
 *
 * <p>Something due on the reporting date itself is not late. The reason sentence names the dates and
 * every late milestone.
 *
 * <pre>{@code
 * ActionProgress p = ActionSchedule.progress(ds, "A17", LocalDate.of(2017, 5, 15), ActionPolicy.defaults());
 * p.reason(); // "due 31 March 2017 and not complete on 15 May 2017 (60% complete), 45 days late: RED (overdue)"
 * }</pre>
 *
 * <p>Stateless and thread-safe; reads no clock: the reporting date is always given.
 */
public final class ActionSchedule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private ActionSchedule() {}

    /**
     * The progress of every action of the dataset, in the dataset's order.
     *
     * @param dataset the dataset, not null
     * @param asOf the reporting date, not null
     * @param policy the policy, not null
     * @return one progress per action
     */
    public static List<ActionProgress> progress(Dataset dataset, LocalDate asOf, ActionPolicy policy) {
        List<ActionProgress> all = new ArrayList<>();
        for (Action a : dataset.actions()) {
            all.add(progress(dataset, a, asOf, policy));
        }
        return List.copyOf(all);
    }

    /**
     * The progress of one action.
     *
     * @param dataset the dataset, not null
     * @param actionId the action's id, not null
     * @param asOf the reporting date, not null
     * @param policy the policy, not null
     * @return its progress
     * @throws IllegalArgumentException if the dataset has no such action
     */
    public static ActionProgress progress(Dataset dataset, String actionId, LocalDate asOf, ActionPolicy policy) {
        Action action = dataset.findAction(actionId)
                .orElseThrow(() -> new IllegalArgumentException("No action has the id " + Quote.of(actionId)));
        return progress(dataset, action, asOf, policy);
    }

    private static ActionProgress progress(Dataset dataset, Action a, LocalDate asOf, ActionPolicy policy) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        List<Milestone> milestones = dataset.milestones(a.id());
        int done = 0;
        List<LateMilestone> late = new ArrayList<>();
        for (Milestone m : milestones) {
            if (m.isDoneBy(asOf)) {
                done++;
            } else if (isLate(m.due(), asOf, policy)) {
                late.add(new LateMilestone(m.description(), m.due(), ChronoUnit.DAYS.between(m.due(), asOf)));
            }
        }
        ProgressState state;
        Optional<Status> status;
        String reason;
        String on = " on " + day(asOf);
        if (a.isCompleteBy(asOf)) {
            state = ProgressState.COMPLETE;
            status = Optional.of(policy.complete());
            reason = a.completedOn().map(d -> "completed on " + day(d)).orElse("100% complete") + ": " + status.get()
                    + " (complete)";
        } else if (a.dueDate().filter(due -> isLate(due, asOf, policy)).isPresent()) {
            LocalDate due = a.dueDate().get();
            state = ProgressState.OVERDUE;
            status = Optional.of(policy.overdue());
            reason = "due " + day(due) + " and not complete" + on
                    + a.percentComplete().map(p -> " (" + p + "% complete)").orElse("")
                    + ", " + days(ChronoUnit.DAYS.between(due, asOf)) + " late"
                    + (late.isEmpty() ? "" : "; " + lateText(late))
                    + ": " + status.get() + " (overdue)";
        } else if (!late.isEmpty()) {
            state = ProgressState.MILESTONE_LATE;
            status = Optional.of(policy.milestoneLate());
            reason = lateText(late) + on + ": " + status.get() + " (milestone late)";
        } else if (a.dueDate().isPresent() || !milestones.isEmpty()) {
            state = ProgressState.ON_SCHEDULE;
            status = Optional.empty();
            reason = a.dueDate().map(d -> "due " + day(d) + ", ").orElse("")
                    + (milestones.isEmpty() ? "" : done + " of " + milestones.size() + " milestones done, ")
                    + "nothing late" + on + ": on schedule";
        } else {
            state = ProgressState.UNDATED;
            status = Optional.empty();
            reason = "no due date or milestones: the action's rating is its update's";
        }
        return new ActionProgress(
                a.id(),
                asOf,
                state,
                status,
                a.dueDate(),
                a.percentComplete(),
                milestones.size(),
                done,
                late,
                reason,
                policy.reference());
    }

    /**
     * The actions and milestones due in each period of a kind, counted on a reporting date: one
     * summary per period that has something due, in period order. Actions without a due date are in
     * none.
     *
     * @param dataset the dataset, not null
     * @param asOf the reporting date, not null
     * @param kind the kind of period to group by, one whose periods do not overlap (a quarter, a
     *     month, a year or a term), not null
     * @param policy the policy, not null
     * @return the summaries
     * @throws IllegalArgumentException for {@link PeriodKind#POOLED_YEARS} and {@link PeriodKind#ROLLING_YEAR}
     */
    public static List<DuePeriodSummary> byDuePeriod(
            Dataset dataset, LocalDate asOf, PeriodKind kind, ActionPolicy policy) {
        // per period: actions due, complete, overdue, open; milestones due, done, late
        Map<ReportingPeriod, int[]> counts = new TreeMap<>();
        for (ActionProgress p : progress(dataset, asOf, policy)) {
            p.dueDate().ifPresent(due -> {
                int[] c = counts.computeIfAbsent(ReportingPeriod.containing(kind, due), k -> new int[7]);
                c[0]++;
                c[p.state() == ProgressState.COMPLETE ? 1 : p.overdue() ? 2 : 3]++;
            });
        }
        for (Milestone m : dataset.milestones()) {
            int[] c = counts.computeIfAbsent(ReportingPeriod.containing(kind, m.due()), k -> new int[7]);
            c[4]++;
            if (m.isDoneBy(asOf)) {
                c[5]++;
            } else if (isLate(m.due(), asOf, policy)) {
                c[6]++;
            }
        }
        List<DuePeriodSummary> summaries = new ArrayList<>();
        counts.forEach((period, c) -> summaries.add(
                new DuePeriodSummary(period, asOf, c[0], c[1], c[2], c[3], c[4], c[5], c[6], policy.reference())));
        return List.copyOf(summaries);
    }

    private static boolean isLate(LocalDate due, LocalDate asOf, ActionPolicy policy) {
        return due.plusDays(policy.graceDays()).isBefore(asOf);
    }

    /** {@code milestone "X" due 30 September 2016 is not done}, or the plural for several. */
    private static String lateText(List<LateMilestone> late) {
        List<String> each = new ArrayList<>();
        for (LateMilestone m : late) {
            each.add(Quote.of(m.description()) + " due " + day(m.due()));
        }
        String list = each.size() == 1
                ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
        return (late.size() == 1 ? "milestone " + list + " is" : "milestones " + list + " are") + " not done";
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
