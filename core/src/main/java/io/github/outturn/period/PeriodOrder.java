package io.github.outturn.period;

/**
 * The order of periods ({@link ReportingPeriod#ORDER}: start date, then end date, then kind) as one
 * exact {@code long} worked out from a period's fields, without making a {@code LocalDate}. Every
 * period starts on the first day of a month and ends on the last day of one, so comparing months
 * counted from year 0 orders start and end dates exactly as the dates do.
 *
 * <pre>{@code
 * PeriodOrder.key(FinancialQuarter.of(2014, 1)) < PeriodOrder.key(FinancialYear.of(2014)); // true: same start, earlier end
 * }</pre>
 *
 * <p>The key packs the start month (bits 22 and up), the end month (bits 4 to 21; a year of at most
 * 9,999 is under 2^17 months) and the kind's ordinal (bits 0 to 3).
 */
final class PeriodOrder {

    private PeriodOrder() {}

    /** The period's place in the order: a larger key is a later period. */
    static long key(ReportingPeriod p) {
        return switch (p.kind()) {
            case FINANCIAL_YEAR -> span(month(((FinancialYear) p).startYear(), 4), 12, p);
            case FINANCIAL_HALF_YEAR -> {
                FinancialHalfYear h = (FinancialHalfYear) p;
                yield span(month(h.startYear(), 4) + 6 * (h.half() - 1), 6, p);
            }
            case FINANCIAL_QUARTER -> {
                FinancialQuarter q = (FinancialQuarter) p;
                yield span(month(q.startYear(), 4) + 3 * (q.quarter() - 1), 3, p);
            }
            case MONTH -> {
                CalendarMonth m = (CalendarMonth) p;
                yield span(month(m.yearMonth().getYear(), m.yearMonth().getMonthValue()), 1, p);
            }
            case ACADEMIC_YEAR -> span(month(((AcademicYear) p).startYear(), 9), 12, p);
            case CALENDAR_YEAR -> span(month(((CalendarYear) p).year(), 1), 12, p);
            case POOLED_YEARS -> {
                PooledYears y = (PooledYears) p;
                int start = yearStart(y.yearType(), y.firstYear());
                yield span(start, yearStart(y.yearType(), y.lastYear()) + 12 - start, p);
            }
            case CALENDAR_QUARTER -> {
                CalendarQuarter q = (CalendarQuarter) p;
                yield span(month(q.year(), 3 * q.quarter() - 2), 3, p);
            }
            case ROLLING_YEAR -> {
                RollingYear r = (RollingYear) p;
                yield span(month(r.lastMonth().getYear(), r.lastMonth().getMonthValue()) - 11, 12, p);
            }
            case SCHOOL_TERM -> {
                SchoolTerm t = (SchoolTerm) p;
                int first = switch (t.term()) {
                    case AUTUMN -> 9;
                    case SPRING -> 1;
                    case SUMMER -> 5;
                };
                yield span(month(t.year(), first), 4, p);
            }
        };
    }

    /** The key of a period starting in month {@code start} and lasting {@code months} months. */
    private static long span(int start, int months, ReportingPeriod p) {
        return ((long) start << 22)
                | ((long) (start + months - 1) << 4)
                | p.kind().ordinal();
    }

    /** Months from January of year 0 to the month (1 to 12) of the year. */
    private static int month(int year, int month) {
        return year * 12 + month - 1;
    }

    /** The first month of the year of a type starting in {@code year}. */
    private static int yearStart(YearType type, int year) {
        return switch (type) {
            case FINANCIAL -> month(year, 4);
            case ACADEMIC -> month(year, 9);
            case CALENDAR -> month(year, 1);
        };
    }
}
