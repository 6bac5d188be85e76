package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A funnel plot's control limits at one point of its horizontal axis and one level.
 *
 * <pre>{@code
 * FunnelLimit l = FunnelPlots.ratioLimit(FunnelType.RATIO_ISR, 3, ConfidenceLevel.NINETY_FIVE);
 * l.lower();         // 34.2... (3 / 8.767 x 100)
 * l.lowerAt();       // OptionalDouble[8.767...] expected events where the lower limit passes
 * }</pre>
 *
 * @param x the point of the axis: the denominator (proportions) or events (ratios, rates)
 * @param level 95% (PHE's 2 sigma, p = 0.025 each side) or 99.8% (3 sigma, p = 0.001)
 * @param lower the lower limit
 * @param upper the upper limit
 * @param lowerAt for a ratio the expected events, for a rate the one-year population, at which the
 *     lower limit passes through x events; empty for a proportion
 * @param upperAt likewise for the upper limit
 */
public record FunnelLimit(
        double x, ConfidenceLevel level, double lower, double upper, OptionalDouble lowerAt, OptionalDouble upperAt) {

    /** Checks that nothing is null. */
    public FunnelLimit {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(lowerAt, "lowerAt");
        Objects.requireNonNull(upperAt, "upperAt");
    }
}
