package io.github.outturn.model;

import io.github.outturn.io.Quote;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The Amber band beyond a target: relative (per cent of the target), absolute (units, or percentage
 * points for a percentage), or an explicit Amber threshold value.
 *
 * <pre>{@code
 * Tolerance.parse("5%");            // relative: 5% of the target
 * Tolerance.parse("2");             // absolute: 2 units (points, for a percentage)
 * Tolerance.parse("threshold 40");  // Amber down to (or up to) the value 40
 * Tolerance.relative(new BigDecimal("5")).toString(); // "5%"
 * }</pre>
 *
 * <p>{@code equals} compares the amount with its scale ("5%" and "5.0%" differ, as they print
 * differently); {@code compareTo} orders by kind, then numerically, then by scale, consistently with {@code equals}. Immutable and thread-safe.
 */
public final class Tolerance implements Comparable<Tolerance> {

    /** The three ways councils state an Amber band. */
    public enum Kind {
        /** A percentage of the target: 5 means 5%. */
        RELATIVE,
        /** A number of units, or of percentage points for a percentage. */
        ABSOLUTE,
        /** An explicit value: the edge of the Amber band itself. */
        THRESHOLD
    }

    private static final String THRESHOLD_PREFIX = "threshold ";

    private final Kind kind;
    private final BigDecimal amount;

    private Tolerance(Kind kind, BigDecimal amount) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.amount = DecimalRange.require("tolerance", Objects.requireNonNull(amount, "amount"));
        if (kind != Kind.THRESHOLD && amount.signum() < 0) {
            throw new IllegalArgumentException("A " + kind.name().toLowerCase(Locale.ROOT)
                    + " tolerance cannot be negative: " + amount.toPlainString());
        }
    }

    /**
     * A tolerance of a kind and an amount.
     *
     * @param kind the kind, not null
     * @param amount per cent for RELATIVE, units for ABSOLUTE (both not negative), the Amber edge for
     *     THRESHOLD
     * @return the tolerance
     */
    public static Tolerance of(Kind kind, BigDecimal amount) {
        return new Tolerance(kind, amount);
    }

    /** A relative tolerance of {@code percent} per cent of the target. */
    public static Tolerance relative(BigDecimal percent) {
        return new Tolerance(Kind.RELATIVE, percent);
    }

    /** An absolute tolerance of {@code units} (percentage points for a percentage). */
    public static Tolerance absolute(BigDecimal units) {
        return new Tolerance(Kind.ABSOLUTE, units);
    }

    /** An explicit Amber threshold: values between the target and {@code value} are Amber. */
    public static Tolerance threshold(BigDecimal value) {
        return new Tolerance(Kind.THRESHOLD, value);
    }

    /**
     * Parses {@code "5%"} (relative), {@code "2"} (absolute) or {@code "threshold 40"}.
     *
     * @param text the text, not null
     * @return the tolerance
     * @throws IllegalArgumentException quoting the text if it is none of those forms
     */
    public static Tolerance parse(CharSequence text) {
        String s = text.toString().strip();
        try {
            if (s.endsWith("%")) {
                return relative(new BigDecimal(s.substring(0, s.length() - 1).strip()));
            }
            if (s.regionMatches(true, 0, THRESHOLD_PREFIX, 0, THRESHOLD_PREFIX.length())) {
                return threshold(
                        new BigDecimal(s.substring(THRESHOLD_PREFIX.length()).strip()));
            }
            return absolute(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    Quote.of(text.toString()) + " is not a tolerance: expected a percentage such as \"5%\", a number of"
                            + " units such as \"2\", or \"threshold 40\"",
                    e);
        }
    }

    /** The kind of tolerance. */
    public Kind kind() {
        return kind;
    }

    /** The amount: per cent, units, or the threshold value, exactly as given. */
    public BigDecimal amount() {
        return amount;
    }

    @Override
    public int compareTo(Tolerance other) {
        int byKind = kind.compareTo(other.kind);
        if (byKind != 0) {
            return byKind;
        }
        int byValue = amount.compareTo(other.amount);
        return byValue != 0 ? byValue : Integer.compare(amount.scale(), other.amount.scale());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tolerance other && kind == other.kind && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + amount.hashCode();
    }

    /** The canonical text: {@code "5%"}, {@code "2"} or {@code "threshold 40"}. */
    @Override
    public String toString() {
        return switch (kind) {
            case RELATIVE -> amount.toPlainString() + "%";
            case ABSOLUTE -> amount.toPlainString();
            case THRESHOLD -> THRESHOLD_PREFIX + amount.toPlainString();
        };
    }
}
