package io.github.outturn.summary;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The slip generator of {@link Reconciliation}: every value a single slip of the pen (a misplaced
 * decimal point, two digits swapped, a digit dropped, repeated or extra; see {@link EditKind}) could
 * have turned into a printed figure. A pure function of the printed figure.
 *
 * <pre>{@code
 * Slips.of(new BigDecimal("35")).get(new BigDecimal("3.5"));   // MISPLACED_DECIMAL_POINT
 * Slips.of(new BigDecimal("35")).get(new BigDecimal("53"));    // SWAPPED_DIGITS
 * }</pre>
 */
final class Slips {

    private Slips() {}

    /**
     * Every value a single slip could have turned into this printed one, with the slip, each value
     * once (under the first slip in {@link EditKind} order that gives it). Values that differ only
     * in precision are different candidates ("100" may be 10, a repeated digit, or 10.0, a misplaced
     * decimal point), since a figure's decimals set the report's precision; a value equal to the
     * printed one is none, and a swap never leads with a zero.
     */
    static Map<BigDecimal, EditKind> of(BigDecimal printed) {
        String s = printed.toPlainString();
        int point = s.indexOf('.');
        String digits = s.replace(".", "");
        int intDigits = point < 0 ? digits.length() : point;
        Map<BigDecimal, EditKind> out = new LinkedHashMap<>();
        // The decimal point anywhere else, or nowhere.
        for (int p = 0; p <= digits.length(); p++) {
            if (p != intDigits) {
                offer(out, printed, digits, p, EditKind.MISPLACED_DECIMAL_POINT);
            }
        }
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                char[] c = digits.toCharArray();
                c[i] = digits.charAt(i + 1);
                c[i + 1] = digits.charAt(i);
                if (c[0] != '0' || intDigits <= 1) {
                    offer(out, printed, new String(c), intDigits, EditKind.SWAPPED_DIGITS);
                }
            }
        }
        for (int i = 0; i <= digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                String longer = digits.substring(0, i) + d + digits.substring(i);
                if (i <= intDigits) {
                    offer(out, printed, longer, intDigits + 1, EditKind.DROPPED_DIGIT);
                }
                if (i >= intDigits && point >= 0) {
                    offer(out, printed, longer, intDigits, EditKind.DROPPED_DIGIT);
                }
            }
        }
        if (digits.length() > 1) {
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                boolean repeated =
                        (i > 0 && digits.charAt(i - 1) == c) || (i + 1 < digits.length() && digits.charAt(i + 1) == c);
                String shorter = digits.substring(0, i) + digits.substring(i + 1);
                offer(
                        out,
                        printed,
                        shorter,
                        i < intDigits ? intDigits - 1 : intDigits,
                        repeated ? EditKind.REPEATED_DIGIT : EditKind.EXTRA_DIGIT);
            }
        }
        return out;
    }

    /** Offers digits with a decimal point after {@code intDigits} of them, if it is a plain number. */
    private static void offer(
            Map<BigDecimal, EditKind> out, BigDecimal printed, String digits, int intDigits, EditKind kind) {
        while (intDigits > 1 && digits.charAt(0) == '0') {
            // "05" reads as 5.
            digits = digits.substring(1);
            intDigits--;
        }
        String text = intDigits == 0
                ? "0." + digits
                : intDigits >= digits.length()
                        ? digits
                        : digits.substring(0, intDigits) + "." + digits.substring(intDigits);
        BigDecimal v = new BigDecimal(text);
        if (v.compareTo(printed) != 0) {
            // Keyed by value and scale: 10 and 10.0 are two candidates.
            out.putIfAbsent(v, kind);
        }
    }
}
