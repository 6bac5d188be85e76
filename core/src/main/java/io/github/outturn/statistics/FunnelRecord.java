package io.github.outturn.statistics;

import java.util.Objects;

/**
 * One area's figures for a funnel plot. For a proportion: numerator and denominator. For a ratio:
 * observed events (numerator) and expected events (denominator). For a rate: events (numerator) and
 * the rate, with the denominator needed only when there are no events (a crude rate).
 *
 * <pre>{@code
 * FunnelRecord.of("E06000001", 35078, 41980, Double.NaN);     // a proportion
 * FunnelRecord.of("E06000002", 414, Double.NaN, 184.0);       // a rate
 * }</pre>
 *
 * @param area the area's code or name
 * @param numerator the numerator, observed events or events, at least 0
 * @param denominator the denominator or expected events, NaN when not given
 * @param rate the rate (rates only), NaN when not given
 */
public record FunnelRecord(String area, double numerator, double denominator, double rate) {

    /** Checks the figures. */
    public FunnelRecord {
        Objects.requireNonNull(area, "area");
        Figures.nonNegative(numerator, "Numerator of " + area);
        if (!Double.isNaN(denominator)) {
            Figures.nonNegative(denominator, "Denominator of " + area);
        }
        if (!Double.isNaN(rate)) {
            Figures.nonNegative(rate, "Rate of " + area);
        }
    }

    /**
     * A record.
     *
     * @param area the area's code or name, not null
     * @param numerator the numerator, at least 0
     * @param denominator the denominator, NaN when not given
     * @param rate the rate, NaN when not given
     * @return the record
     */
    public static FunnelRecord of(String area, double numerator, double denominator, double rate) {
        return new FunnelRecord(area, numerator, denominator, rate);
    }
}
