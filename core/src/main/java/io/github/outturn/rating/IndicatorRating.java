package io.github.outturn.rating;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
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
        RatingDecision d = RatingDecision.decide(indicator, period, observation, target, lastYear, policy);

        ImmutableIndicatorAssessment.Builder b = IndicatorAssessment.builder()
                .indicatorId(indicator.id())
                .areaCode(areaCode)
                .period(period)
                .policyReference(policy.reference())
                .status(d.status());
        observation.ifPresent(o -> b.observationStatus(o.status()).publishedValue(o.value()));
        if (d.ground() != RatingDecision.Ground.CONTEXT_ONLY) {
            target.ifPresent(t -> b.targetPeriod(t.period())
                    .targetValue(t.value())
                    .targetLower(t.lower())
                    .targetUpper(t.upper()));
        }
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
        return b.reason(reason(d, indicator, period, observation, target)).build();
    }

    /** The decision in words, quoting the figures it used. */
    private static String reason(
            RatingDecision d,
            Indicator indicator,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target) {
        return switch (d.ground()) {
            case CONTEXT_ONLY -> indicator.name() + " is for context only (no judgement): NOT_RATED";
            case NO_TARGET -> "No target for " + period + ": NOT_RATED";
            case NO_PROFILED_TARGET ->
                "The " + period + " value of a cumulative measure is a year-to-date figure"
                        + " and there is only the " + target.orElseThrow().period()
                        + " target, no profiled year-to-date target for " + period + ": NOT_RATED";
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
            case AGAINST_TARGET -> againstTarget(d, indicator, period, observation.orElseThrow());
        };
    }

    /** "44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER", and the like. */
    private static String againstTarget(
            RatingDecision d, Indicator indicator, ReportingPeriod period, Observation observation) {
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
        reason.append(region.position(v, indicator));
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
        return RatingDecision.decide(indicator, period, observation, target, lastYear, policy)
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
        Optional<Observation> forecast = dataset.series(indicatorId, areaCode).stream()
                .filter(o -> o.period().equals(yearEnd.get()) && o.status() == ObservationStatus.FORECAST)
                .findFirst();
        if (forecast.isEmpty()) {
            return current;
        }
        IndicatorAssessment f = assess(
                indicator,
                areaCode,
                yearEnd.get(),
                forecast,
                findTarget(dataset, indicator, areaCode, yearEnd.get()),
                findActual(dataset, indicatorId, areaCode, yearEnd.get().samePeriodLastYear()),
                policy);
        return ImmutableIndicatorAssessment.copyOf(current)
                .withForecastYearEnd(ImmutableIndicatorAssessment.copyOf(f)
                        .withReason("Forecast for " + yearEnd.get() + ": " + f.reason()));
    }

    private static IndicatorAssessment assessFrom(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        return assess(
                indicator,
                areaCode,
                period,
                findActual(dataset, indicator.id(), areaCode, period),
                findTarget(dataset, indicator, areaCode, period),
                findActual(dataset, indicator.id(), areaCode, period.samePeriodLastYear()),
                policy);
    }

    private static Optional<Observation> findActual(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        return dataset.series(indicatorId, areaCode).stream()
                .filter(o -> o.period().equals(period) && o.status() != ObservationStatus.FORECAST)
                .findFirst();
    }

    private static Optional<Target> findTarget(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period) {
        Optional<Target> exact = dataset.findTarget(indicator.id(), period, areaCode);
        if (exact.isPresent() || indicator.measureType() != MeasureType.CUMULATIVE) {
            return exact;
        }
        return yearOf(period, indicator).flatMap(year -> dataset.findTarget(indicator.id(), year, areaCode));
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
            checkTarget(target.get(), indicator, areaCode, period);
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

    private static void checkTarget(Target t, Indicator indicator, String areaCode, ReportingPeriod period) {
        boolean areaOk = t.areaCode().map(areaCode::equals).orElse(true);
        boolean periodOk = t.period().equals(period)
                || (indicator.measureType() == MeasureType.CUMULATIVE
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
