package io.github.outturn.testkit;

import io.github.outturn.benchmark.Rank;
import org.assertj.core.api.AbstractComparableAssert;

/**
 * AssertJ assertions on a {@link Rank}.
 *
 * <pre>{@code
 * assertThat(Rank.of(3, 152)).isRank("3 of 152").isInTop(5);
 * }</pre>
 */
public final class RankAssert extends AbstractComparableAssert<RankAssert, Rank> {

    RankAssert(Rank actual) {
        super(actual, RankAssert.class);
    }

    /**
     * Checks the rank and the group's size.
     *
     * @param expected as the rank prints, {@code "3 of 152"}
     * @return this
     */
    public RankAssert isRank(String expected) {
        isNotNull();
        if (!actual.equals(Rank.parse(expected))) {
            failWithMessage("Expected rank %s but it was %s", expected, actual);
        }
        return this;
    }

    /**
     * Checks that the rank is among the best {@code k}.
     *
     * @param k how many count as the top
     * @return this
     */
    public RankAssert isInTop(int k) {
        isNotNull();
        if (!actual.isInTop(k)) {
            failWithMessage("Expected a rank in the top %s but it was %s", k, actual);
        }
        return this;
    }
}
