package io.github.outturn.benchmark;

/**
 * How a confidence interval was obtained.
 *
 * <pre>{@code
 * ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE).getMethod(); // WILSON
 * }</pre>
 */
public enum IntervalMethod {
    /** Wilson score interval for a proportion. */
    WILSON,
    /** Exact Poisson limits from chi-squared quantiles, for counts below 10. */
    EXACT_POISSON,
    /** Byar's approximation to the Poisson limits, for counts of 10 and more. */
    BYAR,
    /** Dobson's method for a directly standardised rate: Byar's limits of the total count, rescaled. */
    DOBSON,
    /** Student's t interval for a mean. */
    STUDENT_T,
    /** Limits published with the figure, not computed. */
    GIVEN
}
