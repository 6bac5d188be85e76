package io.github.outturn.summary;

/**
 * How an action linked to several priorities is counted in each.
 *
 * <pre>{@code
 * CountingMethod.FRACTIONAL; // an action in k priorities adds 1/k to each
 * }</pre>
 */
public enum CountingMethod {
    /** 1/k in each of k linked priorities, or the explicit weights (the default). */
    FRACTIONAL,
    /** Once, in full, in every linked priority: priorities then add up to more than the plan. */
    FULL,
    /** In the first linked priority only. */
    PRIMARY
}
