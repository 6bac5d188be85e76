package io.github.outturn.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Quantiles for grouping areas (deprivation deciles, quintiles of an indicator) as PHE's {@code
 * phe_quantile} assigns them (docs/statistics.md): with N values, each value's rank r (ties sharing the
 * lowest rank; ranked from the highest when the highest comes first) gives the quantile floor((q + 1) -
 * ceiling((N + 1 - r) / (N / q))), 0 counting as 1.
 *
 * <pre>{@code
 * Quantiles.of(new double[] {3, 1, 2, 4}, 2, true).quantiles();   // [1, 2, 2, 1]
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class Quantiles {

    private Quantiles() {}

    /**
     * The quantile of each value.
     *
     * @param values the values, NaN for a missing one
     * @param count the number of quantiles, at least 1
     * @param highestFirst whether the highest value gets quantile 1 (PHE's default, {@code invert =
     *     TRUE})
     * @return the quantiles, in the order of the values
     * @throws IllegalArgumentException if the count is below 1 or a value is infinite
     */
    public static QuantileAssignment of(double[] values, int count, boolean highestFirst) {
        if (count < 1) {
            throw new IllegalArgumentException("The number of quantiles must be at least 1, not " + count);
        }
        int n = 0;
        for (double v : values) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("A value is " + v + ": expected a finite number or NaN for missing");
            }
            n += Double.isNaN(v) ? 0 : 1;
        }
        String inputs = values.length + " values, " + n + " present, " + count + " quantiles, "
                + (highestFirst ? "highest" : "lowest") + " in quantile 1";
        List<OptionalInt> out = new ArrayList<>();
        String reference = " (" + StatisticalMethod.QUANTILES.reference() + ")";
        if (n < count) {
            for (int i = 0; i < values.length; i++) {
                out.add(OptionalInt.empty());
            }
            return new QuantileAssignment(
                    StatisticalMethod.QUANTILES,
                    count,
                    highestFirst,
                    out,
                    inputs,
                    "No quantiles: " + n + " values are fewer than the " + count + " quantiles" + reference);
        }
        double size = (double) n / count;
        for (double v : values) {
            if (Double.isNaN(v)) {
                out.add(OptionalInt.empty());
                continue;
            }
            int rank = 1;
            for (double w : values) {
                if (!Double.isNaN(w) && (highestFirst ? w > v : w < v)) {
                    rank++;
                }
            }
            int q = (int) Math.floor((count + 1) - Math.ceil(((n + 1) - rank) / size));
            out.add(OptionalInt.of(Math.max(q, 1)));
        }
        return new QuantileAssignment(
                StatisticalMethod.QUANTILES,
                count,
                highestFirst,
                out,
                inputs,
                n + " values in " + count + " quantiles of " + Figures.of(size) + " each, the "
                        + (highestFirst ? "highest" : "lowest") + " in quantile 1" + reference);
    }
}
