package io.github.outturn.benchmark;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A comparator group's average computed from its members' observations, saying which members it
 * used and which were missing.
 *
 * <pre>{@code
 * ComparatorAverage sn = ComparatorAverages.of(AverageMethod.MEAN, List.of("344", "354", "357"),
 *         code -> dataset.findObservation("cla-rate", code, FinancialYear.of(2016)), BigDecimal.ONE);
 * sn.value();        // Optional[mean of the members that have a value]
 * sn.usedCount();    // how many had one
 * sn.missing();      // the codes that had none
 * }</pre>
 *
 * @param method how it was computed
 * @param value the average, empty when no member had a usable value
 * @param used the member codes whose observations were used, in the group's order
 * @param missing the member codes without a usable observation, in the group's order
 *     <p>Immutable and thread-safe.
 */
public record ComparatorAverage(
        AverageMethod method, Optional<BigDecimal> value, List<String> used, List<String> missing) {

    /** Checks the components and copies the lists. */
    public ComparatorAverage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
        used = List.copyOf(used);
        missing = List.copyOf(missing);
    }

    /** How many members were used. */
    public int usedCount() {
        return used.size();
    }

    /** How many members there are, used and missing. */
    public int memberCount() {
        return used.size() + missing.size();
    }
}
