package io.github.outturn.finance;

/**
 * The unit amounts are shown in: pounds, thousands (£k), millions (£m), or chosen by size.
 *
 * <pre>{@code
 * FinancePolicy millions = FinancePolicy.builder().from(FinancePolicy.defaults())
 *         .displayUnit(MoneyUnit.MILLIONS).build();
 * millions.display(Money.of("250000")); // "£0.3m"
 * }</pre>
 */
public enum MoneyUnit {
    /**
     * By size: £m to the policy's decimal places from £1m (after rounding), else £k to the nearest
     * thousand from £1k, else whole pounds.
     */
    AUTO,
    /** Pounds (or the currency's major unit), to the policy's decimal places. */
    UNITS,
    /** Thousands, {@code £250.0k}, to the policy's decimal places. */
    THOUSANDS,
    /** Millions, {@code £1.2m}, to the policy's decimal places. */
    MILLIONS
}
