package io.github.outturn.rating;

/**
 * What a relative tolerance means on a target of zero, where a percentage of the target is undefined.
 *
 * <pre>{@code
 * RatingPolicy.defaults().getZeroTargetRule(); // NO_TOLERANCE
 * }</pre>
 */
public enum ZeroTargetRule {
    /** No Amber band: the target met is GREEN, missed is RED; the reason says so (the default). */
    NO_TOLERANCE,
    /** The indicator is NOT_RATED for that period; the reason says why. */
    NOT_RATED
}
