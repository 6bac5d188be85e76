package io.github.outturn.model;

import io.github.outturn.io.Quote;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The numbers Outturn accepts: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point
 * (a size below 10<sup>18</sup>) and at most {@value #MAX_DECIMAL_PLACES} after it. Every decimal of
 * the model (values, counts, numerators, denominators, limits, targets, tolerances, multipliers,
 * policy bands) is checked against this one rule when it is built, and every reader checks each
 * number it reads, so no rule meets a number it cannot round, divide or print.
 *
 * <p>Why these limits: money in pence for the largest council (a budget of several billion pounds is
 * about 10<sup>12</sup> pence) and any national count fit with room to spare below 10<sup>18</sup>; LAIT
 * writes binary doubles out with up to 17 significant digits ({@code 0.24282999999999999}, and a
 * small rate such as {@code 0.000012345678901234567}), which 30 decimal places hold. Beyond them lie
 * only typing slips and hostile input ({@code 1e999999999} would print as a billion digits). Trailing
 * zeros count, as a value keeps the scale it was published with. docs/input-limits.md says more.
 *
 * <pre>{@code
 * DecimalRange.contains(new BigDecimal("0.24282999999999999"));   // true
 * DecimalRange.contains(new BigDecimal("1e400"));                 // false
 * DecimalRange.problem(new BigDecimal("1e400"));
 * // Optional["out of range: Outturn takes numbers with at most 18 digits before the decimal point ..."]
 * DecimalRange.require("multiplier", new BigDecimal("1e400"));    // throws IllegalArgumentException
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DecimalRange {

    /** The most digits a number may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 18;

    /** The most digits a number may have after the decimal point, trailing zeros included. */
    public static final int MAX_DECIMAL_PLACES = 30;

    /** The rule in words, as messages give it. */
    public static final String RULE = "Outturn takes numbers with at most " + MAX_INTEGER_DIGITS
            + " digits before the decimal point and at most " + MAX_DECIMAL_PLACES + " after it";

    /** What a message says of a number out of range, beside the number. */
    public static final String OUT_OF_RANGE = "out of range: " + RULE;

    /**
     * The most digits a figure in a result document may have before the decimal point, and after
     * it. Results hold figures Outturn computed from numbers in range, which may be wider than any
     * input: a mean to 34 significant digits ({@code 0.6666666666666666666666666666666667}), a
     * relative change against a tiny value. Reading them back refuses only what no computation from
     * numbers in range gives.
     */
    public static final int MAX_RESULT_DIGITS = 100;

    /** What a message says of a result's figure out of range, beside the number. */
    public static final String OUT_OF_RESULT_RANGE = "out of range: a figure in a result has at most "
            + MAX_RESULT_DIGITS + " digits before the decimal point and " + MAX_RESULT_DIGITS + " after it";

    private DecimalRange() {}

    /** Whether Outturn accepts the number. */
    public static boolean contains(BigDecimal value) {
        long scale = value.scale();
        return scale <= MAX_DECIMAL_PLACES && value.precision() - scale <= MAX_INTEGER_DIGITS;
    }

    /** Whether a figure read back from a result document is within {@link #MAX_RESULT_DIGITS}. */
    public static boolean containsResult(BigDecimal value) {
        long scale = value.scale();
        return scale <= MAX_RESULT_DIGITS && value.precision() - scale <= MAX_RESULT_DIGITS;
    }

    /**
     * What is wrong with the number, for a message that quotes the value beside it, or empty when
     * Outturn accepts it.
     */
    public static Optional<String> problem(BigDecimal value) {
        return contains(value) ? Optional.empty() : Optional.of(OUT_OF_RANGE);
    }

    /**
     * The number, or {@code null} for {@code null}, when Outturn accepts it.
     *
     * @param name what the number is, such as {@code "multiplier"}, for the message
     * @param value the number or {@code null}
     * @return {@code value}
     * @throws IllegalArgumentException when the number is out of range, naming it and quoting it
     */
    public static @Nullable BigDecimal require(String name, @Nullable BigDecimal value) {
        if (value != null && !contains(value)) {
            throw new IllegalArgumentException(name + " " + Quote.of(value.toString()) + " is " + OUT_OF_RANGE);
        }
        return value;
    }
}
