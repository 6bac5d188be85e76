package io.github.outturn.benchmark;

/**
 * How a comparator group's average is computed from its members' observations.
 *
 * <pre>{@code
 * BenchmarkPolicy.defaults().withAverageMethod(AverageMethod.POOLED);
 * }</pre>
 */
public enum AverageMethod {
    /** The plain mean of the members' values, leaving out missing ones (LAIT's default). */
    MEAN,
    /** The median of the members' values (the mean of the middle two for an even count). */
    MEDIAN,
    /** Sum of numerators over sum of denominators, times the indicator's multiplier (Fingertips). */
    POOLED
}
