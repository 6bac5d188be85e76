package io.github.outturn.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Several consecutive years pooled into one figure, as published for small numbers: calendar years
 * {@code "2014-16"} (2014 to 2016), financial years {@code "2014/15-16/17"}, academic years
 * {@code "AY 2014/15-16/17"}.
 *
 * <pre>{@code
 * PooledYears p = PooledYears.of(YearType.CALENDAR, 2014, 2016);
 * p.toString();  // "2014-16"
 * p.next();      // 2015-17: pooled figures roll on a year at a time
 * ReportingPeriod.parse("2014/15-16/17"); // financial years 2014/15 to 2016/17
 * }</pre>
 *
 * <p>{@code next()} and {@code previous()} move a year at a time, the way rolling pooled figures are
 * published (2013-15, 2014-16, 2015-17). Immutable and thread-safe.
 *
 * @param yearType the kind of the pooled years
 * @param firstYear the start year of the first pooled year
 * @param lastYear the start year of the last pooled year, after the first
 */
public record PooledYears(YearType yearType, int firstYear, int lastYear) implements ReportingPeriod {

    /** Checks the years, and that the last comes after the first. */
    public PooledYears {
        Objects.requireNonNull(yearType, "yearType");
        PeriodLabels.checkYear(firstYear);
        PeriodLabels.checkYear(lastYear);
        if (lastYear <= firstYear) {
            throw new IllegalArgumentException(
                    "Pooled years run from an earlier to a later year, not " + firstYear + " to " + lastYear);
        }
        if (lastYear - firstYear >= 100) {
            throw new IllegalArgumentException(
                    "Pooled years span less than a century, not " + firstYear + " to " + lastYear);
        }
    }

    /** The years of a type from the one starting in {@code firstYear} to the one starting in {@code lastYear}. */
    public static PooledYears of(YearType yearType, int firstYear, int lastYear) {
        return new PooledYears(yearType, firstYear, lastYear);
    }

    /**
     * Parses {@code "2014-16"}, {@code "2014/15-16/17"} or {@code "AY 2014/15-16/17"}.
     *
     * @param label the label
     * @return the pooled years
     * @throws PeriodParseException if the label is not pooled years
     */
    public static PooledYears parse(CharSequence label) {
        return PeriodLabels.parseAs(label, YearType.FINANCIAL, PooledYears.class);
    }

    /** How many years are pooled. */
    public int yearCount() {
        return lastYear - firstYear + 1;
    }

    /** The first of the pooled years. */
    public ReportingPeriod first() {
        return year(firstYear);
    }

    /** The last of the pooled years. */
    public ReportingPeriod last() {
        return year(lastYear);
    }

    private ReportingPeriod year(int startYear) {
        return switch (yearType) {
            case FINANCIAL -> FinancialYear.of(startYear);
            case ACADEMIC -> AcademicYear.of(startYear);
            case CALENDAR -> CalendarYear.of(startYear);
        };
    }

    @Override
    public PeriodKind kind() {
        return PeriodKind.POOLED_YEARS;
    }

    @Override
    public LocalDate start() {
        return first().start();
    }

    @Override
    public LocalDate end() {
        return last().end();
    }

    @Override
    public PooledYears next() {
        return of(yearType, firstYear + 1, lastYear + 1);
    }

    @Override
    public PooledYears previous() {
        return of(yearType, firstYear - 1, lastYear - 1);
    }

    @Override
    public PooledYears samePeriodLastYear() {
        return previous();
    }

    /**
     * Whether "2016-17" or "2009-11" would read as something else (a financial year, a month), so that
     * the label gives the last year in full: "2016-2017".
     */
    private boolean shortFormIsAmbiguous() {
        int yy = Math.floorMod(lastYear, 100);
        return lastYear == firstYear + 1 || (yy >= 1 && yy <= 12);
    }

    /** The canonical label: {@code "2014-16"} (or {@code "2016-2017"} where the short form reads otherwise), {@code "2014/15-16/17"} or {@code "AY 2014/15-16/17"}. */
    @Override
    public String toString() {
        return switch (yearType) {
            case CALENDAR ->
                firstYear + "-"
                        + (shortFormIsAmbiguous() ? Integer.toString(lastYear) : PeriodLabels.twoDigits(lastYear));
            case FINANCIAL ->
                PeriodLabels.twoYears(firstYear) + "-" + PeriodLabels.twoDigits(lastYear) + "/"
                        + PeriodLabels.twoDigits(lastYear + 1);
            case ACADEMIC ->
                "AY " + PeriodLabels.twoYears(firstYear) + "-" + PeriodLabels.twoDigits(lastYear) + "/"
                        + PeriodLabels.twoDigits(lastYear + 1);
        };
    }
}
