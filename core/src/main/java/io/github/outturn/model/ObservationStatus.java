package io.github.outturn.model;

/**
 * The standing of an observed value.
 *
 * <pre>{@code
 * ObservationStatus.SUPPRESSED.hasValue(); // false
 * }</pre>
 */
public enum ObservationStatus {
    /** A final, published value. */
    ACTUAL,
    /** A value that may still change. */
    PROVISIONAL,
    /** An estimate. */
    ESTIMATED,
    /** A value that replaced an earlier published one. */
    REVISED,
    /** A forecast, such as a projected year-end outturn. */
    FORECAST,
    /** Withheld, usually because small numbers could identify people. */
    SUPPRESSED,
    /** Not available. */
    MISSING;

    /** Whether an observation with this status carries a value; suppressed and missing ones do not. */
    public boolean hasValue() {
        return this != SUPPRESSED && this != MISSING;
    }
}
