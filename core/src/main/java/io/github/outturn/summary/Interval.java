package io.github.outturn.summary;

import org.apache.commons.numbers.fraction.BigFraction;

/**
 * What a printed figure can stand for, exactly: the lowest and highest values it may have been
 * rounded from, and a point value inside (a printed figure's own value, or a sum's or share's value
 * computed from the others' points). Two intervals agree when they overlap, edges included.
 *
 * <pre>{@code
 * Interval twelve = new Interval(BigFraction.of(1195, 100), BigFraction.of(1205, 100), BigFraction.of(12));
 * twelve.plus(Interval.exact(BigFraction.of(3)));          // [14.95, 15.05], point 15
 * twelve.overlaps(Interval.exact(BigFraction.of(12)));     // true
 * }</pre>
 *
 * @param low the lowest value
 * @param high the highest value
 * @param point the value read as the figure's own
 */
record Interval(BigFraction low, BigFraction high, BigFraction point) {

    /** An exact value: no rounding either side. */
    static Interval exact(BigFraction v) {
        return new Interval(v, v, v);
    }

    /** The interval of a sum: the ends and the points added. */
    Interval plus(Interval o) {
        return new Interval(low.add(o.low), high.add(o.high), point.add(o.point));
    }

    /** Whether the two share a value, edges included. */
    boolean overlaps(Interval o) {
        return low.compareTo(o.high) <= 0 && o.low.compareTo(high) <= 0;
    }
}
