package io.github.outturn.summary;

/**
 * Where an action stands against its dates on a reporting date ({@link ActionProgress#state()}).
 *
 * <pre>{@code
 * ActionSchedule.progress(dataset, "A17", LocalDate.of(2017, 5, 15), ActionPolicy.defaults()).state(); // OVERDUE
 * }</pre>
 */
public enum ProgressState {
    /** Completed by the reporting date. */
    COMPLETE,
    /** Past its due date and not complete. */
    OVERDUE,
    /** Not overdue itself, but a milestone is past its date and not done. */
    MILESTONE_LATE,
    /** Dated, and nothing is late. */
    ON_SCHEDULE,
    /** No due date, no milestones and not complete: its dates say nothing. */
    UNDATED
}
