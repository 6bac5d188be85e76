package io.github.outturn.model;

import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.YearType;

/**
 * How often an indicator is reported, which decides the kinds of reporting period its observations and targets may have.
 *
 * <pre>{@code
 * Frequency.QUARTERLY.fits(PeriodKind.FINANCIAL_QUARTER, YearType.FINANCIAL); // true
 * }</pre>
 */
public enum Frequency {
    /** Once a year: a financial, academic or calendar year as the year type says. */
    ANNUAL(null),
    /** Twice a financial year ("2014/15 H1"). */
    HALF_YEARLY(PeriodKind.FINANCIAL_HALF_YEAR),
    /** Four times a year: financial quarters ("2014/15 Q2"), or calendar quarters ("2017 Q1") for a calendar-year indicator. */
    QUARTERLY(PeriodKind.FINANCIAL_QUARTER),
    /** Every month ("2014-07"). */
    MONTHLY(PeriodKind.MONTH),
    /** Several years pooled into one figure ("2014-16"). */
    MULTI_YEAR(PeriodKind.POOLED_YEARS),
    /** Each school term ("Autumn 2016"). */
    TERMLY(PeriodKind.SCHOOL_TERM),
    /** A rolling twelve months, published month by month or quarter by quarter ("12 months to June 2015"). */
    ROLLING_TWELVE_MONTHS(PeriodKind.ROLLING_YEAR);

    private final PeriodKind kind;

    Frequency(PeriodKind kind) {
        this.kind = kind;
    }

    /**
     * The kind of period an observation of this frequency has.
     *
     * @param yearType the indicator's year type, which decides the kind of an annual period
     * @return the period kind
     */
    public PeriodKind periodKind(YearType yearType) {
        if (this == QUARTERLY && yearType == YearType.CALENDAR) {
            return PeriodKind.CALENDAR_QUARTER;
        }
        if (kind != null) {
            return kind;
        }
        return switch (yearType) {
            case FINANCIAL -> PeriodKind.FINANCIAL_YEAR;
            case ACADEMIC -> PeriodKind.ACADEMIC_YEAR;
            case CALENDAR -> PeriodKind.CALENDAR_YEAR;
        };
    }

    /**
     * How many of this frequency's periods make up a year: 1 (annual), 2 (half-yearly), 3 (termly:
     * autumn, spring and summer), 4 (quarterly) or 12 (monthly); 0 for pooled years and rolling
     * twelve months, whose periods do not divide a year. A target profile's given shares are one per
     * period.
     *
     * <pre>{@code
     * Frequency.QUARTERLY.periodsInYear(); // 4
     * }</pre>
     *
     * @return the number of periods in a year
     */
    public int periodsInYear() {
        return switch (this) {
            case ANNUAL -> 1;
            case HALF_YEARLY -> 2;
            case TERMLY -> 3;
            case QUARTERLY -> 4;
            case MONTHLY -> 12;
            case MULTI_YEAR, ROLLING_TWELVE_MONTHS -> 0;
        };
    }

    /**
     * Whether a period of the given kind fits this frequency for an indicator of the given year type.
     *
     * @param periodKind the kind of a period an observation or a target names
     * @param yearType the indicator's year type
     * @return true if the period kind is the one this frequency reports in
     */
    public boolean fits(PeriodKind periodKind, YearType yearType) {
        return periodKind(yearType) == periodKind;
    }
}
