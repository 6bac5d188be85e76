package io.github.outturn.model;

/**
 * The outcome of a rating, for an indicator or an action. Colour words are not universal: the rating policy says what each means; by default BLUE is an action that is complete, or an indicator that exceeds its target by the policy's margin when that option is on.
 *
 * <pre>{@code
 * Status.AMBER.isRated(); // true
 * }</pre>
 */
public enum Status {
    /** Complete (actions), or exceeding the target (indicators, where the policy turns it on). */
    BLUE,
    /** On track, or target met. */
    GREEN,
    /** Off track but within tolerance. */
    AMBER,
    /** Off track beyond tolerance. */
    RED,
    /** Not rated: no target, a no-judgement indicator, or not yet due. */
    NOT_RATED,
    /** No data: the value is missing or suppressed. Never treated as RED. */
    NO_DATA;

    /** Whether this status is one of the four colours, rather than NOT_RATED or NO_DATA. */
    public boolean isRated() {
        return this != NOT_RATED && this != NO_DATA;
    }
}
