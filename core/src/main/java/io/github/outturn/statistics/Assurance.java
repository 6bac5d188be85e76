package io.github.outturn.statistics;

/**
 * Whether a process can be relied on to meet its target ("Making Data Count" assurance icons).
 *
 * <pre>{@code
 * XmrCharts.assurance(1, 3, 4, ImprovementDirection.INCREASE); // Optional[CONSISTENT_FAIL]
 * }</pre>
 */
public enum Assurance {
    /** The target is outside the limits on the side of failure: it will always be missed. */
    CONSISTENT_FAIL,
    /** The target is outside the limits on the side of success: it will always be met. */
    CONSISTENT_PASS,
    /** The target is within the limits: it will be met some times and missed others. */
    INCONSISTENT
}
