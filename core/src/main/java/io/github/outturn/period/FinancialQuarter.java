package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A quarter of a financial year: Q1 is April to June, Q4 January to March.
 *
 * <pre>{@code
 * FinancialQuarter q2 = FinancialQuarter.of(2014, 2);
 * q2.toString();                      // "2014/15 Q2"
 * q2.getStart();                      // 2014-07-01
 * FinancialQuarter.parse("Q2 2014/15").equals(q2); // true
 * q2.getYear().quarter(1);            // 2014/15 Q1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param startYear the calendar year the financial year starts in
 * @param quarter the quarter, 1 to 4
 */
public record FinancialQuarter(int startYear, int quarter) implements ReportingPeriod {

    /** Checks the year and that the quarter is 1 to 4. */
    public FinancialQuarter {
        PeriodLabels.checkYear(startYear);
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A financial quarter is 1 to 4, not " + quarter);
        }
    }

    /** Quarter {@code quarter} of the financial year starting in {@code startYear}. */
    public static FinancialQuarter of(int startYear, int quarter) {
        return new FinancialQuarter(startYear, quarter);
    }

    /** The financial quarter that contains a date. */
    public static FinancialQuarter containing(LocalDate date) {
        int monthsIntoYear = (date.getMonthValue() + 8) % 12; // April is 0
        return of(FinancialYear.containing(date).startYear(), monthsIntoYear / 3 + 1);
    }

    /**
     * Parses {@code "2014/15 Q2"}, {@code "Q2 2014/15"} or {@code "2014-15 Q2"}.
     *
     * @param label the label
     * @return the quarter
     * @throws PeriodParseException if the label is not a financial quarter
     */
    public static FinancialQuarter parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.FINANCIAL, FinancialQuarter.class);
    }

    /** The financial year the quarter belongs to. */
    public FinancialYear year() {
        return FinancialYear.of(startYear);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.FINANCIAL_QUARTER;
    }

    @Override
    public LocalDate start() {
        return year().start().plusMonths(3L * (quarter - 1));
    }

    @Override
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public FinancialQuarter next() {
        return quarter == 4 ? of(startYear + 1, 1) : of(startYear, quarter + 1);
    }

    @Override
    public FinancialQuarter previous() {
        return quarter == 1 ? of(startYear - 1, 4) : of(startYear, quarter - 1);
    }

    @Override
    public FinancialQuarter samePeriodLastYear() {
        return of(startYear - 1, quarter);
    }

    /** The canonical label, {@code "2014/15 Q2"}. */
    @Override
    public String toString() {
        return PeriodLabels.twoYears(startYear) + " Q" + quarter;
    }
}
