package io.github.outturn.testkit;

import io.github.outturn.benchmark.ConfidenceInterval;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on a {@link ConfidenceInterval}, whose limits are computed in {@code double}
 * and so are compared within a tolerance.
 *
 * <pre>{@code
 * assertThat(ConfidenceIntervals.proportion(81, 100, ConfidenceLevel.NINETY_FIVE))
 *         .hasLimitsWithin(0.72221, 0.87485, 0.000005)
 *         .contains(0.81);
 * }</pre>
 */
public final class ConfidenceIntervalAssert extends AbstractObjectAssert<ConfidenceIntervalAssert, ConfidenceInterval> {

    ConfidenceIntervalAssert(ConfidenceInterval actual) {
        super(actual, ConfidenceIntervalAssert.class);
    }

    /**
     * Checks both limits, each within a tolerance.
     *
     * @param lower the lower limit expected
     * @param upper the upper limit expected
     * @param tolerance the largest difference allowed, zero or more
     * @return this
     */
    public ConfidenceIntervalAssert hasLimitsWithin(double lower, double upper, double tolerance) {
        isNotNull();
        if (!(Math.abs(actual.lower() - lower) <= tolerance && Math.abs(actual.upper() - upper) <= tolerance)) {
            failWithMessage(
                    "Expected limits %s to %s within %s but the interval is %s to %s",
                    lower, upper, tolerance, actual.lower(), actual.upper());
        }
        return this;
    }

    /**
     * Checks that a value lies within the interval, limits included.
     *
     * @param value the value
     * @return this
     */
    public ConfidenceIntervalAssert contains(double value) {
        isNotNull();
        if (!actual.contains(value)) {
            failWithMessage("Expected %s to contain %s", actual, value);
        }
        return this;
    }
}
