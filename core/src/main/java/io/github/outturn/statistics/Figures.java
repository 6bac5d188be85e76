package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import java.math.BigDecimal;
import java.math.MathContext;

/** How the statistics' reasons quote figures: six significant digits, plain notation. */
final class Figures {

    private Figures() {}

    /** {@code 1043.02}, {@code 0.0107670}, {@code 12}. */
    static String of(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** {@code "95% 971.771 to 1117.89"}. */
    static String of(ConfidenceInterval ci) {
        return ci.level() + " " + of(ci.lower()) + " to " + of(ci.upper());
    }

    /** Requires a finite number of at least 0. */
    static double nonNegative(double x, String what) {
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " " + x + " must be a finite number of at least 0");
        }
        return x;
    }

    /** Requires a finite number above 0. */
    static double positive(double x, String what) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " " + x + " must be a finite number above 0");
        }
        return x;
    }
}
