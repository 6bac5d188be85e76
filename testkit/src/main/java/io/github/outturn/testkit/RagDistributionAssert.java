package io.github.outturn.testkit;

import io.github.outturn.model.Status;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on a {@link RagDistribution}: exact weighted counts, and percentages as shown.
 *
 * <pre>{@code
 * assertThat(distribution)
 *         .hasCount(Status.GREEN, "13/3")
 *         .hasTotal("6")
 *         .hasPercentage(Status.GREEN, "72");
 * }</pre>
 */
public final class RagDistributionAssert extends AbstractObjectAssert<RagDistributionAssert, RagDistribution> {

    RagDistributionAssert(RagDistribution actual) {
        super(actual, RagDistributionAssert.class);
    }

    /**
     * Checks a weighted count exactly.
     *
     * @param status the status
     * @param expected the count, a whole number or a fraction such as {@code "13/3"}
     * @return this
     */
    public RagDistributionAssert hasCount(Status status, String expected) {
        isNotNull();
        BigFraction want = OutturnConformance.fraction(expected);
        if (!actual.count(status).equals(want)) {
            failWithMessage("Expected %s actions at %s but counted %s", expected, status, actual.count(status));
        }
        return this;
    }

    /**
     * Checks the denominator's total exactly.
     *
     * @param expected the total, a whole number or a fraction such as {@code "13/3"}
     * @return this
     */
    public RagDistributionAssert hasTotal(String expected) {
        isNotNull();
        BigFraction want = OutturnConformance.fraction(expected);
        if (!actual.total().equals(want)) {
            failWithMessage("Expected a total of %s but it was %s", expected, actual.total());
        }
        return this;
    }

    /**
     * Checks a percentage as shown, scale included ({@code "33.3"} is not {@code "33.30"}).
     *
     * @param status the status
     * @param expected the percentage, or null when none is shown
     * @return this
     */
    public RagDistributionAssert hasPercentage(Status status, @Nullable String expected) {
        isNotNull();
        Optional<BigDecimal> shown = actual.displayedPercentage(status);
        String got = shown.map(BigDecimal::toPlainString).orElse(null);
        if (expected == null ? got != null : !expected.equals(got)) {
            failWithMessage("Expected %s%% at %s but %s is shown (%s)", expected, status, got, actual);
        }
        return this;
    }
}
