package io.github.outturn.benchmark;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Ranks of a group's values by polarity: 1 is the best, ties share the lowest rank (1, 2, 2, 4),
 * missing values are not ranked, and n is the number of values present. Only HIGHER_IS_BETTER and
 * LOWER_IS_BETTER indicators are ranked: NO_JUDGEMENT has no better direction, and TARGET_BAND's
 * depends on a target, not on the group.
 *
 * <pre>{@code
 * Ranking r = Ranking.of(Arrays.asList(v10, null, v30, v20, null), Polarity.LOWER_IS_BETTER);
 * r.rankAt(0);   // Optional[1 of 3]
 * r.rankAt(1);   // Optional.empty: missing
 * r.rankAt(2);   // Optional[3 of 3]
 * }</pre>
 *
 * <p>Computed with one sort of the values present and a binary search per value: O(n log n).
 * Immutable and thread-safe.
 */
public final class Ranking {

    private static final BigDecimal[] NONE = new BigDecimal[0];

    private final int[] ranks;
    private final int count;
    /** The values ranked, ascending in {@code sorted[0..count-1]}, kept for {@link #cutPoints}; never handed out. */
    private final BigDecimal[] sorted;

    private final Polarity polarity;

    private Ranking(int[] ranks, int count, BigDecimal[] sorted, Polarity polarity) {
        this.ranks = ranks;
        this.count = count;
        this.sorted = sorted;
        this.polarity = polarity;
    }

    /**
     * Ranks values given in any order.
     *
     * @param values the values, null where missing; not null itself
     * @param polarity the indicator's polarity, not null
     * @return the ranks, in the order of the values; none when the polarity is not ranked
     */
    public static Ranking of(List<BigDecimal> values, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        int size = values.size();
        int[] ranks = new int[size];
        if (!isRanked(polarity)) {
            return new Ranking(ranks, 0, NONE, polarity);
        }
        BigDecimal[] sorted = new BigDecimal[size];
        int count = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                sorted[count++] = v;
            }
        }
        Arrays.sort(sorted, 0, count);
        int i = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                ranks[i] = rankIn(sorted, count, v, polarity);
            }
            i++;
        }
        return new Ranking(ranks, count, sorted, polarity);
    }

    /**
     * The rank of one value among a group's values, in O(n) without sorting. The group should
     * include the value; if no value of the group equals it, it is counted as one more.
     *
     * @param value the value to rank, null when missing
     * @param group the group's values, null where missing; the value itself is one of them
     * @param polarity the indicator's polarity, not null
     * @return the rank, empty when the value is missing or the polarity is not ranked
     */
    public static Optional<Rank> rankOf(BigDecimal value, Collection<BigDecimal> group, Polarity polarity) {
        if (value == null || !isRanked(polarity)) {
            return Optional.empty();
        }
        int better = 0;
        int present = 0;
        boolean found = false;
        for (BigDecimal v : group) {
            if (v != null) {
                present++;
                int c = v.compareTo(value);
                if (c == 0) {
                    found = true;
                } else if (polarity == Polarity.HIGHER_IS_BETTER ? c > 0 : c < 0) {
                    better++;
                }
            }
        }
        if (!found) {
            present++;
        }
        return Optional.of(Rank.of(better + 1, present));
    }

    /** Whether values of indicators with this polarity are ranked. */
    public static boolean isRanked(Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER || polarity == Polarity.LOWER_IS_BETTER;
    }

    private static int rankIn(BigDecimal[] sorted, int count, BigDecimal v, Polarity polarity) {
        if (polarity == Polarity.LOWER_IS_BETTER) {
            return lowerBound(sorted, count, v) + 1;
        }
        return count - upperBound(sorted, count, v) + 1;
    }

    /** The first index whose value is not below v. */
    static int lowerBound(BigDecimal[] sorted, int count, BigDecimal v) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(v) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose value is above v. */
    static int upperBound(BigDecimal[] sorted, int count, BigDecimal v) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(v) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many values were ranked: the n of "r of n". */
    public int getCount() {
        return count;
    }

    /** How many values were given, ranked or not. */
    public int size() {
        return ranks.length;
    }

    /**
     * The rank of the value at this position.
     *
     * @param index 0 to {@code size() - 1}
     * @return the rank, empty when the value is missing or nothing is ranked
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public Optional<Rank> rankAt(int index) {
        int r = ranks[Objects.checkIndex(index, ranks.length)];
        return r == 0 ? Optional.empty() : Optional.of(Rank.of(r, count));
    }

    /**
     * The rank number at this position, or 0 when unranked: no allocation.
     *
     * @param index 0 to {@code size() - 1}
     * @return 1 to {@link #getCount()}, or 0
     */
    public int rankNumberAt(int index) {
        return ranks[Objects.checkIndex(index, ranks.length)];
    }

    /**
     * The cut points of the values ranked into {@code parts} equal parts, from the sort the ranking
     * made: equal to {@link CutPoints#of(List, int)} of the same values, without sorting them again.
     *
     * <pre>{@code
     * Ranking r = Ranking.of(values, Polarity.HIGHER_IS_BETTER);
     * CutPoints q = r.cutPoints(4);   // CutPoints.quartiles(values)
     * }</pre>
     *
     * @param parts 4 (quartiles) or 5 (quintiles)
     * @return {@code parts - 1} cut points
     * @throws IllegalArgumentException if parts is neither 4 nor 5, no value was ranked, or the
     *     polarity is not ranked (use {@link CutPoints#of(List, int)} for those)
     */
    public CutPoints cutPoints(int parts) {
        CutPoints.checkParts(parts);
        if (!isRanked(polarity)) {
            throw new IllegalArgumentException("A " + polarity + " indicator is not ranked, so its ranking holds no"
                    + " values to cut: use CutPoints.of(values, parts)");
        }
        if (count == 0) {
            throw new IllegalArgumentException(
                    "Cut points need at least one value, but all " + ranks.length + " are missing");
        }
        return CutPoints.ofSorted(sorted, count, parts);
    }

    /** The ranks as "r of n" or "-", in input order: {@code [1 of 3, -, 3 of 3, 2 of 3, -]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ranks.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ranks[i] == 0 ? "-" : ranks[i] + " of " + count);
        }
        return sb.append(']').toString();
    }
}
