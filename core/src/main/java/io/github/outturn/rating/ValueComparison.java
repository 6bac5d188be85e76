package io.github.outturn.rating;

/**
 * Which value is compared with a target.
 *
 * <pre>{@code
 * RatingPolicy.defaults().getValueComparison(); // DISPLAY_PRECISION
 * }</pre>
 */
public enum ValueComparison {
    /**
     * The value rounded half up to the indicator's decimal places, so that the status agrees with
     * the figure a reader sees: 79.96 shown as 80.0 meets a target of 80 (the default).
     */
    DISPLAY_PRECISION,
    /** The value exactly as recorded. */
    RAW
}
