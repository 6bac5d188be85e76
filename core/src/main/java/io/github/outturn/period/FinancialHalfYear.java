package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A half of a financial year: H1 is April to September, H2 October to March.
 *
 * <pre>{@code
 * FinancialHalfYear h1 = FinancialHalfYear.of(2014, 1);
 * h1.toString();  // "2014/15 H1"
 * h1.next();      // 2014/15 H2
 * FinancialHalfYear.parse("H1 2014/15").equals(h1); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the calendar year the financial year starts in
 * @param half the half, 1 or 2
 */
public record FinancialHalfYear(int startYear, int half) implements ReportingPeriod {

    /** Checks the year and that the half is 1 or 2. */
    public FinancialHalfYear {
        PeriodLabels.checkYear(startYear);
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("A financial half year is 1 or 2, not " + half);
        }
    }

    /** Half {@code half} of the financial year starting in {@code startYear}. */
    public static FinancialHalfYear of(int startYear, int half) {
        return new FinancialHalfYear(startYear, half);
    }

    /** The financial half year that contains a date. */
    public static FinancialHalfYear containing(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April is 0
        return of(FinancialYear.containing(date).startYear(), monthsIntoYear / 6 + 1);
    }

    /**
     * Parses {@code "2014/15 H1"} or {@code "H1 2014/15"}.
     *
     * @param label the label
     * @return the half year
     * @throws PeriodParseException if the label is not a financial half year
     */
    public static FinancialHalfYear parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.FINANCIAL, FinancialHalfYear.class);
    }

    /** The financial year the half belongs to. */
    public FinancialYear year() {
        return FinancialYear.of(startYear);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.FINANCIAL_HALF_YEAR;
    }

    @Override
    public LocalDate start() {
        return year().start().plusMonths(6L * (half - 1));
    }

    @Override
    public LocalDate end() {
        return start().plusMonths(6).minusDays(1);
    }

    @Override
    public FinancialHalfYear next() {
        return half == 2 ? of(startYear + 1, 1) : of(startYear, 2);
    }

    @Override
    public FinancialHalfYear previous() {
        return half == 1 ? of(startYear - 1, 2) : of(startYear, 1);
    }

    @Override
    public FinancialHalfYear samePeriodLastYear() {
        return of(startYear - 1, half);
    }

    /** The canonical label, {@code "2014/15 H1"}. */
    @Override
    public String toString() {
        return PeriodLabels.twoYears(startYear) + " H" + half;
    }
}
