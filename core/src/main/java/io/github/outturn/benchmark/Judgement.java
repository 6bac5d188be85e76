package io.github.outturn.benchmark;

/**
 * The outcome of comparing an area's value with a comparator.
 *
 * <pre>{@code
 * Judgement.BETTER.isJudged(); // true
 * Judgement.HIGHER.isJudged(); // false: a NO_JUDGEMENT indicator
 * }</pre>
 */
public enum Judgement {
    /** Better than the comparator, after polarity. */
    BETTER,
    /** Not distinguishable from the comparator. */
    SIMILAR,
    /** Worse than the comparator, after polarity. */
    WORSE,
    /** Higher, for an indicator without a better direction. */
    HIGHER,
    /** Lower, for an indicator without a better direction. */
    LOWER,
    /** A value is missing: not compared. */
    NOT_COMPARED;

    /** Whether this judgement says better or worse (or similar), rather than only higher or lower. */
    public boolean isJudged() {
        return this == BETTER || this == WORSE || this == SIMILAR;
    }
}
