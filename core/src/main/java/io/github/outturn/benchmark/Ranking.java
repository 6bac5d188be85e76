package io.github.outturn.benchmark;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p>Computed with one stable sort of the values present, as whole numbers at the group's largest
 * scale when they fit a long (else as decimals, with a binary search per value): O(n log n).
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
    public static Ranking of(List<@Nullable BigDecimal> values, Polarity polarity) {
        Objects.requireNonNull(polarity, "polarity");
        int size = values.size();
        int[] ranks = new int[size];
        if (!isRanked(polarity)) {
            return new Ranking(ranks, 0, NONE, polarity);
        }
        BigDecimal[] present = new BigDecimal[size];
        int[] at = new int[size];
        int count = 0;
        int i = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                present[count] = v;
                at[count++] = i;
            }
            i++;
        }
        long[] keys = commonScaleKeys(present, count);
        if (keys == null) {
            // Digits beyond a long at the group's largest scale: BigDecimal's own order.
            Arrays.sort(present, 0, count);
            i = 0;
            for (BigDecimal v : values) {
                if (v != null) {
                    ranks[i] = rankIn(present, count, v, polarity);
                }
                i++;
            }
            return new Ranking(ranks, count, present, polarity);
        }
        int[] order = new int[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        sortByKey(order, count, keys);
        BigDecimal[] sorted = new BigDecimal[count];
        for (int start = 0; start < count; ) {
            int end = start + 1;
            while (end < count && keys[order[end]] == keys[order[start]]) {
                end++;
            }
            int rank = polarity == Polarity.LOWER_IS_BETTER ? start + 1 : count - end + 1;
            for (int k = start; k < end; k++) {
                sorted[k] = present[order[k]];
                ranks[at[order[k]]] = rank;
            }
            start = end;
        }
        return new Ranking(ranks, count, sorted, polarity);
    }

    /**
     * Each value as a whole number at the group's largest scale ({@code 53.25} and {@code 53} at
     * scale 2: 5325 and 5300), whose order is the values' order, so that ranking compares longs
     * rather than decimals of different scales; {@code null} when one would need more than 18
     * digits.
     */
    private static long[] commonScaleKeys(BigDecimal[] present, int count) {
        int scale = Integer.MIN_VALUE;
        for (int k = 0; k < count; k++) {
            scale = Math.max(scale, present[k].scale());
        }
        long[] keys = new long[count];
        for (int k = 0; k < count; k++) {
            BigDecimal v = present[k];
            // The digits before the point and the common scale's after it: at most 18 fit a long.
            if ((long) v.precision() - v.scale() + scale > 18) {
                return null;
            }
            keys[k] = v.movePointRight(scale).longValueExact();
        }
        return keys;
    }

    /**
     * Sorts {@code order[0..n)} by {@code keys[order[i]]}, equal keys keeping their given order (a
     * stable merge sort, as {@code Arrays.sort} of the decimals is stable, so that the sorted
     * values and their cut points are the same either way).
     */
    private static void sortByKey(int[] order, int n, long[] keys) {
        final int run = 16;
        for (int lo = 0; lo < n; lo += run) {
            int hi = Math.min(lo + run, n);
            for (int i = lo + 1; i < hi; i++) {
                int x = order[i];
                long key = keys[x];
                int j = i - 1;
                while (j >= lo && keys[order[j]] > key) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = x;
            }
        }
        int[] src = order;
        int[] dst = new int[n];
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                int k = lo;
                while (a < mid && b < hi) {
                    dst[k++] = keys[src[b]] < keys[src[a]] ? src[b++] : src[a++];
                }
                while (a < mid) {
                    dst[k++] = src[a++];
                }
                while (b < hi) {
                    dst[k++] = src[b++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != order) {
            System.arraycopy(src, 0, order, 0, n);
        }
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
    public static Optional<Rank> rankOf(
            @Nullable BigDecimal value, Collection<@Nullable BigDecimal> group, Polarity polarity) {
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
    public int count() {
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
     * @return 1 to {@link #count()}, or 0
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
