package io.github.outturn.rating;

/**
 * Where the tolerance used in an indicator assessment came from.
 *
 * <pre>{@code
 * assessment.getToleranceSource(); // Optional[TARGET] when the target states its own tolerance
 * }</pre>
 */
public enum ToleranceSource {
    /** The target's own tolerance. */
    TARGET,
    /** The policy's default tolerance for the indicator's statistic type. */
    POLICY_STATISTIC_TYPE_DEFAULT,
    /** The policy's general default tolerance. */
    POLICY_DEFAULT
}
