package io.github.outturn.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The quantile of each value in a group of areas, as PHE assigns them.
 *
 * <pre>{@code
 * QuantileAssignment q = Quantiles.of(new double[] {3, 1, 2, 4}, 2, true);
 * q.quantiles();   // [1, 2, 2, 1]: the highest values in quantile 1
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#QUANTILES}
 * @param count the number of quantiles (10 for deciles)
 * @param highestFirst whether the highest value gets quantile 1 (PHE's default) rather than the lowest
 * @param quantiles one per value, in the order given; empty for a missing value, or for all when
 *     there are fewer values than quantiles
 * @param inputs a summary of the inputs
 * @param reason a sentence saying how they were assigned
 */
public record QuantileAssignment(
        StatisticalMethod method,
        int count,
        boolean highestFirst,
        List<OptionalInt> quantiles,
        String inputs,
        String reason) {

    /** Copies the list and checks that nothing is null. */
    public QuantileAssignment {
        Objects.requireNonNull(method, "method");
        quantiles = List.copyOf(quantiles);
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
