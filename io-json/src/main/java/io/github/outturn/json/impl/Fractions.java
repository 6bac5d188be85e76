package io.github.outturn.json.impl;

import java.math.BigInteger;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The text form of action weights and exact counts: {@code "1/2"}, read back exactly.
 *
 * <pre>{@code
 * Fractions.format(Fractions.parse("1 / 2"));   // "1/2"
 * }</pre>
 */
final class Fractions {

    private Fractions() {}

    /** {@code "1/2"}, or {@code "1"} for a whole number. */
    static String format(Fraction f) {
        return f.getDenominator() == 1
                ? Integer.toString(f.getNumerator())
                : f.getNumerator() + "/" + f.getDenominator();
    }

    /**
     * Parses {@code "1/2"}, {@code "1 / 2"} or {@code "1"}.
     *
     * @return the fraction, or null if the text is not one
     */
    static Fraction parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return Fraction.of(Integer.parseInt(s));
            }
            int num = Integer.parseInt(s.substring(0, slash).strip());
            int den = Integer.parseInt(s.substring(slash + 1).strip());
            if (den == 0) {
                return null;
            }
            return Fraction.of(num, den);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** {@code "13/3"}, or {@code "4"} for a whole number. */
    static String format(BigFraction f) {
        return f.getDenominator().equals(BigInteger.ONE)
                ? f.getNumerator().toString()
                : f.getNumerator() + "/" + f.getDenominator();
    }

    /**
     * Parses {@code "13/3"}, {@code "13 / 3"} or {@code "4"}, of any size.
     *
     * @return the fraction, or null if the text is not one
     */
    static BigFraction parseBig(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) {
                return BigFraction.of(new BigInteger(s));
            }
            BigInteger den = new BigInteger(s.substring(slash + 1).strip());
            return den.signum() == 0
                    ? null
                    : BigFraction.of(new BigInteger(s.substring(0, slash).strip()), den);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
