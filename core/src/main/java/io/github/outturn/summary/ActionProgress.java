package io.github.outturn.summary;

import io.github.outturn.model.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action's progress against its dates on a reporting date, with the status its dates give it under
 * an {@link ActionPolicy} and a sentence saying why.
 *
 * <pre>{@code
 * ActionProgress p = ActionSchedule.progress(dataset, "A17", LocalDate.of(2017, 5, 15), ActionPolicy.defaults());
 * p.state();   // OVERDUE
 * p.status();  // Optional[RED]
 * p.reason();  // "due 31 March 2017 and not complete on 15 May 2017 (60% complete), 45 days late: RED (overdue)"
 * }</pre>
 *
 * <p>{@code status()} is empty when the dates decide nothing ({@link ProgressState#ON_SCHEDULE},
 * {@link ProgressState#UNDATED}): the action's rating is then its update's. Immutable and thread-safe.
 *
 * @param actionId the action
 * @param asOf the reporting date
 * @param state where the action stands
 * @param status the status the dates give it, if they give one
 * @param dueDate the action's due date, if it has one
 * @param percentComplete the per cent complete its lead reported, if any
 * @param milestones how many milestones the action has
 * @param milestonesDone how many of them were done by the reporting date
 * @param lateMilestones the milestones past their date and not done, by due date
 * @param reason the sentence saying why
 * @param policyReference the policy's {@code id@version}
 */
public record ActionProgress(
        String actionId,
        LocalDate asOf,
        ProgressState state,
        Optional<Status> status,
        Optional<LocalDate> dueDate,
        Optional<Integer> percentComplete,
        int milestones,
        int milestonesDone,
        List<LateMilestone> lateMilestones,
        String reason,
        String policyReference) {

    /** Checks the parts are given and copies the list. */
    public ActionProgress {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(percentComplete, "percentComplete");
        lateMilestones = List.copyOf(lateMilestones);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(policyReference, "policyReference");
    }

    /** Whether the action is overdue: past its due date and not complete. */
    public boolean overdue() {
        return state == ProgressState.OVERDUE;
    }
}
