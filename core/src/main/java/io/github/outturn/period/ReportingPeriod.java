package io.github.outturn.period;

import java.time.LocalDate;

/**
 * A span of dates that figures are reported for: a financial year, quarter or half year, a month, an
 * academic or calendar year, or several pooled years.
 *
 * <pre>{@code
 * ReportingPeriod q2 = ReportingPeriod.parse("Q2 2014/15", YearType.FINANCIAL);
 * q2.toString();            // "2014/15 Q2"
 * q2.getStart();            // 2014-07-01
 * q2.next();                // 2014/15 Q3
 * q2.samePeriodLastYear();  // 2013/14 Q2
 * }</pre>
 *
 * <p>{@code toString()} is the canonical label and parses back to an equal period. Periods order by
 * start date, then end date, then kind, consistently with {@code equals}. Implementations are
 * immutable and thread-safe.
 */
public interface ReportingPeriod extends Comparable<ReportingPeriod> {

    /** The kind of this period. */
    PeriodKind getKind();

    /** The first day of the period. */
    LocalDate getStart();

    /** The last day of the period, inclusive. */
    LocalDate getEnd();

    /** The period of the same kind and length that follows this one. */
    ReportingPeriod next();

    /** The period of the same kind and length that comes before this one. */
    ReportingPeriod previous();

    /** The period of the same kind one year earlier ("2014/15 Q2" gives "2013/14 Q2"). */
    ReportingPeriod samePeriodLastYear();

    /** Whether the date falls within this period, both ends included. */
    default boolean contains(LocalDate date) {
        return !date.isBefore(getStart()) && !date.isAfter(getEnd());
    }
}
