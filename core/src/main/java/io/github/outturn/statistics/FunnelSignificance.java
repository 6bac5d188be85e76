package io.github.outturn.statistics;

/**
 * Where an area lies against a funnel plot's limits, with PHE's labels.
 *
 * <pre>{@code
 * FunnelSignificance.HIGH_99_8.getLabel(); // "High (0.001)"
 * }</pre>
 */
public enum FunnelSignificance {
    /** Above the 99.8% upper limit. */
    HIGH_99_8("High (0.001)"),
    /** Above the 95% upper limit but not the 99.8% one. */
    HIGH_95("High (0.025)"),
    /** Within the 95% limits. */
    NOT_SIGNIFICANT("Not significant"),
    /** Below the 95% lower limit but not the 99.8% one. */
    LOW_95("Low (0.025)"),
    /** Below the 99.8% lower limit. */
    LOW_99_8("Low (0.001)"),
    /** A directly standardised rate from fewer than 10 events, which has no value to compare. */
    NOT_APPLICABLE("Not applicable for events less than 10 for dsrs");

    private final String label;

    FunnelSignificance(String label) {
        this.label = label;
    }

    /** PHE's label, such as {@code "High (0.001)"} or {@code "Not significant"}. */
    public String label() {
        return label;
    }
}
