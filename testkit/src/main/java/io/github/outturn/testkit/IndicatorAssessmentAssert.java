package io.github.outturn.testkit;

import io.github.outturn.model.Status;
import io.github.outturn.rating.IndicatorAssessment;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on an {@link IndicatorAssessment}; failures quote the assessment's reason.
 *
 * <pre>{@code
 * assertThat(IndicatorRating.assess(dataset, "dtap-12m", "892", FinancialYear.of(2014), policy))
 *         .isRed()
 *         .hasReasonContaining("beyond the tolerance")
 *         .hasPolicyReference("outturn-default@2");
 * }</pre>
 */
public final class IndicatorAssessmentAssert
        extends AbstractObjectAssert<IndicatorAssessmentAssert, IndicatorAssessment> {

    IndicatorAssessmentAssert(IndicatorAssessment actual) {
        super(actual, IndicatorAssessmentAssert.class);
    }

    /**
     * Checks the status.
     *
     * @param expected the status expected
     * @return this
     */
    public IndicatorAssessmentAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage(
                    "Expected the assessment of %s for %s in %s to be %s but it was %s: \"%s\"",
                    actual.indicatorId(),
                    actual.areaCode(),
                    actual.period(),
                    expected,
                    actual.status(),
                    actual.reason());
        }
        return this;
    }

    /** @return this, if the status is BLUE */
    public IndicatorAssessmentAssert isBlue() {
        return hasStatus(Status.BLUE);
    }

    /** @return this, if the status is GREEN */
    public IndicatorAssessmentAssert isGreen() {
        return hasStatus(Status.GREEN);
    }

    /** @return this, if the status is AMBER */
    public IndicatorAssessmentAssert isAmber() {
        return hasStatus(Status.AMBER);
    }

    /** @return this, if the status is RED */
    public IndicatorAssessmentAssert isRed() {
        return hasStatus(Status.RED);
    }

    /** @return this, if the status is NOT_RATED */
    public IndicatorAssessmentAssert isNotRated() {
        return hasStatus(Status.NOT_RATED);
    }

    /** @return this, if the status is NO_DATA */
    public IndicatorAssessmentAssert hasNoData() {
        return hasStatus(Status.NO_DATA);
    }

    /**
     * Checks that the reason sentence contains some text.
     *
     * @param text the text
     * @return this
     */
    public IndicatorAssessmentAssert hasReasonContaining(String text) {
        isNotNull();
        if (!actual.reason().contains(text)) {
            failWithMessage("Expected the reason to contain \"%s\" but it was \"%s\"", text, actual.reason());
        }
        return this;
    }

    /**
     * Checks the policy reference the assessment carries.
     *
     * @param expected the policy's {@code id@version}
     * @return this
     */
    public IndicatorAssessmentAssert hasPolicyReference(String expected) {
        isNotNull();
        if (!actual.policyReference().equals(expected)) {
            failWithMessage("Expected the policy reference %s but it was %s", expected, actual.policyReference());
        }
        return this;
    }
}
