package io.github.outturn.statistics;

import io.github.outturn.model.Polarity;

/**
 * Which way is improvement on an XmR chart ("Making Data Count").
 *
 * <pre>{@code
 * ImprovementDirection.of(Polarity.LOWER_IS_BETTER); // DECREASE
 * }</pre>
 */
public enum ImprovementDirection {
    /** Higher is better. */
    INCREASE,
    /** Lower is better. */
    DECREASE,
    /** No judgement: special causes are "neutral". */
    NEUTRAL;

    /** The direction an indicator's polarity gives: NEUTRAL unless higher or lower is better. */
    public static ImprovementDirection of(Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER
                ? INCREASE
                : polarity == Polarity.LOWER_IS_BETTER ? DECREASE : NEUTRAL;
    }
}
