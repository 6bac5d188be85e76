package io.github.outturn.summary;

import io.github.outturn.model.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * How the actions of one scope moved between two review periods: the exact weighted number that went
 * from each status to each status (an action with no update in a period is NO_DATA there).
 *
 * <pre>{@code
 * MovementMatrix m = ActionSummaries.compare(dataset, h1, h2, policy).getPlan();
 * m.get(Status.AMBER, Status.GREEN); // 3/2: one and a half actions went from Amber to Green
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MovementMatrix {

    private final Map<Status, Map<Status, BigFraction>> cells;

    private MovementMatrix(Map<Status, Map<Status, BigFraction>> cells) {
        this.cells = cells;
    }

    /**
     * A matrix of these weighted movements.
     *
     * @param cells from-status to to-status to weight, each zero or more; cells left out are zero
     * @return the matrix
     * @throws IllegalArgumentException if a weight is negative
     */
    public static MovementMatrix of(Map<Status, Map<Status, BigFraction>> cells) {
        Map<Status, Map<Status, BigFraction>> all = new EnumMap<>(Status.class);
        for (Status from : Status.values()) {
            Map<Status, BigFraction> row = new EnumMap<>(Status.class);
            Map<Status, BigFraction> given = cells.getOrDefault(from, Map.of());
            for (Status to : Status.values()) {
                BigFraction w = given.getOrDefault(to, BigFraction.ZERO);
                if (w.signum() < 0) {
                    throw new IllegalArgumentException(
                            "The movement from " + from + " to " + to + " is " + w + ": weights must be zero or more");
                }
                row.put(to, w);
            }
            all.put(from, Collections.unmodifiableMap(row));
        }
        return new MovementMatrix(Collections.unmodifiableMap(all));
    }

    /** The weighted number of actions that went from one status to another. */
    public BigFraction get(Status from, Status to) {
        return cells.get(Objects.requireNonNull(from, "from")).get(Objects.requireNonNull(to, "to"));
    }

    /** Every cell: from-status to to-status to weight, zeros included. */
    public Map<Status, Map<Status, BigFraction>> cells() {
        return cells;
    }

    /** The weighted number of actions whose status was this one in the first period. */
    public BigFraction fromTotal(Status from) {
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction w : cells.get(from).values()) {
            sum = sum.add(w);
        }
        return sum;
    }

    /** The weighted number of actions whose status is this one in the second period. */
    public BigFraction toTotal(Status to) {
        BigFraction sum = BigFraction.ZERO;
        for (Map<Status, BigFraction> row : cells.values()) {
            sum = sum.add(row.get(to));
        }
        return sum;
    }

    /** The weighted number of actions whose status changed. */
    public BigFraction changed() {
        BigFraction sum = BigFraction.ZERO;
        for (Map.Entry<Status, Map<Status, BigFraction>> row : cells.entrySet()) {
            for (Map.Entry<Status, BigFraction> cell : row.getValue().entrySet()) {
                if (cell.getKey() != row.getKey()) {
                    sum = sum.add(cell.getValue());
                }
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MovementMatrix && cells.equals(((MovementMatrix) o).cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    /** The non-zero cells, such as {@code AMBER->GREEN 3 / 2, GREEN->GREEN 1}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        cells.forEach((from, row) -> row.forEach((to, w) -> {
            if (!w.isZero()) {
                sb.append(sb.length() == 0 ? "" : ", ")
                        .append(from)
                        .append("->")
                        .append(to)
                        .append(' ')
                        .append(w);
            }
        }));
        return sb.length() == 0 ? "no actions" : sb.toString();
    }
}
