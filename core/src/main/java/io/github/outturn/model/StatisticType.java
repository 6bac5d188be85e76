package io.github.outturn.model;

/**
 * What kind of statistic an indicator is: decides how its confidence interval is computed.
 *
 * <pre>{@code
 * StatisticType.PROPORTION; // Wilson score interval from numerator and denominator
 * }</pre>
 */
public enum StatisticType {
    /** A numerator out of a denominator, usually shown as a percentage. */
    PROPORTION,
    /** Events per 1,000, 10,000 or 100,000 of a population (see the indicator multiplier). */
    RATE,
    /** A number of events or people. */
    COUNT,
    /** A mean of individual values. */
    MEAN,
    /** Anything else; no confidence interval is computed. */
    OTHER
}
