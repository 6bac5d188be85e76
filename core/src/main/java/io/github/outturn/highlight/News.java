package io.github.outturn.highlight;

/**
 * Whether a highlight is good or bad news, by the indicator's polarity; neutral for indicators
 * without a better direction.
 *
 * <pre>{@code
 * News.of(true, Polarity.HIGHER_IS_BETTER); // GOOD
 * }</pre>
 */
public enum News {
    /** Good news. */
    GOOD,
    /** Bad news. */
    BAD,
    /** Neither: a NO_JUDGEMENT or TARGET_BAND indicator's movement, or a plain count. */
    NEUTRAL;

    /**
     * The news of a higher or lower value under a polarity.
     *
     * @param higher whether the value is the higher one
     * @param polarity the indicator's polarity, not null
     * @return GOOD or BAD for HIGHER_IS_BETTER and LOWER_IS_BETTER, else NEUTRAL
     */
    public static News of(boolean higher, io.github.outturn.model.Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> higher ? GOOD : BAD;
            case LOWER_IS_BETTER -> higher ? BAD : GOOD;
            case TARGET_BAND, NO_JUDGEMENT -> NEUTRAL;
        };
    }
}
