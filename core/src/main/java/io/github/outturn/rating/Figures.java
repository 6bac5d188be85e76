package io.github.outturn.rating;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How rating reasons quote figures: at the indicator's decimal places (or more, never hiding digits), with its unit. */
final class Figures {

    private Figures() {}

    /** The value at the indicator's display precision, rounded half up. */
    static BigDecimal display(BigDecimal value, Indicator indicator) {
        return value.setScale(indicator.decimalPlaces(), RoundingMode.HALF_UP);
    }

    /** A figure at the indicator's decimal places, or at its own scale when finer, so nothing is hidden. */
    static String plain(BigDecimal x, Indicator indicator) {
        int scale = Math.max(indicator.decimalPlaces(), x.stripTrailingZeros().scale());
        return x.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A value with the indicator's unit: {@code 44.1%}, {@code 12.5 days}, {@code 7}. */
    static String value(BigDecimal x, Indicator indicator) {
        String unit = indicator.unit().orElse("").strip();
        if (unit.isEmpty()) {
            return plain(x, indicator);
        }
        return unit.equals("%") ? plain(x, indicator) + "%" : plain(x, indicator) + " " + unit;
    }

    /** A difference: {@code 0.9 points} for a percentage, {@code 3 days}, or a bare number. */
    static String difference(BigDecimal d, Indicator indicator) {
        String unit = indicator.unit().orElse("").strip();
        String n = plain(d.abs(), indicator);
        if (unit.equals("%")) {
            return n + (d.abs().compareTo(BigDecimal.ONE) == 0 ? " point" : " points");
        }
        return unit.isEmpty() ? n : n + " " + unit;
    }

    /** {@code the 5% tolerance}, {@code the tolerance of 2 points}, {@code the Amber threshold of 40.0%}. */
    static String tolerance(Tolerance t, Indicator indicator) {
        return switch (t.kind()) {
            case RELATIVE -> "the " + t.amount().toPlainString() + "% tolerance";
            case ABSOLUTE -> "the tolerance of " + difference(t.amount(), indicator);
            case THRESHOLD -> "the Amber threshold of " + value(t.amount(), indicator);
        };
    }

    /** A share in per cent, as exact as it is: {@code 50%}, {@code 47.6%}. */
    static String percent(BigDecimal share) {
        return share.stripTrailingZeros().toPlainString() + "%";
    }

    /** {@code 1 decimal place}, {@code 2 decimal places}. */
    static String places(int n) {
        return n + (n == 1 ? " decimal place" : " decimal places");
    }

    /** A percentage of a magnitude: {@code |base| * percent / 100}, exact. */
    static BigDecimal percentOf(BigDecimal base, BigDecimal percent) {
        return base.abs().multiply(percent).movePointLeft(2);
    }
}
