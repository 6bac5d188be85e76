package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A calendar year, January to December: {@code "2015"}.
 *
 * <pre>{@code
 * CalendarYear.of(2015).toString();  // "2015"
 * CalendarYear.parse("2015").next(); // 2016
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year
 */
public record CalendarYear(int year) implements ReportingPeriod {

    /** Checks the year is one of 1000 to 9998. */
    public CalendarYear {
        PeriodLabels.checkYear(year);
    }

    /** The calendar year {@code year}. */
    public static CalendarYear of(int year) {
        return new CalendarYear(year);
    }

    /**
     * Parses {@code "2015"}.
     *
     * @param label the label
     * @return the calendar year
     * @throws PeriodParseException if the label is not a calendar year
     */
    public static CalendarYear parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.CALENDAR, CalendarYear.class);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.CALENDAR_YEAR;
    }

    @Override
    public LocalDate start() {
        return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate end() {
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public CalendarYear next() {
        return of(year + 1);
    }

    @Override
    public CalendarYear previous() {
        return of(year - 1);
    }

    @Override
    public CalendarYear samePeriodLastYear() {
        return previous();
    }

    /** The canonical label, {@code "2015"}. */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
