package io.github.outturn.finance;

/**
 * The risk a council rates a saving at: how likely it is not to be delivered.
 *
 * <pre>{@code
 * Saving.builder()...risk(RiskRating.HIGH)...build();
 * }</pre>
 */
public enum RiskRating {
    /** Low risk. */
    LOW,
    /** Medium risk. */
    MEDIUM,
    /** High risk. */
    HIGH
}
