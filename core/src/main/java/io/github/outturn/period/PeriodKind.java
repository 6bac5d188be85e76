package io.github.outturn.period;

/**
 * The kinds of reporting period Outturn knows.
 *
 * <pre>{@code
 * ReportingPeriod.parse("2014/15 Q2", YearType.FINANCIAL).getKind(); // FINANCIAL_QUARTER
 * }</pre>
 */
public enum PeriodKind {
    /** April to March, "2014/15". */
    FINANCIAL_YEAR,
    /** Six months of a financial year, "2014/15 H1" (April to September). */
    FINANCIAL_HALF_YEAR,
    /** Three months of a financial year, "2014/15 Q2" (Q1 is April to June). */
    FINANCIAL_QUARTER,
    /** A calendar month, "2014-07". */
    MONTH,
    /** September to August, "AY 2015/16". */
    ACADEMIC_YEAR,
    /** January to December, "2015". */
    CALENDAR_YEAR,
    /** Several consecutive years pooled into one figure, "2014-16" or "2014/15-16/17". */
    POOLED_YEARS,
    /** Three months of a calendar year, "2017 Q1" (Q1 is January to March). */
    CALENDAR_QUARTER,
    /** Twelve months ending with a month, "12 months to June 2015". */
    ROLLING_YEAR,
    /** A term of the school year, "Autumn 2016", "Spring 2017", "Summer 2017". */
    SCHOOL_TERM
}
