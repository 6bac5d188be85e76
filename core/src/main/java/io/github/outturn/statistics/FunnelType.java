package io.github.outturn.statistics;

/**
 * What a funnel plot shows, and so how its limits are computed (PHE's {@code statistic}, {@code
 * ratio_type} and {@code rate_type}).
 *
 * <pre>{@code
 * FunnelPlot.of(FunnelType.PROPORTION, records, 100, 1);
 * }</pre>
 */
public enum FunnelType {
    /** A proportion x / n: Wilson-based limits around the average proportion. */
    PROPORTION,
    /** A ratio of observed to expected events shown as O / E - 1 (centred on 0). */
    RATIO_COUNT,
    /** An indirectly standardised ratio shown as O / E x 100. */
    RATIO_ISR,
    /** A directly standardised rate: denominators derived from the events and the rate. */
    RATE_DSR,
    /** A crude rate: denominators derived from the events and the rate, or given for no events. */
    RATE_CRUDE;

    /** Whether this is a ratio. */
    public boolean isRatio() {
        return this == RATIO_COUNT || this == RATIO_ISR;
    }

    /** Whether this is a rate. */
    public boolean isRate() {
        return this == RATE_DSR || this == RATE_CRUDE;
    }
}
