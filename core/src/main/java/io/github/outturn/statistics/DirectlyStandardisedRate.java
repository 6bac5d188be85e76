package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A directly standardised rate with its Dobson confidence interval, or no value when the total
 * count is below 10 (PHE's rule).
 *
 * <pre>{@code
 * DirectlyStandardisedRate dsr = Standardisation.directRate(counts, pops, StandardPopulation.esp2013(),
 *         100_000, ConfidenceLevel.NINETY_FIVE);
 * dsr.value();      // OptionalDouble[10430.2...]
 * dsr.interval();   // Optional[95% [9717.7..., 11178.9...] dobson]
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#DIRECTLY_STANDARDISED_RATE}
 * @param totalCount the events in all bands
 * @param totalPopulation the population of all bands
 * @param value the rate per {@code multiplier}, empty when the total count is below 10
 * @param interval the Dobson interval, empty when the value is
 * @param multiplier the base, such as 100000
 * @param level the confidence level asked for
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record DirectlyStandardisedRate(
        StatisticalMethod method,
        double totalCount,
        double totalPopulation,
        OptionalDouble value,
        Optional<ConfidenceInterval> interval,
        double multiplier,
        ConfidenceLevel level,
        String inputs,
        String reason) {

    /** Checks that nothing is null. */
    public DirectlyStandardisedRate {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
