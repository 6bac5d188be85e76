package io.github.outturn.finance;

/**
 * How a finance policy's two limits, a percentage of the budget and an amount, combine.
 *
 * <pre>{@code
 * FinancePolicy.builder().from(FinancePolicy.defaults()).breach(Breach.BOTH_LIMITS).build();
 * }</pre>
 */
public enum Breach {
    /** A band is left when the variance goes beyond either limit, whichever comes first. */
    EITHER_LIMIT,
    /** A band is left only when the variance goes beyond both limits. */
    BOTH_LIMITS
}
