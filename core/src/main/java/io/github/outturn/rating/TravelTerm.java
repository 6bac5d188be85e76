package io.github.outturn.rating;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.period.ReportingPeriod;

/**
 * Which earlier period a direction of travel compares the latest value with.
 *
 * <pre>{@code
 * RatingPolicy policy = RatingPolicy.defaults();   // long term on annual data: 3 years back
 * TravelTerm.SHORT_TERM.comparisonPeriod(FinancialQuarter.of(2014, 2), policy); // 2014/15 Q1
 * TravelTerm.LONG_TERM.comparisonPeriod(FinancialQuarter.of(2014, 2), policy);  // 2013/14 Q2
 * TravelTerm.LONG_TERM.comparisonPeriod(FinancialYear.of(2023), policy);        // 2020/21
 * }</pre>
 */
public enum TravelTerm {
    /** The previous period ({@link ReportingPeriod#previous()}). */
    SHORT_TERM,
    /**
     * The same period last year ({@link ReportingPeriod#samePeriodLastYear()}) for periods shorter
     * than a year; for annual periods, where that is the previous period, the same period {@link
     * RatingPolicy#longTermYears()} years back.
     */
    LONG_TERM;

    /**
     * The period the latest value is compared with.
     *
     * @param latest the latest period, not null
     * @param policy the policy, which says how far back long term goes on annual data; not null
     * @return the previous period, the same period a year earlier, or on annual data the same period
     *     the policy's number of years earlier
     */
    public ReportingPeriod comparisonPeriod(ReportingPeriod latest, RatingPolicy policy) {
        if (this == SHORT_TERM) {
            return latest.previous();
        }
        ReportingPeriod p = latest.samePeriodLastYear();
        if (isAnnual(latest)) {
            for (int i = 1; i < policy.longTermYears(); i++) {
                p = p.samePeriodLastYear();
            }
        }
        return p;
    }

    /**
     * The period the latest value of this indicator is compared with: as {@link
     * #comparisonPeriod(ReportingPeriod, RatingPolicy)}, except that a cumulative (year-to-date)
     * measure's part-year value is compared in both terms with the same point last year (Quarter 2
     * year to date against Quarter 2 year to date a year before), never with the previous period's
     * smaller running total.
     *
     * <pre>{@code
     * TravelTerm.SHORT_TERM.comparisonPeriod(cafsInitiated, FinancialQuarter.of(2016, 2), policy); // 2015/16 Q2
     * }</pre>
     *
     * @param indicator the indicator, not null
     * @param latest the latest period, not null
     * @param policy the policy, not null
     * @return the period compared with
     */
    public ReportingPeriod comparisonPeriod(Indicator indicator, ReportingPeriod latest, RatingPolicy policy) {
        return isYearToDate(indicator, latest) ? latest.samePeriodLastYear() : comparisonPeriod(latest, policy);
    }

    /**
     * How the comparison period of this indicator stands to the latest, for reasons: as {@link
     * #describe(ReportingPeriod, RatingPolicy)}, or "the same point a year before" for a
     * cumulative measure's part-year value.
     *
     * @param indicator the indicator, not null
     * @param latest the latest period, not null
     * @param policy the policy, not null
     * @return the words
     */
    public String describe(Indicator indicator, ReportingPeriod latest, RatingPolicy policy) {
        return isYearToDate(indicator, latest) ? "the same point a year before" : describe(latest, policy);
    }

    /** Whether the indicator's value for this period is a part-year running total. */
    static boolean isYearToDate(Indicator indicator, ReportingPeriod latest) {
        return indicator.measureType() == MeasureType.CUMULATIVE && !isAnnual(latest);
    }

    /**
     * How the comparison period stands to the latest, for reasons: "the period before", "the same
     * period a year before", "the same period 3 years before".
     *
     * @param latest the latest period, not null
     * @param policy the policy, not null
     * @return the words
     */
    public String describe(ReportingPeriod latest, RatingPolicy policy) {
        if (this == SHORT_TERM) {
            return "the period before";
        }
        return isAnnual(latest)
                ? "the same period " + policy.longTermYears() + " years before"
                : "the same period a year before";
    }

    /** Whether a year back is also the period before: a year, or a run of pooled years. */
    private static boolean isAnnual(ReportingPeriod latest) {
        return latest.previous().equals(latest.samePeriodLastYear());
    }
}
