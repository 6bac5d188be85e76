package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An indirectly standardised ratio or rate: observed events against those expected from reference
 * rates, with exact Poisson limits below 10 observed events and Byar's from 10 up.
 *
 * <pre>{@code
 * IndirectlyStandardised sir = Standardisation.indirectRatio(counts, pops, refCounts, refPops, 100,
 *         ConfidenceLevel.NINETY_FIVE);
 * sir.value();     // 107.07... (observed / expected x 100)
 * }</pre>
 *
 * @param method {@link StatisticalMethod#INDIRECTLY_STANDARDISED_RATIO} or {@code _RATE}
 * @param observed the observed events
 * @param expected the expected events, sum of reference rate x local population over the bands
 * @param referenceRate for a rate, the crude reference rate per multiplier; empty for a ratio
 * @param value observed / expected, times the reference value (ratio) or the reference rate (rate)
 * @param interval the limits of the observed count divided by the expected and scaled like the value
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record IndirectlyStandardised(
        StatisticalMethod method,
        double observed,
        double expected,
        OptionalDouble referenceRate,
        double value,
        ConfidenceInterval interval,
        String inputs,
        String reason) {

    /** Checks that nothing is null. */
    public IndirectlyStandardised {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(referenceRate, "referenceRate");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
