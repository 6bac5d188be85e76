package io.github.outturn.benchmark;

import io.github.outturn.model.Observation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Averages of comparator groups from their members' observations (docs/benchmarks.md): the plain
 * mean (LAIT's statistical neighbour average), the median, or the pooled value (sum of numerators
 * over sum of denominators, as Fingertips).
 *
 * <pre>{@code
 * Map<String, Observation> latest = ...; // by area code
 * ComparatorAverage mean = ComparatorAverages.of(AverageMethod.MEAN, group.getMemberCodes(),
 *         code -> Optional.ofNullable(latest.get(code)), BigDecimal.ONE);
 * }</pre>
 *
 * <p>Means and pooled values are divided to 34 significant digits (MathContext.DECIMAL128); a median
 * is exact. Pure functions; thread-safe.
 */
public final class ComparatorAverages {

    private ComparatorAverages() {}

    /**
     * The average of the members' observations.
     *
     * <p>MEAN and MEDIAN use members with a value; POOLED uses members with a numerator and a
     * positive denominator, and multiplies the quotient by {@code multiplier} (100 for a
     * percentage, 1000 for a rate per 1,000).
     *
     * @param method how to average, not null
     * @param memberCodes the members, in the group's order, not null
     * @param observation each member's observation, empty when it has none; not null
     * @param multiplier the pooled value's multiplier, above 0 (ignored by MEAN and MEDIAN)
     * @return the average with the members used and missing
     * @throws IllegalArgumentException if the multiplier is not above 0
     */
    public static ComparatorAverage of(
            AverageMethod method,
            List<String> memberCodes,
            Function<String, Optional<Observation>> observation,
            BigDecimal multiplier) {
        Objects.requireNonNull(method, "method");
        if (multiplier.signum() <= 0) {
            throw new IllegalArgumentException(
                    "Multiplier " + multiplier.toPlainString() + " of a pooled average must be above 0");
        }
        List<String> used = new ArrayList<>(memberCodes.size());
        List<String> missing = new ArrayList<>();
        BigDecimal[] values = new BigDecimal[memberCodes.size()];
        BigDecimal numerators = BigDecimal.ZERO;
        BigDecimal denominators = BigDecimal.ZERO;
        int count = 0;
        for (String code : memberCodes) {
            Optional<Observation> o = observation.apply(code);
            if (method == AverageMethod.POOLED) {
                Optional<BigDecimal> n = o.flatMap(Observation::numerator);
                Optional<BigDecimal> d = o.flatMap(Observation::denominator);
                if (o.isPresent()
                        && o.get().status().hasValue()
                        && n.isPresent()
                        && d.isPresent()
                        && d.get().signum() > 0) {
                    numerators = numerators.add(n.get());
                    denominators = denominators.add(d.get());
                    used.add(code);
                } else {
                    missing.add(code);
                }
            } else {
                Optional<BigDecimal> v = o.flatMap(Observation::value);
                if (v.isPresent()) {
                    values[count++] = v.get();
                    used.add(code);
                } else {
                    missing.add(code);
                }
            }
        }
        Optional<BigDecimal> value;
        if (used.isEmpty()) {
            value = Optional.empty();
        } else if (method == AverageMethod.POOLED) {
            value = Optional.of(numerators.multiply(multiplier).divide(denominators, MathContext.DECIMAL128));
        } else if (method == AverageMethod.MEAN) {
            value = Optional.of(mean(values, count));
        } else {
            value = Optional.of(median(values, count));
        }
        return new ComparatorAverage(method, value, used, missing);
    }

    /**
     * The plain mean of values, divided to 34 significant digits.
     *
     * @param values the values, at least one, none null
     * @return the mean
     * @throws IllegalArgumentException if there are none
     */
    public static BigDecimal mean(List<BigDecimal> values) {
        return mean(values.toArray(new BigDecimal[0]), values.size());
    }

    /**
     * The median of values, exact: the middle value, or the mean of the middle two.
     *
     * @param values the values, at least one, none null
     * @return the median
     * @throws IllegalArgumentException if there are none
     */
    public static BigDecimal median(List<BigDecimal> values) {
        return median(values.toArray(new BigDecimal[0]), values.size());
    }

    private static BigDecimal mean(BigDecimal[] values, int count) {
        requireSome(count);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            sum = sum.add(values[i]);
        }
        return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
    }

    private static BigDecimal median(BigDecimal[] values, int count) {
        requireSome(count);
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        if (count % 2 == 1) {
            return values[mid];
        }
        return values[mid - 1].add(values[mid]).divide(BigDecimal.valueOf(2));
    }

    private static void requireSome(int count) {
        if (count == 0) {
            throw new IllegalArgumentException("An average needs at least one value, but there are none");
        }
    }
}
