package io.github.outturn.statistics;

/**
 * What kind of value a slope index of inequality is fitted to, as PHE's {@code phe_sii} names them
 * ({@code value_type} 0, 1 and 2): it decides which transform may be asked for.
 *
 * <pre>{@code
 * SiiValueType.RATE;   // may be fitted on the log scale
 * }</pre>
 */
public enum SiiValueType {
    /** Any value, fitted as it is (PHE's type 0); no transform. */
    NORMAL,
    /** A rate above 0, fitted as it is or on the log scale (type 1). */
    RATE,
    /** A proportion from 0 to 1, fitted as it is or on the logit scale (type 2). */
    PROPORTION
}
