package io.github.outturn.benchmark;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cut points that divide a group's values into equal parts: quartiles (3 cut points) or
 * quintiles (4), type 7 (linear interpolation between order statistics, Excel's {@code
 * QUARTILE.INC}, R's default). With the values sorted ascending as {@code x[0..n-1]}, the cut point
 * for probability p is {@code x[j] + g (x[j+1] - x[j])} where {@code h = (n - 1) p}, {@code j =
 * floor(h)} and {@code g = h - j}.
 *
 * <pre>{@code
 * CutPoints q = CutPoints.quartiles(List.of(bd("10"), bd("20"), bd("20"), bd("30"), bd("40")));
 * q.getPoints();   // [20, 20, 30]
 * }</pre>
 *
 * <p>Exact: p is a multiple of 1/4 or 1/5, so every cut point is an exact decimal. Immutable and
 * thread-safe.
 */
public final class CutPoints {

    private final List<BigDecimal> points;
    private final int count;

    private CutPoints(List<BigDecimal> points, int count) {
        this.points = points;
        this.count = count;
    }

    /**
     * Quartile cut points (25th, 50th and 75th percentiles) of the values present.
     *
     * @param values the values, null where missing; at least one present
     * @return three cut points
     * @throws IllegalArgumentException if no value is present
     */
    public static CutPoints quartiles(List<@Nullable BigDecimal> values) {
        return of(values, 4);
    }

    /**
     * Quintile cut points (20th, 40th, 60th and 80th percentiles) of the values present.
     *
     * @param values the values, null where missing; at least one present
     * @return four cut points
     * @throws IllegalArgumentException if no value is present
     */
    public static CutPoints quintiles(List<@Nullable BigDecimal> values) {
        return of(values, 5);
    }

    /**
     * Cut points into {@code parts} equal parts.
     *
     * @param values the values, null where missing; at least one present
     * @param parts 4 (quartiles) or 5 (quintiles)
     * @return {@code parts - 1} cut points
     * @throws IllegalArgumentException if parts is neither 4 nor 5, or no value is present
     */
    public static CutPoints of(List<@Nullable BigDecimal> values, int parts) {
        checkParts(parts);
        BigDecimal[] sorted = new BigDecimal[values.size()];
        int n = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                sorted[n++] = v;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException(
                    "Cut points need at least one value, but all " + values.size() + " are missing");
        }
        Arrays.sort(sorted, 0, n);
        return ofSorted(sorted, n, parts);
    }

    static void checkParts(int parts) {
        if (parts != 4 && parts != 5) {
            throw new IllegalArgumentException("Bands of " + parts + " parts are not offered: expected 4 or 5");
        }
    }

    /** The cut points of {@code sorted[0..n-1]}, ascending and n at least 1. */
    static CutPoints ofSorted(BigDecimal[] sorted, int n, int parts) {
        BigDecimal[] points = new BigDecimal[parts - 1];
        BigDecimal last = BigDecimal.valueOf(n - 1L);
        BigDecimal divisor = BigDecimal.valueOf(parts);
        for (int k = 1; k < parts; k++) {
            // h = (n - 1) k / parts, exact: 1/4 and 1/5 are terminating decimals.
            BigDecimal h = last.multiply(BigDecimal.valueOf(k)).divide(divisor);
            int j = h.intValue();
            BigDecimal g = h.subtract(BigDecimal.valueOf(j));
            BigDecimal low = sorted[j];
            points[k - 1] = g.signum() == 0 ? low : low.add(g.multiply(sorted[j + 1].subtract(low)));
        }
        return new CutPoints(List.of(points), n);
    }

    /** The cut points, ascending. */
    public List<BigDecimal> points() {
        return points;
    }

    /** The number of values they were computed from. */
    public int count() {
        return count;
    }

    /** The number of bands: 4 for quartiles, 5 for quintiles. */
    public int parts() {
        return points.size() + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CutPoints c && count == c.count && points.equals(c.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(points, count);
    }

    /** {@code "quartiles [20, 20, 30] of 5"}. */
    @Override
    public String toString() {
        return (points.size() == 3 ? "quartiles " : "quintiles ") + points + " of " + count;
    }
}
