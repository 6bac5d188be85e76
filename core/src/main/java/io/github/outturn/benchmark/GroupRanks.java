package io.github.outturn.benchmark;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ranks and bands of one group's values (one indicator and period, every authority ranked
 * together): each value's rank by polarity ({@link Ranking}: 1 the best, ties sharing the lowest
 * rank), and its quartile and quintile bands from the group's type-7 cut points ({@link CutPoints},
 * {@link Bands}) by the policy's boundary rule, given when the indicator is banded and at least the
 * policy's {@link BenchmarkPolicy#minimumRankedForBands() minimum} are ranked. The same rules as
 * {@link AreaBenchmarks#rankAmongAuthorities}, for every member of a group at once: a whole
 * dataset's groups or, read one at a time, a file far larger than memory.
 *
 * <pre>{@code
 * GroupRanks g = GroupRanks.of(Arrays.asList(bd("10"), null, bd("30"), bd("20"), bd("40"), bd("50")),
 *         Polarity.LOWER_IS_BETTER, true, BenchmarkPolicy.defaults());
 * g.rankAt(2);      // Optional[3 of 5]
 * g.quartileAt(2);  // Optional[B]: 30 is the median, which LAIT puts in the better band for low is good
 * g.rankAt(1);      // Optional.empty: missing
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupRanks {

    private final Ranking ranking;
    private final byte[] quartiles;
    private final byte[] quintiles;
    private final String policyReference;

    private GroupRanks(Ranking ranking, byte[] quartiles, byte[] quintiles, String policyReference) {
        this.ranking = ranking;
        this.quartiles = quartiles;
        this.quintiles = quintiles;
        this.policyReference = policyReference;
    }

    /**
     * Ranks and bands a group's values.
     *
     * @param values the values, null where missing; not null itself
     * @param polarity the indicator's polarity: only HIGHER_IS_BETTER and LOWER_IS_BETTER are ranked
     * @param banded whether the indicator is banded ({@code Indicator.quartileBanded()})
     * @param policy the benchmark policy: its boundary rule and minimum for bands
     * @return the ranks and bands, in the order of the values
     */
    public static GroupRanks of(
            List<@Nullable BigDecimal> values, Polarity polarity, boolean banded, BenchmarkPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Ranking ranking = Ranking.of(values, polarity);
        int size = values.size();
        byte[] quartiles = new byte[size];
        byte[] quintiles = new byte[size];
        if (banded && ranking.count() > 0 && ranking.count() >= policy.minimumRankedForBands()) {
            CutPoints quarters = ranking.cutPoints(4);
            CutPoints fifths = ranking.cutPoints(5);
            BoundaryRule rule = policy.boundaryRule();
            int i = 0;
            for (BigDecimal v : values) {
                if (v != null) {
                    quartiles[i] = (byte) Bands.band(v, quarters, polarity, rule)
                            .orElseThrow()
                            .number();
                    quintiles[i] = (byte)
                            Bands.band(v, fifths, polarity, rule).orElseThrow().number();
                }
                i++;
            }
        }
        return new GroupRanks(ranking, quartiles, quintiles, policy.reference());
    }

    /** How many values were given, ranked or not. */
    public int size() {
        return quartiles.length;
    }

    /** How many values were ranked: the n of "r of n". */
    public int count() {
        return ranking.count();
    }

    /**
     * The rank of the value at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return "r of n", empty when the value is missing or the polarity is not ranked
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Optional<Rank> rankAt(int index) {
        return ranking.rankAt(index);
    }

    /**
     * The rank number at this position, without allocating.
     *
     * @param index 0 to {@code size() - 1}
     * @return 1 to {@link #count()}, or 0 when unranked
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int rankNumberAt(int index) {
        return ranking.rankNumberAt(index);
    }

    /**
     * The quartile band at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return A to D, empty when unranked, the indicator is not banded, or too few were ranked
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Optional<Band> quartileAt(int index) {
        return band(quartiles, index);
    }

    /**
     * The quintile band at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return A to E, empty when unranked, the indicator is not banded, or too few were ranked
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Optional<Band> quintileAt(int index) {
        return band(quintiles, index);
    }

    /**
     * The quartile band's number at this position, without allocating.
     *
     * @param index 0 to {@code size() - 1}
     * @return 1 (A) to 4 (D), or 0 when there is no band
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int quartileNumberAt(int index) {
        return quartiles[Objects.checkIndex(index, quartiles.length)];
    }

    /** The benchmark policy the bands followed, {@code id@version}. */
    public String policyReference() {
        return policyReference;
    }

    private static Optional<Band> band(byte[] bands, int index) {
        int b = bands[Objects.checkIndex(index, bands.length)];
        return b == 0 ? Optional.empty() : Optional.of(Band.of(b));
    }

    /** The ranks and quartile bands, in input order: {@code [1 of 5 A, -, 3 of 5 B, ...]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < quartiles.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            int r = ranking.rankNumberAt(i);
            sb.append(r == 0 ? "-" : r + " of " + ranking.count());
            if (quartiles[i] != 0) {
                sb.append(' ').append(Band.of(quartiles[i]));
            }
        }
        return sb.append(']').toString();
    }
}
