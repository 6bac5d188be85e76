package io.github.outturn.rating;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Rates an indicator against its target (docs/rating.md, section 1), as pure functions of the inputs and a
 * {@link RatingPolicy}. The rules, in order:
 *
 * <ol>
 *   <li>A NO_JUDGEMENT indicator, or no target for the period: NOT_RATED.
 *   <li>A cumulative measure's part-year (year-to-date) value with only an annual target: NOT_RATED,
 *       since no profile was given (a value for the period that ends the year, such as Q4, is
 *       compared with the annual target, as the year to date is then the year).
 *   <li>No observation, or a suppressed or missing value: NO_DATA, never RED.
 *   <li>Otherwise the compared value (rounded half up to the indicator's decimal places, or raw, by
 *       policy) against the target and its Amber edge; a boundary counts as the better status.
 * </ol>
 *
 * <pre>{@code
 * Indicator takeUp = Indicator.builder().id("two-year-offer").name("Two-year offer take-up")
 *         .unit("%").decimalPlaces(1).polarity(Polarity.HIGHER_IS_BETTER).build();
 * Target target = Target.of("two-year-offer", FinancialYear.of(2014), new BigDecimal("45.0"));
 * Observation o = Observation.of("two-year-offer", "E08000018", FinancialYear.of(2014), new BigDecimal("44.1"));
 * IndicatorAssessment a = IndicatorRating.assess(takeUp, "E08000018", FinancialYear.of(2014),
 *         Optional.of(o), Optional.of(target), Optional.empty(), RatingPolicy.defaults());
 * a.getReason(); // "44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER"
 * }</pre>
 *
 * <p>All comparisons are exact ({@link BigDecimal#compareTo}); a relative tolerance is a percentage
 * of the target's magnitude, so it widens the band the right way for a negative target. A target
 * band never gives BLUE. Stateless and thread-safe.
 */
public final class IndicatorRating {

    private IndicatorRating() {}

    /**
     * Rates one indicator for one area and period from the pieces.
     *
     * @param indicator the indicator, not null
     * @param areaCode the area, not null
     * @param period the period rated, not null
     * @param observation the value for that period, area and indicator, or empty
     * @param target the target for that period (or, for a cumulative measure, the year containing
     *     it), or empty
     * @param lastYear the same period last year's value, used for rescue by improvement, or empty
     * @param policy the rating policy, not null
     * @return the assessment
     * @throws IllegalArgumentException if an observation or target belongs to another indicator, area
     *     or period, or an Amber threshold or BLUE threshold lies on the wrong side of the target
     */
    public static IndicatorAssessment assess(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            RatingPolicy policy) {
        checkInputs(indicator, areaCode, period, observation, target, lastYear, policy);
        return assess(indicator, areaCode, period, observation, target, lastYear, fixedShare(period, target), policy);
    }

    /**
     * Rates one indicator for one area and period from the pieces, with the profile to date worked
     * out by the caller ({@link TargetProfiles#share(TargetProfile, Indicator, ReportingPeriod,
     * ReportingPeriod, List)}): how a seasonal profile, drawn from earlier years, is rated without a
     * {@code Dataset}. A part-year value with an annual target and a share is rated against the
     * target's part due to date.
     *
     * <pre>{@code
     * ProfileShare s = TargetProfiles.share(TargetProfile.seasonal(), cafs, q2, year, series).orElseThrow();
     * IndicatorAssessment a = IndicatorRating.assess(cafs, area, q2, Optional.of(o), Optional.of(annual),
     *         Optional.empty(), Optional.of(s), RatingPolicy.defaults());
     * }</pre>
     *
     * @param indicator the indicator, not null
     * @param areaCode the area, not null
     * @param period the period rated, not null
     * @param observation the value for that period, area and indicator, or empty
     * @param target the target for that period, or the year containing it, or empty
     * @param lastYear the same period last year's value, used for rescue by improvement, or empty
     * @param share the profile to date of {@code period}, or empty
     * @param policy the rating policy, not null
     * @return the assessment
     * @throws IllegalArgumentException as the other {@code assess} does, or if the share is for
     *     another period
     */
    public static IndicatorAssessment assess(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            Optional<ProfileShare> share,
            RatingPolicy policy) {
        checkInputs(indicator, areaCode, period, observation, target, lastYear, policy);
        share.ifPresent(s -> {
            if (!s.period().equals(period)) {
                throw new IllegalArgumentException(
                        "The profile share runs to " + s.period() + ": expected one to " + period);
            }
        });
        RatingDecision d = RatingDecision.decide(indicator, period, observation, target, lastYear, share, policy);

        IndicatorAssessment.Builder b = IndicatorAssessment.builder()
                .indicatorId(indicator.id())
                .areaCode(areaCode)
                .period(period)
                .policyReference(policy.reference())
                .status(d.status());
        observation.ifPresent(o -> b.observationStatus(o.status()).publishedValue(o.value()));
        if (d.ground() != RatingDecision.Ground.CONTEXT_ONLY) {
            d.rated()
                    .or(() -> target)
                    .ifPresent(t -> b.targetPeriod(t.period())
                            .targetValue(t.value())
                            .targetLower(t.lower())
                            .targetUpper(t.upper()));
        }
        d.share().ifPresent(s -> b.profile(s.profile()).profileShareToDate(s.shareToDate()));
        d.comparedValue().ifPresent(b::comparedValue);
        d.toleranceSource().ifPresent(b::toleranceSource);
        d.tolerance().ifPresent(b::tolerance);
        d.region().ifPresent(r -> {
            r.amberLow().ifPresent(b::amberLowerEdge);
            r.amberHigh().ifPresent(b::amberUpperEdge);
            r.blueEdge().ifPresent(b::blueEdge);
        });
        d.lastYearValue().ifPresent(b::lastYearValue);
        if (d.rescued()) {
            b.rescuedByImprovement(true);
        }
        return b.reason(reason(d, indicator, period, observation, target, false))
                .build();
    }

    /** The share to date of a straight-line or given profile on an annual target, which needs no data. */
    private static Optional<ProfileShare> fixedShare(ReportingPeriod period, Optional<Target> target) {
        return target.filter(t -> t.profile().isPresent()
                        && !t.period().equals(period)
                        && period.isWithin(t.period())
                        && !period.end().equals(t.period().end()))
                .flatMap(t -> TargetProfiles.share(t.profile().get(), period, t.period()));
    }

    /** The decision in words, quoting the figures it used. */
    private static String reason(
            RatingDecision d,
            Indicator indicator,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            boolean forecast) {
        return switch (d.ground()) {
            case CONTEXT_ONLY -> indicator.name() + " is for context only (no judgement): NOT_RATED";
            case NO_TARGET -> "No target for " + period + ": NOT_RATED";
            case NO_PROFILED_TARGET -> noProfile(indicator, period, target.orElseThrow());
            case NO_VALUE ->
                "No value for " + period
                        + observation
                                .map(o -> " (" + o.status().name().toLowerCase(Locale.ROOT) + ")")
                                .orElse(" (no observation)")
                        + ": NO_DATA";
            case ZERO_TARGET_UNDEFINED ->
                "A " + d.tolerance().orElseThrow()
                        + " tolerance of a zero target is undefined, and the policy (" + ZeroTargetRule.NOT_RATED
                        + ") does not rate it: NOT_RATED";
            case AGAINST_TARGET, AGAINST_PROFILE, AGAINST_ANNUAL_TARGET ->
                againstTarget(d, indicator, period, observation.orElseThrow(), target.orElseThrow(), forecast);
        };
    }

    /** Why a part-year value is not rated against the annual target. */
    private static String noProfile(Indicator indicator, ReportingPeriod period, Target annual) {
        if (annual.profile().isPresent()) {
            TargetProfile p = annual.profile().get();
            return "The " + annual.period() + " target's " + p.describe() + " profile gives no share for " + period
                    + (p.kind() == TargetProfile.Kind.SEASONAL
                            ? ": no earlier year has a value for every period to draw it from"
                            : ": its " + p.shares().size() + " shares are not one per period of the year")
                    + ": NOT_RATED";
        }
        if (indicator.measureType() != MeasureType.CUMULATIVE) {
            return "There is only the " + annual.period() + " target for " + period
                    + ", and the policy does not rate a part-year value against the annual target: NOT_RATED";
        }
        return "The " + period + " value of a cumulative measure is a year-to-date figure"
                + " and there is only the " + annual.period()
                + " target, no profiled year-to-date target for " + period + ": NOT_RATED";
    }

    /** "44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER", and the like. */
    private static String againstTarget(
            RatingDecision d,
            Indicator indicator,
            ReportingPeriod period,
            Observation observation,
            Target given,
            boolean forecast) {
        BigDecimal raw = observation.value().orElseThrow();
        BigDecimal v = d.comparedValue().orElseThrow();
        TargetRegion region = d.region().orElseThrow();
        Tolerance tolerance = d.tolerance().orElseThrow();
        StringBuilder reason = new StringBuilder(Figures.value(v, indicator));
        if (v.compareTo(raw) != 0) {
            reason.append(" (")
                    .append(raw.toPlainString())
                    .append(" rounded to ")
                    .append(Figures.places(indicator.decimalPlaces()))
                    .append(")");
        }
        String name = switch (d.ground()) {
            case AGAINST_PROFILE -> d.share().orElseThrow().toString();
            case AGAINST_ANNUAL_TARGET -> "the " + given.period() + " target";
            default -> TargetRegion.TARGET;
        };
        reason.append(region.position(v, indicator, name, forecast));
        d.share().ifPresent(s -> reason.append(profileText(s, given, indicator)));
        String zeroNote = "with no Amber band, because a " + tolerance + " tolerance of a zero target is undefined";
        if (d.status() == Status.BLUE) {
            reason.append(", ").append(region.blueText(indicator));
        } else if (d.status() == Status.GREEN && region.zeroNoBlue()) {
            reason.append(", not BLUE, because a ")
                    .append(region.blueMargin().orElseThrow())
                    .append(" BLUE margin of a zero target is undefined");
        }
        if ((d.status() == Status.BLUE || d.status() == Status.GREEN)
                && (region.zeroNoAmberLow() || region.zeroNoAmberHigh())) {
            reason.append(", ").append(zeroNote);
        } else if (d.status() == Status.AMBER && !d.rescued()) {
            reason.append(", within ").append(Figures.tolerance(tolerance, indicator));
        } else if (d.status() == Status.RED || d.rescued()) {
            reason.append(", ")
                    .append(region.missedZeroSide(v) ? zeroNote : "beyond " + Figures.tolerance(tolerance, indicator));
        }
        if (d.rescued()) {
            reason.append(", but better than ")
                    .append(Figures.value(d.lastYearValue().orElseThrow(), indicator))
                    .append(" in ")
                    .append(period.samePeriodLastYear())
                    .append(" (rescued by improvement)");
        }
        return reason.append(": ").append(d.status()).toString();
    }

    /**
     * " (50% of the 2016/17 target of 95.0%)", and for a seasonal profile the shares by period and
     * the years they come from.
     */
    private static String profileText(ProfileShare s, Target annual, Indicator indicator) {
        StringBuilder b = new StringBuilder(" (")
                .append(Figures.percent(s.shareToDate()))
                .append(" of the ")
                .append(annual.period())
                .append(" target of ")
                .append(annual.value().map(v -> Figures.value(v, indicator)).orElseGet(() -> "its band"));
        if (!s.basisYears().isEmpty()) {
            b.append("; seasonal shares to date by period ");
            for (int i = 0; i < s.toDate().size(); i++) {
                b.append(i == 0 ? "" : ", ").append(Figures.percent(s.toDate().get(i)));
            }
            List<ReportingPeriod> years = s.basisYears();
            b.append(", from ")
                    .append(
                            years.size() == 1
                                    ? years.get(0).toString()
                                    : years.get(0) + " to " + years.get(years.size() - 1));
        }
        return b.append(")").toString();
    }

    /**
     * The status alone, by exactly the rule of {@link #assess(Indicator, String, ReportingPeriod,
     * Optional, Optional, Optional, RatingPolicy) assess}, without the assessment's reason and
     * figures: for bulk work, such as rating every area of a large dataset, that keeps only the
     * status. Both apply the rules through one decision function, so the two cannot disagree.
     *
     * <pre>{@code
     * Status s = IndicatorRating.status(takeUp, "E08000018", FinancialYear.of(2014),
     *         Optional.of(o), Optional.of(target), Optional.empty(), RatingPolicy.defaults());  // AMBER
     * }</pre>
     *
     * @param indicator the indicator, not null
     * @param areaCode the area, not null
     * @param period the period rated, not null
     * @param observation the value for that period, area and indicator, or empty
     * @param target the target for that period (or, for a cumulative measure, the year containing
     *     it), or empty
     * @param lastYear the same period last year's value, used for rescue by improvement, or empty
     * @param policy the rating policy, not null
     * @return the status {@code assess} gives
     * @throws IllegalArgumentException as {@code assess} does (which, writing the figures into its
     *     reason, can also fail on a value with an exponent far beyond the 1000 the validator
     *     accepts, where this only compares)
     */
    public static Status status(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            RatingPolicy policy) {
        checkInputs(indicator, areaCode, period, observation, target, lastYear, policy);
        return RatingDecision.decide(
                        indicator, period, observation, target, lastYear, fixedShare(period, target), policy)
                .status();
    }

    /**
     * Rates one indicator for one area and period from a dataset: finds the target ({@link
     * Dataset#findTarget}; for a cumulative measure with no target for the period, the target of the
     * year containing it), the observation (not a forecast), the same period last year's, and, when
     * the policy asks for it, the forecast year-end status (an observation with status FORECAST for
     * the year of the indicator's year type containing the period).
     *
     * @param dataset the dataset, not null
     * @param indicatorId an indicator in the dataset
     * @param areaCode the area
     * @param period the period
     * @param policy the policy
     * @return the assessment
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static IndicatorAssessment assess(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        Indicator indicator = dataset.findIndicator(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + Quote.of(indicatorId)
                        + " in the dataset: expected the id of one of its indicators"));
        IndicatorAssessment current = assessFrom(dataset, indicator, areaCode, period, policy);
        if (!policy.forecastYearEnd()) {
            return current;
        }
        Optional<ReportingPeriod> yearEnd = yearOf(period, indicator);
        if (yearEnd.isEmpty()) {
            return current;
        }
        ReportingPeriod year = yearEnd.get();
        Optional<Observation> forecast = dataset.series(indicatorId, areaCode).stream()
                .filter(o -> o.period().equals(year) && o.status() == ObservationStatus.FORECAST)
                .findFirst();
        Optional<Target> yearTarget = findTarget(dataset, indicator, areaCode, year, policy);
        Optional<Observation> lastYear = findActual(dataset, indicatorId, areaCode, year.samePeriodLastYear());
        if (forecast.isPresent()) {
            IndicatorAssessment f =
                    assess(indicator, areaCode, year, forecast, yearTarget, lastYear, Optional.empty(), policy);
            return ImmutableIndicatorAssessment.copyOf(current)
                    .withForecastYearEnd(ImmutableIndicatorAssessment.copyOf(f)
                            .withForecastBasis(ForecastBasis.OBSERVATION)
                            .withReason("Forecast for " + year + ": " + f.reason()));
        }
        return libraryForecast(dataset, indicator, areaCode, period, year, yearTarget, lastYear, policy)
                .map(f -> (IndicatorAssessment)
                        ImmutableIndicatorAssessment.copyOf(current).withForecastYearEnd(f))
                .orElse(current);
    }

    /**
     * The year end forecast from a part-year actual value by the policy's method, rated against the
     * year's target: "Forecast for 2016/17 by run rate from 46.9% in 2016/17 Q2 (50% of the year):
     * 93.8% is forecast to miss the target of 95.0% by 1.2 points, within the 5% tolerance: AMBER".
     */
    private static Optional<IndicatorAssessment> libraryForecast(
            Dataset dataset,
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            ReportingPeriod year,
            Optional<Target> yearTarget,
            Optional<Observation> lastYear,
            RatingPolicy policy) {
        Optional<ForecastBasis> method = policy.forecastMethod();
        Optional<BigDecimal> value =
                findActual(dataset, indicator.id(), areaCode, period).flatMap(Observation::value);
        if (method.isEmpty() || value.isEmpty() || period.end().equals(year.end())) {
            return Optional.empty();
        }
        Optional<ProfileShare> share = method.get() == ForecastBasis.SEASONAL
                ? TargetProfiles.share(
                        TargetProfile.seasonal(), indicator, period, year, dataset.series(indicator.id(), areaCode))
                : TargetProfiles.runRate(indicator, period, year);
        if (share.isEmpty() || share.get().shareToDate().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal projected = TargetProfiles.yearEnd(value.get(), share.get().shareToDate());
        Observation forecast = Observation.builder()
                .indicatorId(indicator.id())
                .areaCode(areaCode)
                .period(year)
                .value(projected)
                .status(ObservationStatus.FORECAST)
                .build();
        checkInputs(indicator, areaCode, year, Optional.of(forecast), yearTarget, lastYear, policy);
        RatingDecision d = RatingDecision.decide(
                indicator, year, Optional.of(forecast), yearTarget, lastYear, Optional.empty(), policy);
        IndicatorAssessment f = assess(indicator, areaCode, year, Optional.of(forecast), yearTarget, lastYear, policy);
        String basis = method.get() == ForecastBasis.SEASONAL
                ? "by the seasonal profile of " + seasonYears(share.get()) + " from "
                : "by run rate from ";
        boolean carried = method.get() == ForecastBasis.RUN_RATE && indicator.measureType() != MeasureType.CUMULATIVE;
        String from = Figures.value(value.get(), indicator) + " in " + period
                + (carried
                        ? " (carried to the year end)"
                        : " (" + Figures.percent(share.get().shareToDate()) + " of the year)");
        return Optional.of(ImmutableIndicatorAssessment.copyOf(f)
                .withForecastBasis(method.get())
                .withReason("Forecast for " + year + " " + basis + from + ": "
                        + reason(d, indicator, year, Optional.of(forecast), yearTarget, true)));
    }

    private static String seasonYears(ProfileShare s) {
        List<ReportingPeriod> years = s.basisYears();
        return years.size() == 1 ? years.get(0).toString() : years.get(0) + " to " + years.get(years.size() - 1);
    }

    private static IndicatorAssessment assessFrom(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        Optional<Target> target = findTarget(dataset, indicator, areaCode, period, policy);
        Optional<ProfileShare> share = target.filter(t -> t.profile().isPresent()
                        && !t.period().equals(period)
                        && !period.end().equals(t.period().end()))
                .flatMap(t -> TargetProfiles.share(
                        t.profile().get(), indicator, period, t.period(), dataset.series(indicator.id(), areaCode)));
        return assess(
                indicator,
                areaCode,
                period,
                findActual(dataset, indicator.id(), areaCode, period),
                target,
                findActual(dataset, indicator.id(), areaCode, period.samePeriodLastYear()),
                share,
                policy);
    }

    private static Optional<Observation> findActual(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        return dataset.series(indicatorId, areaCode).stream()
                .filter(o -> o.period().equals(period) && o.status() != ObservationStatus.FORECAST)
                .findFirst();
    }

    /**
     * The period's own target; failing that the target of the year containing it, for a cumulative
     * measure, a target with a profile, or when the policy rates part-year snapshots against the
     * annual target.
     */
    private static Optional<Target> findTarget(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        Optional<Target> exact = dataset.findTarget(indicator.id(), period, areaCode);
        if (exact.isPresent()) {
            return exact;
        }
        return yearOf(period, indicator)
                .filter(year -> !year.equals(period))
                .flatMap(year -> dataset.findTarget(indicator.id(), year, areaCode))
                .filter(t -> yearTargetApplies(indicator, t, policy));
    }

    /** Whether a part-year value of this indicator may be rated against the annual target {@code t}. */
    private static boolean yearTargetApplies(Indicator indicator, Target t, RatingPolicy policy) {
        return indicator.measureType() == MeasureType.CUMULATIVE || t.profile().isPresent() || policy.inYearSnapshot();
    }

    /** The year of the indicator's year type that contains the period, if the period lies within one. */
    static Optional<ReportingPeriod> yearOf(ReportingPeriod period, Indicator indicator) {
        if (period.kind() == PeriodKind.POOLED_YEARS) {
            return Optional.empty();
        }
        ReportingPeriod year = switch (indicator.yearType()) {
            case FINANCIAL -> FinancialYear.containing(period.start());
            case ACADEMIC -> AcademicYear.containing(period.start());
            case CALENDAR -> CalendarYear.of(period.start().getYear());
        };
        return period.isWithin(year) ? Optional.of(year) : Optional.empty();
    }

    static BigDecimal compared(BigDecimal raw, Indicator indicator, RatingPolicy policy) {
        return policy.valueComparison() == ValueComparison.RAW ? raw : Figures.display(raw, indicator);
    }

    /** What {@code assess} and {@code status} both require of their inputs. */
    private static void checkInputs(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            RatingPolicy policy) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        if (observation.isPresent()) {
            checkObservation(observation.get(), indicator, areaCode, period, "observation");
        }
        if (lastYear.isPresent()) {
            checkObservation(lastYear.get(), indicator, areaCode, period.samePeriodLastYear(), "lastYear");
        }
        if (target.isPresent()) {
            checkTarget(target.get(), indicator, areaCode, period, policy);
        }
    }

    private static void checkObservation(
            Observation o, Indicator indicator, String areaCode, ReportingPeriod period, String what) {
        if (!o.indicatorId().equals(indicator.id())
                || !o.areaCode().equals(areaCode)
                || !o.period().equals(period)) {
            throw new IllegalArgumentException("The " + what + " is of " + o.indicatorId() + " for "
                    + o.areaCode() + " " + o.period() + ": expected " + indicator.id() + " for " + areaCode
                    + " " + period);
        }
    }

    private static void checkTarget(
            Target t, Indicator indicator, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        boolean areaOk = t.areaCode().map(areaCode::equals).orElse(true);
        boolean periodOk = t.period().equals(period)
                || (yearTargetApplies(indicator, t, policy)
                        && period.isWithin(t.period())
                        && yearOf(period, indicator).map(t.period()::equals).orElse(false));
        if (!t.indicatorId().equals(indicator.id()) || !areaOk || !periodOk) {
            throw new IllegalArgumentException("The target is of " + t.indicatorId() + " for "
                    + t.areaCode().orElse("every area") + " " + t.period() + ": expected " + indicator.id()
                    + " for " + areaCode + " " + period
                    + (indicator.measureType() == MeasureType.CUMULATIVE ? " or the year containing it" : ""));
        }
    }
}
