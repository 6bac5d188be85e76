package io.github.outturn.rating;

import io.github.outturn.period.ReportingPeriod;

/**
 * Which earlier period a direction of travel compares the latest value with.
 *
 * <pre>{@code
 * TravelTerm.SHORT_TERM.comparisonPeriod(FinancialQuarter.of(2014, 2)); // 2014/15 Q1
 * TravelTerm.LONG_TERM.comparisonPeriod(FinancialQuarter.of(2014, 2));  // 2013/14 Q2
 * }</pre>
 */
public enum TravelTerm {
    /** The previous period ({@link ReportingPeriod#previous()}). */
    SHORT_TERM,
    /** The same period last year ({@link ReportingPeriod#samePeriodLastYear()}), for seasonal measures. */
    LONG_TERM;

    /**
     * The period the latest value is compared with.
     *
     * @param latest the latest period, not null
     * @return the previous period, or the same period a year earlier
     */
    public ReportingPeriod comparisonPeriod(ReportingPeriod latest) {
        return this == SHORT_TERM ? latest.previous() : latest.samePeriodLastYear();
    }
}
