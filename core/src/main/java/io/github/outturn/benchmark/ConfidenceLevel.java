package io.github.outturn.benchmark;

import io.github.outturn.io.Quote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level between 90% and 99.99%, with its standard normal quantile. 95% and
 * 99.8% (the levels Public Health England's Fingertips publishes) are the named defaults; any other
 * level in the range is allowed, and several can be asked for at once.
 *
 * <pre>{@code
 * ConfidenceLevel.NINETY_FIVE.getZ();          // 1.959963984540054
 * ConfidenceLevel.parse("99.8%");             // NINETY_NINE_POINT_EIGHT
 * ConfidenceLevel.parse("0.9").toString();    // "90%"
 * ConfidenceLevel.parseAll("95%, 99.8%");     // [95%, 99.8%]
 * }</pre>
 *
 * <p>Levels are equal when their fractions are numerically equal (0.950 is 95%) and are ordered by
 * fraction. {@link #toString()} parses back. Immutable and thread-safe.
 */
public final class ConfidenceLevel implements Comparable<ConfidenceLevel> {

    /** The lowest level allowed, 0.90. */
    public static final BigDecimal MINIMUM = new BigDecimal("0.90");

    /** The highest level allowed, 0.9999. */
    public static final BigDecimal MAXIMUM = new BigDecimal("0.9999");

    /** 95%, z = 1.959963984540054. */
    public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(new BigDecimal("0.95"));

    /** 99.8%, z = 3.090232306167813. */
    public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(new BigDecimal("0.998"));

    private static final String EXPECTED =
            "expected a level from 90% to 99.99%, written as \"95%\" or \"0.95\" (named: ninety-five, ninety-nine-point-eight)";

    private final BigDecimal level;
    private final double tail;
    private final double z;

    private ConfidenceLevel(BigDecimal level) {
        this.level = level.stripTrailingZeros();
        BigDecimal tailExact = BigDecimal.ONE.subtract(this.level).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
        this.tail = tailExact.doubleValue();
        this.z = NormalDistribution.of(0, 1).inverseSurvivalProbability(tail);
    }

    /**
     * The level with this fraction.
     *
     * @param level the fraction, from 0.90 to 0.9999, not null
     * @return the level
     * @throws IllegalArgumentException if it is outside that range
     */
    public static ConfidenceLevel of(BigDecimal level) {
        if (level.compareTo(MINIMUM) < 0 || level.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException(
                    "Confidence level " + level.toPlainString() + " is out of range: " + EXPECTED);
        }
        if (level.compareTo(NINETY_FIVE.level) == 0) {
            return NINETY_FIVE;
        }
        if (level.compareTo(NINETY_NINE_POINT_EIGHT.level) == 0) {
            return NINETY_NINE_POINT_EIGHT;
        }
        return new ConfidenceLevel(level);
    }

    /**
     * The level written as a percentage ({@code "95%"}, {@code "99.8%"}), a fraction ({@code "0.95"})
     * or the name of a default ({@code "ninety-five"}, {@code "ninety-nine-point-eight"}, as earlier
     * versions wrote them).
     *
     * @param text the level, not null
     * @return the level
     * @throws IllegalArgumentException if the text is not a level from 90% to 99.99%
     */
    public static ConfidenceLevel parse(String text) {
        String t = text.strip();
        String name = t.toLowerCase(Locale.ROOT).replace('_', '-');
        if (name.equals("ninety-five")) {
            return NINETY_FIVE;
        }
        if (name.equals("ninety-nine-point-eight")) {
            return NINETY_NINE_POINT_EIGHT;
        }
        BigDecimal fraction;
        try {
            fraction = t.endsWith("%")
                    ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Confidence level " + Quote.of(text) + " is not a level: " + EXPECTED, e);
        }
        if (fraction.compareTo(MINIMUM) < 0 || fraction.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("Confidence level " + Quote.of(text) + " is out of range: " + EXPECTED);
        }
        return of(fraction);
    }

    /**
     * Several levels separated by commas ({@code "95%, 99.8%"}), in ascending order without repeats.
     *
     * @param text the levels, not null
     * @return the levels, at least one
     * @throws IllegalArgumentException if any is not a level, or there is none
     */
    public static List<ConfidenceLevel> parseAll(String text) {
        TreeSet<ConfidenceLevel> levels = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            if (!part.isBlank()) {
                levels.add(parse(part));
            }
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Confidence levels " + Quote.of(text) + " name no level: " + EXPECTED);
        }
        return List.copyOf(new ArrayList<>(levels));
    }

    /** The two defaults, 95% and 99.8%, in that order. */
    public static List<ConfidenceLevel> defaults() {
        return List.of(NINETY_FIVE, NINETY_NINE_POINT_EIGHT);
    }

    /** The level as a fraction, such as 0.95 or 0.998. */
    public BigDecimal level() {
        return level;
    }

    /** The two-sided standard normal quantile: Phi^-1(1 - (1 - level) / 2). */
    public double z() {
        return z;
    }

    /** The probability left in each tail, (1 - level) / 2: 0.025 at 95%, 0.001 at 99.8%. */
    public double tailProbability() {
        return tail;
    }

    @Override
    public int compareTo(ConfidenceLevel other) {
        return level.compareTo(other.level);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfidenceLevel c && level.compareTo(c.level) == 0;
    }

    @Override
    public int hashCode() {
        return level.hashCode();
    }

    /** The percentage, {@code "95%"} or {@code "99.8%"}: parses back with {@link #parse(String)}. */
    @Override
    public String toString() {
        return level.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
