package io.github.outturn.finance;

/**
 * How a finance policy's two limits, a percentage of the budget and an amount, combine.
 *
 * <pre>{@code
 * FinancePolicy.defaults().withBreach(Breach.BOTH_LIMITS);
 * }</pre>
 */
public enum Breach {
    /** A band is left when the variance goes beyond either limit, whichever comes first. */
    EITHER_LIMIT,
    /** A band is left only when the variance goes beyond both limits. */
    BOTH_LIMITS
}
