package io.github.outturn.testkit;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.summary.RagDistribution;
import org.assertj.core.api.Assertions;

/**
 * Entry point for AssertJ assertions on Outturn's results, beside AssertJ's own: import {@code
 * assertThat} statically from here and AssertJ's are still at hand.
 *
 * <pre>{@code
 * import static io.github.outturn.testkit.OutturnAssertions.assertThat;
 *
 * assertThat(assessment).isRed().hasReasonContaining("beyond the tolerance");
 * assertThat(distribution).hasCount(Status.GREEN, "13/3").hasPercentage(Status.GREEN, "72");
 * assertThat(rank).isRank("3 of 152");
 * assertThat(interval).hasLimitsWithin(0.72221, 0.87485, 0.000005);
 * }</pre>
 */
public class OutturnAssertions extends Assertions {

    /** For static use; subclassed only to combine with other entry points. */
    protected OutturnAssertions() {}

    /**
     * Assertions on an assessment.
     *
     * @param actual the assessment
     * @return its assertions
     */
    public static IndicatorAssessmentAssert assertThat(IndicatorAssessment actual) {
        return new IndicatorAssessmentAssert(actual);
    }

    /**
     * Assertions on a distribution.
     *
     * @param actual the distribution
     * @return its assertions
     */
    public static RagDistributionAssert assertThat(RagDistribution actual) {
        return new RagDistributionAssert(actual);
    }

    /**
     * Assertions on a rank.
     *
     * @param actual the rank
     * @return its assertions
     */
    public static RankAssert assertThat(Rank actual) {
        return new RankAssert(actual);
    }

    /**
     * Assertions on a confidence interval.
     *
     * @param actual the interval
     * @return its assertions
     */
    public static ConfidenceIntervalAssert assertThat(ConfidenceInterval actual) {
        return new ConfidenceIntervalAssert(actual);
    }
}
