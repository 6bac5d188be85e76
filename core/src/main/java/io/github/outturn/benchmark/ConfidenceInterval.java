package io.github.outturn.benchmark;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Codes;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A confidence interval: lower and upper limit, the level, and how it was obtained.
 *
 * <pre>{@code
 * ConfidenceInterval ci = ConfidenceInterval.of(41.05, 47.19, ConfidenceLevel.NINETY_FIVE, IntervalMethod.WILSON);
 * ci.contains(44.1);                         // true
 * ci.toString();                             // "95% [41.05, 47.19] wilson"
 * ConfidenceInterval.parse(ci.toString());   // equal to ci
 * }</pre>
 *
 * <p>Limits are doubles: they come from distribution quantiles, and are compared as such. {@code
 * equals} compares the limits exactly. Immutable and thread-safe.
 */
public final class ConfidenceInterval {

    private final double lower;
    private final double upper;
    private final ConfidenceLevel level;
    private final IntervalMethod method;

    private ConfidenceInterval(double lower, double upper, ConfidenceLevel level, IntervalMethod method) {
        this.lower = lower;
        this.upper = upper;
        this.level = level;
        this.method = method;
    }

    /**
     * An interval.
     *
     * @param lower the lower limit, finite
     * @param upper the upper limit, finite and not below the lower
     * @param level the level, not null
     * @param method how the limits were obtained, not null
     * @return the interval
     * @throws IllegalArgumentException if a limit is not finite or the limits are reversed
     */
    public static ConfidenceInterval of(double lower, double upper, ConfidenceLevel level, IntervalMethod method) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(method, "method");
        if (!Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException(
                    "Confidence limits must be finite numbers, not " + lower + " and " + upper);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("Lower confidence limit " + lower + " is above the upper limit " + upper
                    + ": expected lower <= upper");
        }
        return new ConfidenceInterval(lower, upper, level, method);
    }

    /**
     * Limits as published, method GIVEN.
     *
     * @param lower the published lower limit, not null
     * @param upper the published upper limit, not null
     * @param level the level they were published at, not null
     * @return the interval
     */
    public static ConfidenceInterval given(BigDecimal lower, BigDecimal upper, ConfidenceLevel level) {
        return of(lower.doubleValue(), upper.doubleValue(), level, IntervalMethod.GIVEN);
    }

    /**
     * Parses the form {@link #toString()} writes: {@code "95% [41.05, 47.19] wilson"}.
     *
     * @param text the text, not null
     * @return the interval
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static ConfidenceInterval parse(String text) {
        String t = text.trim();
        int open = t.indexOf('[');
        int comma = t.indexOf(',', open + 1);
        int close = t.indexOf(']', comma + 1);
        if (open < 0 || comma < 0 || close < 0) {
            throw new IllegalArgumentException("Confidence interval \"" + text
                    + "\" is not in the form \"95% [lower, upper] method\", such as \"95% [41.05, 47.19] wilson\"");
        }
        try {
            ConfidenceLevel level = ConfidenceLevel.parse(t.substring(0, open).trim());
            double lower = Double.parseDouble(t.substring(open + 1, comma).trim());
            double upper = Double.parseDouble(t.substring(comma + 1, close).trim());
            String code = t.substring(close + 1).trim();
            IntervalMethod method = Codes.parse(IntervalMethod.class, code)
                    .orElseThrow(() -> new IllegalArgumentException("Interval method " + Quote.of(code)
                            + " is not one of " + Codes.allOf(IntervalMethod.class)));
            return of(lower, upper, level, method);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Confidence interval " + Quote.of(text) + " has a limit that is not a number", e);
        }
    }

    /** The lower limit. */
    public double lower() {
        return lower;
    }

    /** The upper limit. */
    public double upper() {
        return upper;
    }

    /** The level. */
    public ConfidenceLevel level() {
        return level;
    }

    /** How the limits were obtained. */
    public IntervalMethod method() {
        return method;
    }

    /** The distance between the limits. */
    public double width() {
        return upper - lower;
    }

    /** Whether the value lies inside the interval, edges included (Fingertips' rule). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Whether this interval contains the other entirely, edges included. */
    public boolean encloses(ConfidenceInterval other) {
        return lower <= other.lower && other.upper <= upper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfidenceInterval c
                && Double.compare(lower, c.lower) == 0
                && Double.compare(upper, c.upper) == 0
                && level.equals(c.level)
                && method == c.method;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, level, method);
    }

    /** {@code "95% [41.05, 47.19] wilson"}: parses back with {@link #parse(String)}. */
    @Override
    public String toString() {
        return level + " [" + lower + ", " + upper + "] " + Codes.of(method);
    }
}
