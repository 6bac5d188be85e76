package io.github.outturn.statistics;

/**
 * The published methods this package implements, each with a versioned reference that every result
 * carries, so that a figure says how it was produced.
 *
 * <pre>{@code
 * StatisticalMethod.DIRECTLY_STANDARDISED_RATE.reference(); // "phe-dsr-dobson@1"
 * }</pre>
 */
public enum StatisticalMethod {
    /** Directly standardised rate with Dobson limits (PHE, PHEindicatormethods {@code calculate_dsr}). */
    DIRECTLY_STANDARDISED_RATE("phe-dsr-dobson@1", "directly standardised rate, Dobson limits"),
    /** Indirectly standardised ratio (PHE, {@code calculate_ISRatio}). */
    INDIRECTLY_STANDARDISED_RATIO("phe-isratio@1", "indirectly standardised ratio"),
    /** Indirectly standardised rate (PHE, {@code calculate_ISRate}). */
    INDIRECTLY_STANDARDISED_RATE("phe-israte@1", "indirectly standardised rate"),
    /** Funnel plot control limits and significance (PHE, {@code calculate_funnel_limits}). */
    FUNNEL_PLOT("phe-funnel@1", "funnel plot"),
    /** Fingertips' recent trend over the latest five points. */
    RECENT_TREND("fingertips-recent-trend@1", "recent trend"),
    /** NHS England "Making Data Count" XmR chart. */
    XMR_CHART("mdc-xmr@1", "XmR chart (Making Data Count)"),
    /** Life expectancy by Chiang's method II with Silcocks' limits (PHE, {@code phe_life_expectancy}). */
    LIFE_EXPECTANCY("phe-life-expectancy@1", "life expectancy, Chiang II"),
    /** Quantiles for grouping areas (PHE, {@code phe_quantile}). */
    QUANTILES("phe-quantile@1", "quantiles"),
    /** Slope and relative index of inequality, deterministic part (PHE, {@code phe_sii}). */
    SLOPE_INDEX_OF_INEQUALITY("phe-sii@1", "slope index of inequality");

    private final String reference;
    private final String description;

    StatisticalMethod(String reference, String description) {
        this.reference = reference;
        this.description = description;
    }

    /** The method's id and version, such as {@code "phe-dsr-dobson@1"}. */
    public String reference() {
        return reference;
    }

    /** A short description for reasons, such as {@code "directly standardised rate, Dobson limits"}. */
    public String description() {
        return description;
    }
}
