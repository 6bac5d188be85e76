package io.github.outturn.statistics;

/**
 * One year of an indicator for the recent trend: count, denominator, value and its 95% limits ({@code
 * NaN} where missing).
 *
 * <pre>{@code
 * TrendPoint.of(2018, 1367, 44701, 30.6, 28.98, 32.25);
 * }</pre>
 *
 * @param year the year the point is for
 * @param count the count (numerator), NaN when missing
 * @param denominator the denominator, NaN when missing
 * @param value the value, NaN when missing
 * @param lower95 the lower 95% limit, NaN when missing
 * @param upper95 the upper 95% limit, NaN when missing
 */
public record TrendPoint(int year, double count, double denominator, double value, double lower95, double upper95) {

    /**
     * A point.
     *
     * @param year the year
     * @param count the count, NaN when missing
     * @param denominator the denominator, NaN when missing
     * @param value the value, NaN when missing
     * @param lower95 the lower 95% limit, NaN when missing
     * @param upper95 the upper 95% limit, NaN when missing
     * @return the point
     */
    public static TrendPoint of(
            int year, double count, double denominator, double value, double lower95, double upper95) {
        return new TrendPoint(year, count, denominator, value, lower95, upper95);
    }

    /** Whether the point has a value, a count and a denominator (Fingertips' valid point). */
    public boolean isValid() {
        return !Double.isNaN(value) && !Double.isNaN(count) && !Double.isNaN(denominator);
    }
}
