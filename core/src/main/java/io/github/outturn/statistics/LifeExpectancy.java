package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Life expectancy at the start of one age band, with its confidence limits, as PHE calculates it.
 *
 * <pre>{@code
 * LifeExpectancy at0 = LifeExpectancies.of(startAges, deaths, populations, ConfidenceLevel.NINETY_FIVE).get(0);
 * at0.value();    // OptionalDouble[80.1696...]
 * at0.reason();
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#LIFE_EXPECTANCY}
 * @param startAge the age the expectancy is from
 * @param level the confidence level of the limits
 * @param value the expectancy in years; empty when suppressed (the whole table, or a 95% interval wider
 *     than 20 years)
 * @param lower the lower limit; empty when the whole table is suppressed (it can be negative)
 * @param upper the upper limit; empty when the whole table is suppressed
 * @param populationUsed the population of this band and every older one
 * @param deathsUsed the deaths in this band and every older one
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures, or saying why they are suppressed
 */
public record LifeExpectancy(
        StatisticalMethod method,
        int startAge,
        ConfidenceLevel level,
        OptionalDouble value,
        OptionalDouble lower,
        OptionalDouble upper,
        double populationUsed,
        double deathsUsed,
        String inputs,
        String reason) {

    /** Checks that nothing is null. */
    public LifeExpectancy {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
