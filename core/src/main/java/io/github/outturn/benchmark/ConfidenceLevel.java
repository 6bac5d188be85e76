package io.github.outturn.benchmark;

import io.github.outturn.io.Quote;
import java.math.BigDecimal;

/**
 * The two confidence levels Public Health England's Fingertips uses, with their published z values.
 *
 * <pre>{@code
 * ConfidenceLevel.NINETY_FIVE.getZ();      // 1.959963984540054
 * ConfidenceLevel.parse("99.8%");         // NINETY_NINE_POINT_EIGHT
 * }</pre>
 */
public enum ConfidenceLevel {
    /** 95%, z = 1.959963984540054. */
    NINETY_FIVE("0.95", 1.959963984540054, 0.025, "95%"),
    /** 99.8%, z = 3.090232306167813. */
    NINETY_NINE_POINT_EIGHT("0.998", 3.090232306167813, 0.001, "99.8%");

    private final BigDecimal level;
    private final double z;
    private final double tail;
    private final String label;

    ConfidenceLevel(String level, double z, double tail, String label) {
        this.level = new BigDecimal(level);
        this.z = z;
        this.tail = tail;
        this.label = label;
    }

    /** The level as a fraction: 0.95 or 0.998. */
    public BigDecimal getLevel() {
        return level;
    }

    /** The two-sided standard normal quantile, as PHE publishes it. */
    public double getZ() {
        return z;
    }

    /** The probability left in each tail: 0.025 or 0.001. */
    public double getTailProbability() {
        return tail;
    }

    /** {@code "95%"} or {@code "99.8%"}. */
    @Override
    public String toString() {
        return label;
    }

    /**
     * The level written as {@code "95%"}, {@code "99.8%"}, {@code "0.95"} or {@code "0.998"}.
     *
     * @param text the level, not null
     * @return the level
     * @throws IllegalArgumentException if the text names neither level
     */
    public static ConfidenceLevel parse(String text) {
        String t = text.trim();
        for (ConfidenceLevel c : values()) {
            if (c.label.equals(t)) {
                return c;
            }
        }
        try {
            return of(new BigDecimal(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Confidence level " + Quote.of(text) + " is not one of 95%, 99.8%, 0.95 or 0.998", e);
        }
    }

    /**
     * The level with this fraction, 0.95 or 0.998 (compared numerically: 0.950 is 95%).
     *
     * @param level the fraction, not null
     * @return the level
     * @throws IllegalArgumentException if it is neither
     */
    public static ConfidenceLevel of(BigDecimal level) {
        for (ConfidenceLevel c : values()) {
            if (c.level.compareTo(level) == 0) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "Confidence level " + level.toPlainString() + " is not one of 95%, 99.8%, 0.95 or 0.998");
    }
}
