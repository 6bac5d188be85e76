package io.github.outturn.period;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Twelve months ending with a given month, the rolling year NHS and DfE releases report:
 * {@code "12 months to June 2015"} runs from 1 July 2014 to 30 June 2015.
 *
 * <pre>{@code
 * RollingYear r = RollingYear.endingIn(2015, 6);
 * r.toString();                                          // "12 months to June 2015"
 * r.getStart();                                          // 2014-07-01
 * RollingYear.parse("year ending June 2015").equals(r); // true
 * r.next();                                              // 12 months to July 2015
 * }</pre>
 *
 * <p>A rolling year moves a month at a time, the finest step such figures are published at:
 * {@code next()} is the twelve months to the following month. Immutable and thread-safe.
 *
 * @param lastMonth the last month of the twelve
 */
public record RollingYear(YearMonth lastMonth) implements ReportingPeriod {

    /** Checks the month is not null and its year is one of 1000 to 9998. */
    public RollingYear {
        if (lastMonth == null) {
            throw new NullPointerException("lastMonth");
        }
        PeriodLabels.checkYear(lastMonth.getYear());
    }

    /** The twelve months ending with month {@code month} (1 to 12) of {@code year}. */
    public static RollingYear endingIn(int year, int month) {
        return new RollingYear(YearMonth.of(year, month));
    }

    /**
     * Parses {@code "12 months to June 2015"}, {@code "12 months ending June 2015"}, {@code "year
     * ending June 2015"}, {@code "year to Jun 2015"} or {@code "July 2014 to June 2015"}.
     *
     * @param label the label
     * @return the rolling year
     * @throws PeriodParseException if the label is not a rolling year
     */
    public static RollingYear parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.CALENDAR, RollingYear.class);
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.ROLLING_YEAR;
    }

    @Override
    public LocalDate start() {
        return lastMonth.minusMonths(11).atDay(1);
    }

    @Override
    public LocalDate end() {
        return lastMonth.atEndOfMonth();
    }

    @Override
    public RollingYear next() {
        return new RollingYear(lastMonth.plusMonths(1));
    }

    @Override
    public RollingYear previous() {
        return new RollingYear(lastMonth.minusMonths(1));
    }

    @Override
    public RollingYear samePeriodLastYear() {
        return new RollingYear(lastMonth.minusYears(1));
    }

    /** The canonical label, {@code "12 months to June 2015"}. */
    @Override
    public String toString() {
        return "12 months to " + PeriodLabels.monthName(lastMonth.getMonthValue()) + " " + lastMonth.getYear();
    }
}
