package io.github.outturn.rating;

import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Spreads an annual target over its year by a {@link TargetProfile} (docs/in-year.md), as pure
 * functions.
 *
 * <ul>
 *   <li><b>Straight line</b>: period k of n is due k/n of the year, exactly (Quarter 2 of 4: 50%).
 *   <li><b>Given shares</b>: the shares of periods 1 to k added up (20;25;25;30: Quarter 2 is due 45%).
 *   <li><b>Seasonal</b>: from up to {@link #SEASONAL_YEARS} earlier years with an actual value for
 *       every period of the year, the sum of their values for period k over the sum of their values
 *       for the last period (the year to date at the year end for a cumulative measure), in per cent
 *       rounded half up to {@link #SHARE_DECIMALS} decimal place, so the shares a report states are
 *       the ones used. No such year: no share.
 * </ul>
 *
 * <pre>{@code
 * TargetProfiles.share(TargetProfile.parse("shares 20;25;25;30"), FinancialQuarter.of(2016, 2),
 *         FinancialYear.of(2016)).orElseThrow().shareToDate();   // 45
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TargetProfiles {

    /** How many earlier years a seasonal profile is drawn from at most: the latest 3 complete ones. */
    public static final int SEASONAL_YEARS = 3;

    /** Decimal places of a seasonal share, in per cent: 1. */
    public static final int SHARE_DECIMALS = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetProfiles() {}

    /**
     * The share to date under a straight-line or given profile, which need no earlier data.
     *
     * @param profile the profile, not null
     * @param period the part-year period, not null
     * @param year the year containing it, not null
     * @return the share; empty for a seasonal profile, or given shares whose count is not the
     *     number of periods in the year
     * @throws IllegalArgumentException if the period is not within the year
     */
    public static Optional<ProfileShare> share(TargetProfile profile, ReportingPeriod period, ReportingPeriod year) {
        Objects.requireNonNull(profile, "profile");
        int position = position(period, year);
        int periods = periods(period, year);
        List<BigDecimal> toDate = new ArrayList<>();
        switch (profile.kind()) {
            case STRAIGHT_LINE -> {
                for (int k = 1; k <= periods; k++) {
                    toDate.add(HUNDRED.multiply(BigDecimal.valueOf(k))
                            .divide(BigDecimal.valueOf(periods), MathContext.DECIMAL64)
                            .stripTrailingZeros());
                }
            }
            case SHARES -> {
                if (profile.shares().size() != periods) {
                    return Optional.empty();
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (BigDecimal s : profile.shares()) {
                    sum = sum.add(s);
                    toDate.add(sum);
                }
            }
            case SEASONAL -> {
                return Optional.empty();
            }
        }
        return Optional.of(build(profile, period, year, position, periods, toDate, List.of()));
    }

    /**
     * The share to date under any profile: a seasonal one is drawn from the earlier years of {@code
     * series} comparable with the period (none before a series break, {@link ComparableSeries}).
     *
     * @param profile the profile, not null
     * @param indicator the indicator, not null
     * @param period the part-year period, not null
     * @param year the year containing it, of the indicator's year type, not null
     * @param series the indicator's observations for the area, in any order (forecasts are ignored)
     * @return the share, or empty when a seasonal profile has no complete earlier year, or given
     *     shares do not match the periods of the year
     */
    public static Optional<ProfileShare> share(
            TargetProfile profile,
            Indicator indicator,
            ReportingPeriod period,
            ReportingPeriod year,
            List<Observation> series) {
        if (profile.kind() != TargetProfile.Kind.SEASONAL) {
            return share(profile, period, year);
        }
        Objects.requireNonNull(indicator, "indicator");
        // Years before a series break are not comparable with this one: they give no shares.
        List<Observation> comparable =
                ComparableSeries.of(indicator, series, period).observations();
        int position = position(period, year);
        int periods = periods(period, year);
        ReportingPeriod first = period;
        for (int k = position; k > 1; k--) {
            first = first.previous();
        }
        BigDecimal[] sums = new BigDecimal[periods];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        List<ReportingPeriod> basis = new ArrayList<>();
        ReportingPeriod start = first;
        ReportingPeriod y = year;
        // Look back up to ten years for complete ones, keeping the latest SEASONAL_YEARS.
        for (int back = 0; back < 10 && basis.size() < SEASONAL_YEARS; back++) {
            start = start.samePeriodLastYear();
            y = y.samePeriodLastYear();
            List<BigDecimal> values = new ArrayList<>();
            ReportingPeriod p = start;
            for (int k = 0; k < periods; k++) {
                values.add(valueAt(comparable, p).orElse(null));
                p = p.next();
            }
            if (values.contains(null) || values.get(periods - 1).signum() <= 0) {
                continue;
            }
            for (int k = 0; k < periods; k++) {
                sums[k] = sums[k].add(values.get(k));
            }
            basis.add(0, y);
        }
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> toDate = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            toDate.add(sums[k].multiply(HUNDRED).divide(sums[periods - 1], SHARE_DECIMALS, RoundingMode.HALF_UP));
        }
        return Optional.of(build(profile, period, year, position, periods, toDate, basis));
    }

    /**
     * The year-end value a part-year value points to under a share to date: the value divided by the
     * share (a cumulative Quarter 2 of 46.9 at 50% points to 93.8).
     *
     * @param value the part-year value, not null
     * @param shareToDate the per cent of the year due by now, above zero
     * @return the year-end value, to 16 significant digits
     */
    static BigDecimal yearEnd(BigDecimal value, BigDecimal shareToDate) {
        return value.multiply(HUNDRED).divide(shareToDate, MathContext.DECIMAL64);
    }

    /**
     * The run rate's share to date: a cumulative measure's part of the year gone (straight line), any
     * other measure's 100% (its latest value stands for the year).
     */
    static Optional<ProfileShare> runRate(Indicator indicator, ReportingPeriod period, ReportingPeriod year) {
        if (indicator.measureType() == MeasureType.CUMULATIVE) {
            return share(TargetProfile.straightLine(), period, year);
        }
        int periods = periods(period, year);
        List<BigDecimal> toDate = new ArrayList<>();
        for (int k = 0; k < periods; k++) {
            toDate.add(HUNDRED);
        }
        return Optional.of(
                build(TargetProfile.straightLine(), period, year, position(period, year), periods, toDate, List.of()));
    }

    private static ProfileShare build(
            TargetProfile profile,
            ReportingPeriod period,
            ReportingPeriod year,
            int position,
            int periods,
            List<BigDecimal> toDate,
            List<ReportingPeriod> basis) {
        return ProfileShare.builder()
                .profile(profile)
                .period(period)
                .year(year)
                .position(position)
                .periods(periods)
                .toDate(toDate)
                .basisYears(basis)
                .build();
    }

    private static Optional<BigDecimal> valueAt(List<Observation> series, ReportingPeriod p) {
        for (Observation o : series) {
            if (o.period().equals(p)
                    && o.status() != ObservationStatus.FORECAST
                    && o.value().isPresent()) {
                return o.value();
            }
        }
        return Optional.empty();
    }

    private static int position(ReportingPeriod period, ReportingPeriod year) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(year, "year");
        if (!period.isWithin(year) || period.equals(year)) {
            throw new IllegalArgumentException("The period " + period + " is not part of the year " + year
                    + ": expected a quarter or month of it");
        }
        int k = 1;
        for (ReportingPeriod p = period.previous(); p.isWithin(year); p = p.previous()) {
            k++;
        }
        return k;
    }

    private static int periods(ReportingPeriod period, ReportingPeriod year) {
        int n = position(period, year);
        for (ReportingPeriod p = period.next(); p.isWithin(year); p = p.next()) {
            n++;
        }
        return n;
    }
}
