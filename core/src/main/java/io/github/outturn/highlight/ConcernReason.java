package io.github.outturn.highlight;

/**
 * Why a measure or an action needs the committee's attention, the most serious first.
 *
 * <pre>{@code
 * ConcernReason.RED_AGAINST_TARGET.compareTo(ConcernReason.BOTTOM_QUARTILE) < 0; // more serious
 * }</pre>
 */
public enum ConcernReason {
    /** The measure is Red against its target. */
    RED_AGAINST_TARGET,
    /** The action is rated Red. */
    ACTION_RED,
    /** The measure worsened against the previous period and against the same period last year. */
    WORSENING_SHORT_AND_LONG_TERM,
    /** The measure is worse than England, the region and the neighbours, every one that has a value. */
    WORSE_THAN_ALL_COMPARATORS,
    /** The measure is in the worst quartile of local authorities in England. */
    BOTTOM_QUARTILE,
    /** The action has no update for the period, and its last update did not say it was complete. */
    ACTION_OVERDUE
}
