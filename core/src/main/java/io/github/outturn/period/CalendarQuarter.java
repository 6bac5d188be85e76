package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A quarter of a calendar year, as ONS releases print it: Q1 is January to March, Q4 October to
 * December.
 *
 * <pre>{@code
 * CalendarQuarter q1 = CalendarQuarter.of(2017, 1);
 * q1.toString();                              // "2017 Q1"
 * q1.getEnd();                                // 2017-03-31
 * CalendarQuarter.parse("Jan-Mar 2017").equals(q1); // true
 * q1.calendarYear();                             // 2017
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param quarter the quarter, 1 to 4
 */
public record CalendarQuarter(int year, int quarter) implements ReportingPeriod {

    /** Checks the year and that the quarter is 1 to 4. */
    public CalendarQuarter {
        PeriodLabels.checkYear(year);
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A calendar quarter is 1 to 4, not " + quarter);
        }
    }

    /** Quarter {@code quarter} of the calendar year {@code year}. */
    public static CalendarQuarter of(int year, int quarter) {
        return new CalendarQuarter(year, quarter);
    }

    /** The calendar quarter that contains a date. */
    public static CalendarQuarter containing(LocalDate date) {
        return of(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Parses {@code "2017 Q1"}, {@code "Q1 2017"}, {@code "2017Q1"}, {@code "Quarter 1 2017"} or
     * {@code "Jan-Mar 2017"}.
     *
     * @param label the label
     * @return the quarter
     * @throws PeriodParseException if the label is not a calendar quarter
     */
    public static CalendarQuarter parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.CALENDAR, CalendarQuarter.class);
    }

    /** The calendar year the quarter belongs to. */
    public CalendarYear calendarYear() {
        return CalendarYear.of(year);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.CALENDAR_QUARTER;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    @Override
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public CalendarQuarter next() {
        return quarter == 4 ? of(year + 1, 1) : of(year, quarter + 1);
    }

    @Override
    public CalendarQuarter previous() {
        return quarter == 1 ? of(year - 1, 4) : of(year, quarter - 1);
    }

    @Override
    public CalendarQuarter samePeriodLastYear() {
        return of(year - 1, quarter);
    }

    /** The canonical label, {@code "2017 Q1"}. */
    @Override
    public String toString() {
        return year + " Q" + quarter;
    }
}
