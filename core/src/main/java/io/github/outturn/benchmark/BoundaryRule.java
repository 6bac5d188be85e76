package io.github.outturn.benchmark;

/**
 * Which band a value exactly equal to a quartile or quintile cut point goes to.
 *
 * <pre>{@code
 * BenchmarkPolicy.defaults().withBoundaryRule(BoundaryRule.SYMMETRIC);
 * }</pre>
 */
public enum BoundaryRule {
    /**
     * As LAIT does: the better band for LOWER_IS_BETTER and the worse band for HIGHER_IS_BETTER
     * (LAIT tests {@code value <= cut} in both polarities).
     */
    LAIT,
    /** The better band whatever the polarity, as a value equal to a target is GREEN. */
    SYMMETRIC
}
