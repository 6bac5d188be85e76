package io.github.outturn.model;

/**
 * How an indicator's values accumulate over a year.
 *
 * <pre>{@code
 * MeasureType.CUMULATIVE; // year-to-date values, compared with year-to-date targets
 * }</pre>
 */
public enum MeasureType {
    /** A value at a point in time or for a period. */
    SNAPSHOT,
    /** A year-to-date value that grows through the year. */
    CUMULATIVE,
    /** An average over the period. */
    AVERAGE
}
