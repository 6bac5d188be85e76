package io.github.outturn.model;

/**
 * Which direction of an indicator's value is better.
 *
 * <pre>{@code
 * Polarity.HIGHER_IS_BETTER.isJudged(); // true
 * }</pre>
 */
public enum Polarity {
    /** A larger value is better (a take-up rate). */
    HIGHER_IS_BETTER,
    /** A smaller value is better (emergency admissions). */
    LOWER_IS_BETTER,
    /** Inside a band, or closer to the target, is better (a caseload neither too high nor too low). */
    TARGET_BAND,
    /** Data only, for context: never rated, ranked or judged better or worse. */
    NO_JUDGEMENT;

    /** Whether values of an indicator with this polarity can be judged better or worse. */
    public boolean isJudged() {
        return this != NO_JUDGEMENT;
    }
}
