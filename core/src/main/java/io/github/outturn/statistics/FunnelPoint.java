package io.github.outturn.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One area as a funnel plot draws it, and its significance against the limits.
 *
 * <pre>{@code
 * FunnelPoint p = plot.points().get(0);
 * p.significance().getLabel();   // "High (0.001)"
 * }</pre>
 *
 * @param record the area's figures
 * @param value the value charted (proportion x multiplier, the ratio as charted, or the rate); empty
 *     for a directly standardised rate from fewer than 10 events
 * @param denominator for a rate, the one-year denominator derived from the events and the rate (the
 *     given denominator for a crude rate with no events); for a proportion or ratio, its denominator
 * @param significance where the area lies against the limits
 * @param reason a sentence quoting the figures
 */
public record FunnelPoint(
        FunnelRecord record,
        OptionalDouble value,
        OptionalDouble denominator,
        FunnelSignificance significance,
        String reason) {

    /** Checks that nothing is null. */
    public FunnelPoint {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(significance, "significance");
        Objects.requireNonNull(reason, "reason");
    }
}
