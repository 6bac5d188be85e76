package io.github.outturn.statistics;

import io.github.outturn.model.Polarity;

/**
 * The recent trend marker, and its label by the indicator's polarity as Fingertips words it.
 *
 * <pre>{@code
 * TrendMarker.INCREASING.label(Polarity.LOWER_IS_BETTER);   // "Increasing and getting worse"
 * TrendMarker.DECREASING.label(Polarity.NO_JUDGEMENT);      // "Decreasing"
 * }</pre>
 */
public enum TrendMarker {
    /** A significant increase. */
    INCREASING,
    /** A significant decrease. */
    DECREASING,
    /** No significant change. */
    NO_CHANGE,
    /** The trend cannot be calculated (too few points, an unsuitable value type or year range). */
    CANNOT_BE_CALCULATED;

    /**
     * The label: the direction, with "and getting better" or "and getting worse" when the polarity
     * says which way is better.
     *
     * @param polarity the indicator's polarity, not null
     * @return the label
     */
    public String label(Polarity polarity) {
        switch (this) {
            case NO_CHANGE:
                return "No significant change";
            case CANNOT_BE_CALCULATED:
                return "Cannot be calculated";
            default:
                String direction = this == INCREASING ? "Increasing" : "Decreasing";
                if (polarity == Polarity.HIGHER_IS_BETTER || polarity == Polarity.LOWER_IS_BETTER) {
                    boolean better = (this == INCREASING) == (polarity == Polarity.HIGHER_IS_BETTER);
                    return direction + (better ? " and getting better" : " and getting worse");
                }
                return direction;
        }
    }
}
