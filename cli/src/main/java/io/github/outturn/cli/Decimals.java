package io.github.outturn.cli;

import io.github.outturn.benchmark.Comparisons;
import io.github.outturn.model.Indicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the command line shows figures, in text and CSV alike: a published figure as published; a
 * computed one (an average, a difference, an interval's end) to {@value #EXTRA} more decimals than
 * the area's published value, or than the indicator's decimal places when the area has no value, as
 * the reasons show them. A mean of ten values has 34 digits; a reader needs 93.644.
 *
 * <pre>{@code
 * int places = Decimals.places(dtap, Optional.of(new BigDecimal("92.9")));   // 3
 * Decimals.computed(new BigDecimal("93.64444444444444444"), places);         // "93.644"
 * }</pre>
 */
final class Decimals {

    /** The decimals a computed figure keeps beyond the published value's. */
    static final int EXTRA = 2;

    private Decimals() {}

    /** The decimals computed figures beside an area's value are shown to. */
    static int places(Indicator indicator, Optional<BigDecimal> value) {
        return value.map(v -> Math.max(Comparisons.readable(v).scale(), 0)).orElse(indicator.decimalPlaces()) + EXTRA;
    }

    /** A published figure as published (a float-sized figure to a float's digits), or {@code missing}. */
    static String published(Optional<BigDecimal> value, String missing) {
        return value.map(v -> Comparisons.readable(v).toPlainString()).orElse(missing);
    }

    /** A decimal exactly, as a plain number; empty when absent. */
    static String exact(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    /** A computed figure to at most {@code places} decimals, half up. */
    static String computed(BigDecimal value, int places) {
        return Comparisons.shown(value, places);
    }

    /** A computed figure held as a double, such as an interval's end. */
    static String computed(double value, int places) {
        return computed(new BigDecimal(Double.toString(value)), places);
    }

    /** A percentage to one decimal, as the tables show relative differences: {@code -1.4}. */
    static String percent(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
