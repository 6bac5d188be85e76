package io.github.outturn.benchmark;

/**
 * How the confidence limits of a count below 10 are computed. From 10 up Byar's approximation is
 * used whichever is chosen.
 *
 * <pre>{@code
 * ConfidenceIntervals.count(4, ConfidenceLevel.NINETY_FIVE, SmallCountMethod.BYAR).getMethod(); // BYAR
 * }</pre>
 */
public enum SmallCountMethod {
    /** Exact Poisson limits from chi-squared quantiles, as PHE's rates do: the default. */
    EXACT,
    /** Byar's approximation, on request. */
    BYAR
}
