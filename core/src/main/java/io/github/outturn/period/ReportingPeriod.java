package io.github.outturn.period;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A span of dates that figures are reported for: a financial year, quarter or half year, a month, an
 * academic or calendar year, a calendar quarter, twelve months to a month, a school term, or several
 * pooled years.
 *
 * <pre>{@code
 * ReportingPeriod q2 = ReportingPeriod.parse("Q2 2014/15");
 * q2.toString();            // "2014/15 Q2"
 * q2.getStart();            // 2014-07-01
 * q2.next();                // 2014/15 Q3
 * q2.samePeriodLastYear();  // 2013/14 Q2
 * ReportingPeriod.parse("2015/16", YearType.ACADEMIC); // AY 2015/16
 * ReportingPeriod.containing(PeriodKind.FINANCIAL_QUARTER, LocalDate.of(2015, 1, 31)); // 2014/15 Q4
 * }</pre>
 *
 * <p>{@code toString()} is the canonical label and {@link #parse(CharSequence)} gives an equal period
 * back. A bare two-year label such as {@code "2015/16"} is a financial year to {@link
 * #parse(CharSequence)}, the canonical reading; {@link #parse(CharSequence, YearType)} reads it as the
 * kind of year the indicator uses. Periods order by start date, then end date, then kind, consistently
 * with {@code equals}. Implementations are immutable and thread-safe.
 */
public sealed interface ReportingPeriod extends Comparable<ReportingPeriod>
        permits FinancialYear,
                FinancialQuarter,
                FinancialHalfYear,
                CalendarMonth,
                AcademicYear,
                CalendarYear,
                PooledYears,
                CalendarQuarter,
                RollingYear,
                SchoolTerm {

    /**
     * The order of periods: by start date, then end date, then kind. Worked out from each period's
     * fields as one exact key, without making the dates: periods are compared often (every series
     * is sorted, every look-up matches periods).
     */
    Comparator<ReportingPeriod> ORDER = Comparator.comparingLong(PeriodOrder::key);

    /**
     * Parses a period label, reading a bare two-year label ({@code "2015/16"}, {@code "2015-16"}) as a
     * financial year.
     *
     * @param label a label in any accepted form (see {@link PeriodParseException}), not null
     * @return the period
     * @throws PeriodParseException quoting the label and listing the accepted forms
     */
    static ReportingPeriod parse(CharSequence label) {
        return PeriodLabels.parse(label, YearType.FINANCIAL, false);
    }

    /**
     * Parses a period label for an indicator of the given year type: {@code "2015/16"} is a financial
     * year under {@link YearType#FINANCIAL} and an academic year under {@link YearType#ACADEMIC};
     * under {@link YearType#CALENDAR} a two-year label is an error. Labels that say their kind
     * ({@code "AY 2015/16"}, {@code "2014/15 Q2"}, {@code "2015"}) mean the same under every year type.
     *
     * @param label a label, not null
     * @param yearType the kind of year bare two-year labels name, not null
     * @return the period
     * @throws PeriodParseException quoting the label and listing the accepted forms
     */
    static ReportingPeriod parse(CharSequence label, YearType yearType) {
        return PeriodLabels.parse(label, Objects.requireNonNull(yearType, "yearType"), true);
    }

    /**
     * The period of a kind that contains a date.
     *
     * @param kind the kind, not {@link PeriodKind#POOLED_YEARS} or {@link PeriodKind#ROLLING_YEAR} (a date
     *     lies in many pooled periods and in twelve rolling years)
     * @param date the date, not null
     * @return the period
     * @throws IllegalArgumentException for {@link PeriodKind#POOLED_YEARS} and {@link PeriodKind#ROLLING_YEAR}
     */
    static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (kind) {
            case FINANCIAL_YEAR -> FinancialYear.containing(date);
            case FINANCIAL_HALF_YEAR -> FinancialHalfYear.containing(date);
            case FINANCIAL_QUARTER -> FinancialQuarter.containing(date);
            case MONTH -> CalendarMonth.containing(date);
            case ACADEMIC_YEAR -> AcademicYear.containing(date);
            case CALENDAR_YEAR -> CalendarYear.of(date.getYear());
            case CALENDAR_QUARTER -> CalendarQuarter.containing(date);
            case SCHOOL_TERM -> SchoolTerm.containing(date);
            case POOLED_YEARS, ROLLING_YEAR ->
                throw new IllegalArgumentException("A date lies in many periods of kind " + kind
                        + ": give a kind whose periods do not overlap, not POOLED_YEARS or ROLLING_YEAR");
        };
    }

    /** The kind of this period. */
    PeriodKind kind();

    /** The first day of the period. */
    LocalDate start();

    /** The last day of the period, inclusive. */
    LocalDate end();

    /** The period of the same kind and length that follows this one (for pooled years, a year later). */
    ReportingPeriod next();

    /** The period of the same kind and length that comes before this one (for pooled years, a year earlier). */
    ReportingPeriod previous();

    /** The period of the same kind one year earlier ("2014/15 Q2" gives "2013/14 Q2"). */
    ReportingPeriod samePeriodLastYear();

    /** The canonical label, the same as {@code toString()}. */
    default String label() {
        return toString();
    }

    /** Whether the date falls within this period, both ends included. */
    default boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** Whether this period lies wholly within the other, both ends included. */
    default boolean isWithin(ReportingPeriod other) {
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    /** Whether {@code other} is the period that comes straight before this one: {@code previous().equals(other)}. */
    default boolean follows(ReportingPeriod other) {
        return previous().equals(other);
    }

    @Override
    default int compareTo(ReportingPeriod other) {
        return Long.compare(PeriodOrder.key(this), PeriodOrder.key(other));
    }
}
