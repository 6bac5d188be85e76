package io.github.outturn.benchmark;

/**
 * What a comparison with a comparator judges by.
 *
 * <pre>{@code
 * BenchmarkPolicy.defaults().withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);
 * }</pre>
 */
public enum JudgementBasis {
    /** The values themselves (LAIT): SIMILAR only when equal, or within the policy's similarity band. */
    VALUE,
    /** Fingertips: SIMILAR when the comparator lies inside the area's confidence interval, edges included. */
    CONFIDENCE_INTERVAL
}
