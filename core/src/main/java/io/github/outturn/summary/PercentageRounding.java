package io.github.outturn.summary;

/**
 * How the percentages of a distribution are rounded.
 *
 * <pre>{@code
 * PercentageRounding.LARGEST_REMAINDER; // percentages that sum to exactly 100
 * }</pre>
 */
public enum PercentageRounding {
    /** Each percentage rounded half up on its own: 25.05% shows as 25% (the default). */
    HALF_UP,
    /** Rounded down, then the largest remainders rounded up, so they sum to exactly 100. */
    LARGEST_REMAINDER
}
