package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A financial year, April to March: {@code "2014/15"} runs from 1 April 2014 to 31 March 2015.
 *
 * <pre>{@code
 * FinancialYear fy = FinancialYear.of(2014);
 * fy.toString();      // "2014/15"
 * fy.quarter(2);      // 2014/15 Q2
 * FinancialYear.parse("2014-15").equals(fy); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the calendar year the financial year starts in
 */
public record FinancialYear(int startYear) implements ReportingPeriod {

    /** Checks the year is one of 1000 to 9998. */
    public FinancialYear {
        PeriodLabels.checkYear(startYear);
    }

    /** The financial year starting in April of {@code startYear}. */
    public static FinancialYear of(int startYear) {
        return new FinancialYear(startYear);
    }

    /** The financial year that contains a date. */
    public static FinancialYear containing(LocalDate date) {
        return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /**
     * Parses {@code "2014/15"} or {@code "2014-15"}.
     *
     * @param label the label
     * @return the financial year
     * @throws PeriodParseException if the label is not a financial year
     */
    public static FinancialYear parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.FINANCIAL, FinancialYear.class);
    }

    /** The quarter {@code q} (1 to 4; Q1 is April to June). */
    public FinancialQuarter quarter(int q) {
        return FinancialQuarter.of(startYear, q);
    }

    /** The half year {@code h} (1 or 2; H1 is April to September). */
    public FinancialHalfYear halfYear(int h) {
        return FinancialHalfYear.of(startYear, h);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.FINANCIAL_YEAR;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(startYear, 4, 1);
    }

    @Override
    public LocalDate end() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public FinancialYear next() {
        return of(startYear + 1);
    }

    @Override
    public FinancialYear previous() {
        return of(startYear - 1);
    }

    @Override
    public FinancialYear samePeriodLastYear() {
        return previous();
    }

    /** The canonical label, {@code "2014/15"}. */
    @Override
    public String toString() {
        return PeriodLabels.twoYears(startYear);
    }
}
