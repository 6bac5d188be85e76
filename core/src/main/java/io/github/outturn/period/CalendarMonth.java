package io.github.outturn.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar month: {@code "2014-07"}.
 *
 * <pre>{@code
 * CalendarMonth july = CalendarMonth.of(2014, 7);
 * july.toString();                  // "2014-07"
 * july.getFinancialYear();          // 2014/15
 * CalendarMonth.parse("July 2014"); // 2014-07
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param yearMonth the month
 */
public record CalendarMonth(YearMonth yearMonth) implements ReportingPeriod {

    /** Checks the month is not null and its year is one of 1000 to 9998. */
    public CalendarMonth {
        if (yearMonth == null) {
            throw new NullPointerException("yearMonth");
        }
        PeriodLabels.checkYear(yearMonth.getYear());
    }

    /** The month {@code month} (1 to 12) of {@code year}. */
    public static CalendarMonth of(int year, int month) {
        return new CalendarMonth(YearMonth.of(year, month));
    }

    /** The month that contains a date. */
    public static CalendarMonth containing(LocalDate date) {
        return new CalendarMonth(YearMonth.from(date));
    }

    /**
     * Parses {@code "2014-07"}, {@code "July 2014"} or {@code "Jul 2014"}.
     *
     * @param label the label
     * @return the month
     * @throws PeriodParseException if the label is not a month
     */
    public static CalendarMonth parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.CALENDAR, CalendarMonth.class);
    }

    /** The financial year the month falls in. */
    public FinancialYear financialYear() {
        return FinancialYear.containing(start());
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.MONTH;
    }

    @Override
    public LocalDate start() {
        return yearMonth.atDay(1);
    }

    @Override
    public LocalDate end() {
        return yearMonth.atEndOfMonth();
    }

    @Override
    public CalendarMonth next() {
        return new CalendarMonth(yearMonth.plusMonths(1));
    }

    @Override
    public CalendarMonth previous() {
        return new CalendarMonth(yearMonth.minusMonths(1));
    }

    @Override
    public CalendarMonth samePeriodLastYear() {
        return new CalendarMonth(yearMonth.minusYears(1));
    }

    /** The canonical label, {@code "2014-07"}. */
    @Override
    public String toString() {
        return yearMonth.toString();
    }
}
