package io.github.outturn.period;

/**
 * Which kind of year a label such as {@code "2015/16"} names: the LAIT data dictionary's
 * {@code Year_Type}.
 *
 * <p>The same text is a financial year (April to March) for one indicator and an academic year
 * (September to August) for another, so parsing a year label always takes a year type:
 *
 * <pre>{@code
 * ReportingPeriod.parse("2015/16", YearType.ACADEMIC); // AY 2015/16
 * ReportingPeriod.parse("2015/16", YearType.FINANCIAL); // 2015/16
 * }</pre>
 */
public enum YearType {
    /** April to March ("2014/15"). */
    FINANCIAL,
    /** September to August ("AY 2015/16"). */
    ACADEMIC,
    /** January to December ("2015"). */
    CALENDAR
}
