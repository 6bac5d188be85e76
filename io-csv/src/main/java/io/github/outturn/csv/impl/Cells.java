package io.github.outturn.csv.impl;

import io.github.outturn.model.Codes;
import io.github.outturn.model.DecimalRange;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turning cell text into values and back: numbers, booleans and codes (formula neutralisation is
 * {@link io.github.outturn.csv.CsvEscaping}'s).
 *
 * <pre>{@code
 * Cells.decimal("80.0");         // 80.0, scale kept
 * Cells.decimal("1,875");        // empty: thousands separators are not numbers here
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Cells {

    private Cells() {}

    /**
     * A number as {@link BigDecimal} writes one, of any length and exponent; possessive, so that a
     * long cell is matched in one pass.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?+(\\d++\\.?+\\d*+|\\.\\d++)([eE][+-]?+\\d++)?+");

    /** The longest number text parsed, as in the JSON reader: longer text is out of range. */
    static final int MAX_NUMBER_LENGTH = 100;

    /**
     * A decimal exactly as written ({@code "80.0"} keeps its scale), or empty if the text is not a
     * plain number (thousands separators, spaces inside and decimal commas are refused) or is a number
     * outside {@link DecimalRange} ({@link #numberExpected} tells which).
     */
    public static Optional<BigDecimal> decimal(String text) {
        if (text.isEmpty()
                || text.length() > MAX_NUMBER_LENGTH
                || text.indexOf(',') >= 0
                || text.indexOf(' ') >= 0
                || text.indexOf('_') >= 0) {
            return Optional.empty();
        }
        char last = text.charAt(text.length() - 1);
        if (!Character.isDigit(last) && last != '.') {
            return Optional.empty(); // "5%", "12d", "NaN", "Infinity"
        }
        BigDecimal plain = plain(text);
        if (plain != null) {
            return Optional.of(plain);
        }
        try {
            return Optional.of(new BigDecimal(text)).filter(DecimalRange::contains);
        } catch (NumberFormatException e) {
            return Optional.empty(); // not a number, or an exponent beyond BigDecimal's (1e2147483648)
        }
    }

    /**
     * The commonest form read directly, without {@code BigDecimal}'s general parser: an optional sign,
     * up to 18 digits and at most one point ({@code -12.50}, {@code 7}, {@code .5}, {@code 3.}).
     * Gives exactly what {@code new BigDecimal(text)} gives, or {@code null} for any other text
     * (exponents, longer numbers, malformed text), which the general parser then judges.
     */
    static BigDecimal plain(String text) {
        int n = text.length();
        int i = 0;
        char first = text.charAt(0);
        if (first == '-' || first == '+') {
            i = 1;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 18) {
                    return null; // 18 digits always fit a long
                }
                digits = digits * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(first == '-' ? -digits : digits, point < 0 ? 0 : n - point - 1);
    }

    /** What a number cell should have held, for messages. */
    public static String numberExpected(String text) {
        if (NUMBER.matcher(text).matches()) {
            return DecimalRange.OUT_OF_RANGE;
        }
        if (text.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return "expected a plain number such as " + text.replace(",", "")
                    + ": thousands separators are not accepted, as \"1,875\" reads as 1.875 in much of Europe";
        }
        if (text.matches("[+-]?\\d+,\\d+")) {
            return "expected a number with a decimal point such as " + text.replace(',', '.') + ", not a decimal comma";
        }
        return "expected a number such as 12.5 or -3";
    }

    /** {@code true}/{@code false}, also {@code yes}/{@code no}, {@code y}/{@code n}, {@code 1}/{@code 0}. */
    public static Optional<Boolean> bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Optional.of(Boolean.TRUE);
            case "false", "no", "n", "0" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** The code of an enum value, {@code null} for {@code null}. */
    public static String code(Enum<?> value) {
        return value == null ? null : Codes.of(value);
    }
}
