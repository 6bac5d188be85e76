package io.github.outturn.rating;

/**
 * The outcome of a direction of travel: after polarity for judged indicators, as a plain movement
 * under NO_JUDGEMENT, or NOT_COMPARABLE.
 *
 * <pre>{@code
 * Direction.IMPROVING.reversed(); // WORSENING
 * }</pre>
 */
public enum Direction {
    /** Better than before, after polarity (for a target band: closer to the target or band). */
    IMPROVING,
    /** The change rounds to zero at the indicator's decimal places, or lies within the policy's band. */
    NO_CHANGE,
    /** Worse than before, after polarity. */
    WORSENING,
    /** Higher than before, for a NO_JUDGEMENT indicator. */
    INCREASING,
    /** Lower than before, for a NO_JUDGEMENT indicator. */
    DECREASING,
    /** A value is missing, the periods are not consecutive, or a band indicator has no target. */
    NOT_COMPARABLE;

    /** The direction with the two values swapped: IMPROVING and WORSENING, INCREASING and DECREASING trade places. */
    public Direction reversed() {
        return switch (this) {
            case IMPROVING -> WORSENING;
            case WORSENING -> IMPROVING;
            case INCREASING -> DECREASING;
            case DECREASING -> INCREASING;
            case NO_CHANGE, NOT_COMPARABLE -> this;
        };
    }
}
