package io.github.outturn.finance;

import io.github.outturn.io.Quote;
import io.github.outturn.model.DecimalRange;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money, exact to the minor unit of its currency (pence for pounds): a decimal, never a
 * binary floating-point number, with its currency, pounds sterling unless another is given.
 *
 * <pre>{@code
 * Money budget = Money.parse("GBP 26700000");
 * Money forecast = Money.of("27900000.00");                 // GBP
 * forecast.minus(budget);                                   // GBP 1200000.00
 * Money.ofMinor(Money.GBP, 1250).toString();                // "GBP 12.50"
 * Money.parse("£1,234.5");                                  // GBP 1234.50
 * Money.of("0.125");                                        // throws: more decimal places than pence
 * budget.plus(Money.parse("EUR 10"));                       // throws: GBP and EUR cannot be mixed
 * }</pre>
 *
 * <p>The amount always has the currency's number of decimal places (2 for pounds), so {@code
 * equals} and {@code compareTo} agree: {@code GBP 1.5} and {@code GBP 1.50} are the same amount. An
 * amount with more decimal places than the currency has is refused, never rounded silently. Adding,
 * subtracting or comparing the size of amounts in two currencies is refused with an {@link
 * IllegalArgumentException} naming both; {@link #compareTo} orders by currency code and then amount
 * so that mixed lists can still be sorted. {@code toString()} is {@code "GBP 1234.56"}, which {@link
 * #parse} reads back. Amounts are limited as every number is ({@link DecimalRange}). Immutable and
 * thread-safe.
 *
 * @param amount the amount, with exactly the currency's decimal places
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Pounds sterling, the default currency. */
    public static final Currency GBP = Currency.getInstance("GBP");

    private static final Pattern FORM =
            Pattern.compile("(?:([A-Z]{3})\\s+)?([-+]?)(£?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?");

    private static final Comparator<Money> ORDER =
            Comparator.comparing((Money m) -> m.currency().getCurrencyCode()).thenComparing(Money::amount);

    /**
     * An amount in a currency.
     *
     * @param amount the amount, with no more decimal places than the currency has
     * @param currency the currency, one with a minor unit (not a pseudo-currency such as XXX)
     * @throws IllegalArgumentException if the amount has more decimal places than the currency, or is
     *     out of {@link DecimalRange}, or the currency has no minor unit
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int places = currency.getDefaultFractionDigits();
        if (places < 0) {
            throw new IllegalArgumentException("The currency " + currency.getCurrencyCode()
                    + " has no minor unit: give a currency such as GBP or EUR");
        }
        DecimalRange.require("amount", amount);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > places) {
            throw new IllegalArgumentException("The amount " + Quote.of(amount.toPlainString()) + " has more decimal"
                    + " places than " + currency.getCurrencyCode() + " has (" + places
                    + "): money is exact to the minor unit, never rounded silently");
        }
        amount = amount.setScale(places);
    }

    /**
     * An amount in pounds sterling.
     *
     * @param amount the amount, at most two decimal places
     * @return the money
     */
    public static Money of(BigDecimal amount) {
        return new Money(amount, GBP);
    }

    /**
     * An amount in pounds sterling, from its decimal text ({@code "1234.56"}).
     *
     * @param amount the decimal text
     * @return the money
     * @throws NumberFormatException if the text is not a decimal
     */
    public static Money of(String amount) {
        return of(new BigDecimal(amount));
    }

    /**
     * An amount in a currency.
     *
     * @param currency the currency
     * @param amount the amount
     * @return the money
     */
    public static Money of(Currency currency, BigDecimal amount) {
        return new Money(amount, currency);
    }

    /**
     * An amount in the currency's minor unit: {@code ofMinor(GBP, 1250)} is £12.50.
     *
     * @param currency the currency
     * @param minor the amount in pence (or cents)
     * @return the money
     */
    public static Money ofMinor(Currency currency, long minor) {
        return new Money(BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /** Nothing, in a currency. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * The exact sum of amounts, all in one currency.
     *
     * @param currency the currency of the sum, the answer when there are no amounts
     * @param amounts the amounts
     * @return their sum
     * @throws IllegalArgumentException if an amount is in another currency
     */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /**
     * Reads money from its text: {@code "GBP 1234.56"} (the form {@code toString()} writes), a bare
     * decimal {@code "1234.56"} or {@code "£1,234.56"} (both pounds sterling); thousands separators and
     * a sign before the number are allowed.
     *
     * @param text the text
     * @return the money
     * @throws IllegalArgumentException quoting the text and saying what was expected
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        Matcher m = FORM.matcher(s);
        if (!m.matches()
                || (m.group(1) != null && !m.group(3).isEmpty() && !m.group(1).equals("GBP"))) {
            throw new IllegalArgumentException("Not an amount of money: " + Quote.of(s)
                    + ": expected a currency code and a decimal such as \"GBP 1234.56\", or \"£1,234.56\"");
        }
        Currency currency = GBP;
        if (m.group(1) != null) {
            try {
                currency = Currency.getInstance(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Not a currency: " + Quote.of(m.group(1)) + ": expected an ISO 4217 code such as GBP", e);
            }
        }
        String digits = m.group(4).replace(",", "") + (m.group(5) == null ? "" : m.group(5));
        BigDecimal amount = new BigDecimal(digits);
        return new Money("-".equals(m.group(2)) ? amount.negate() : amount, currency);
    }

    /** The sum of this and another amount in the same currency. */
    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    /** This amount less another in the same currency. */
    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** The amount with its sign reversed. */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** The amount without its sign. */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /** -1, 0 or 1 as the amount is below, at or above zero. */
    public int signum() {
        return amount.signum();
    }

    /** Whether the other amount is in the same currency. */
    public boolean hasSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    /**
     * Compares the size of two amounts in the same currency.
     *
     * @throws IllegalArgumentException if the currencies differ
     */
    public int compareAmount(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** Orders by currency code, then amount; consistent with {@code equals}. */
    @Override
    public int compareTo(Money other) {
        return ORDER.compare(this, other);
    }

    /** {@code "GBP 1234.56"}: the currency code and the plain amount, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    /**
     * The form the file formats write: the plain amount alone for pounds sterling ({@code
     * "1234.56"}), else as {@code toString()} ({@code "EUR 10.00"}). {@link #parse} reads both back.
     */
    public String toShortString() {
        return currency.equals(GBP) ? amount.toPlainString() : toString();
    }

    private Money same(Money other) {
        if (!hasSameCurrency(other)) {
            throw new IllegalArgumentException("Amounts in " + currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode() + " cannot be mixed: " + this + " and " + other
                    + "; keep every figure of a dataset in one currency");
        }
        return other;
    }
}
