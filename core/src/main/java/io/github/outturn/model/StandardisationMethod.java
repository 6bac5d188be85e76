package io.github.outturn.model;

/**
 * How an indicator's values are standardised for age (docs/statistics.md).
 *
 * <pre>{@code
 * Indicator.builder().id("u75-cvd").standardisationMethod(StandardisationMethod.DIRECT) ...
 * }</pre>
 */
public enum StandardisationMethod {
    /** Not standardised: a crude value. */
    NONE,
    /** Directly standardised against a standard population: a DSR with Dobson limits. */
    DIRECT,
    /** Indirectly standardised: observed events against those expected from reference rates. */
    INDIRECT
}
