package io.github.outturn.rating;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the rating rules decide for one value, before any words: which rule applied, the status, and
 * the figures the decision used. {@link #decide} is the one place the rules of {@link IndicatorRating}
 * are applied; {@code assess} explains its answer, {@code status} returns the status alone.
 *
 * <pre>{@code
 * RatingDecision d = RatingDecision.decide(takeUp, year, Optional.of(o), Optional.of(target),
 *         Optional.empty(), Optional.empty(), RatingPolicy.defaults());
 * d.ground();   // AGAINST_TARGET
 * d.status();   // AMBER
 * }</pre>
 *
 * @param ground the rule that decided
 * @param status the status
 * @param tolerance the tolerance used, once a value was compared with a target
 * @param toleranceSource where the tolerance came from, likewise
 * @param comparedValue the value compared (rounded to the indicator's places, or raw, by policy)
 * @param region the target's region, when the value was rated against it
 * @param lastYearValue last year's compared value, when a RED value was considered for rescue by
 *     improvement
 * @param rescued whether a RED value was made AMBER by improvement
 * @param rated the target the value was compared with: the target given, or for a part-year value
 *     rated against a profile, the annual target's part due to date
 * @param share the profile to date, when a part-year value was rated against a profiled target
 */
record RatingDecision(
        Ground ground,
        Status status,
        Optional<Tolerance> tolerance,
        Optional<ToleranceSource> toleranceSource,
        Optional<BigDecimal> comparedValue,
        Optional<TargetRegion> region,
        Optional<BigDecimal> lastYearValue,
        boolean rescued,
        Optional<Target> rated,
        Optional<ProfileShare> share) {

    /** Which of the rules, in order, decided. */
    enum Ground {
        /** A NO_JUDGEMENT indicator: NOT_RATED. */
        CONTEXT_ONLY,
        /** No target for the period: NOT_RATED. */
        NO_TARGET,
        /** A cumulative measure's year-to-date value with only the annual target: NOT_RATED. */
        NO_PROFILED_TARGET,
        /** A part-year value rated against its annual target's profile to date. */
        AGAINST_PROFILE,
        /** A snapshot's part-year value rated against the annual target, as the policy asks. */
        AGAINST_ANNUAL_TARGET,
        /** No observation, or no value in it: NO_DATA. */
        NO_VALUE,
        /** A relative tolerance of a zero target, which the policy does not rate: NOT_RATED. */
        ZERO_TARGET_UNDEFINED,
        /** The value against the target's region: BLUE, GREEN, AMBER or RED. */
        AGAINST_TARGET
    }

    private static RatingDecision before(Ground ground, Status status) {
        return new RatingDecision(
                ground,
                status,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Applies the rules of {@link IndicatorRating} to inputs already checked to belong together.
     *
     * @throws IllegalArgumentException if an Amber or BLUE threshold lies on the wrong side of the
     *     target, or a target band lacks the end the polarity needs
     */
    static RatingDecision decide(
            Indicator indicator,
            ReportingPeriod period,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            Optional<ProfileShare> share,
            RatingPolicy policy) {
        if (indicator.polarity() == Polarity.NO_JUDGEMENT) {
            return before(Ground.CONTEXT_ONLY, Status.NOT_RATED);
        }
        if (target.isEmpty()) {
            return before(Ground.NO_TARGET, Status.NOT_RATED);
        }
        Target t = target.get();
        Ground against = Ground.AGAINST_TARGET;
        if (!t.period().equals(period) && !period.end().equals(t.period().end())) {
            if (share.isPresent()) {
                t = toDate(t, share.get().shareToDate());
                against = Ground.AGAINST_PROFILE;
            } else if (t.profile().isEmpty()
                    && indicator.measureType() != MeasureType.CUMULATIVE
                    && policy.inYearSnapshot()) {
                against = Ground.AGAINST_ANNUAL_TARGET;
            } else {
                return before(Ground.NO_PROFILED_TARGET, Status.NOT_RATED);
            }
        }
        Optional<BigDecimal> raw = observation.flatMap(Observation::value);
        if (raw.isEmpty()) {
            return before(Ground.NO_VALUE, Status.NO_DATA);
        }
        BigDecimal v = IndicatorRating.compared(raw.get(), indicator, policy);
        Tolerance tolerance;
        ToleranceSource source;
        if (t.tolerance().isPresent()) {
            tolerance = t.tolerance().get();
            source = ToleranceSource.TARGET;
        } else {
            tolerance = policy.defaultToleranceFor(indicator.statisticType());
            source = policy.defaultTolerances().containsKey(indicator.statisticType())
                    ? ToleranceSource.POLICY_STATISTIC_TYPE_DEFAULT
                    : ToleranceSource.POLICY_DEFAULT;
        }
        TargetRegion region = TargetRegion.of(indicator, t, tolerance, policy);
        if (region.zeroNotRated()) {
            return new RatingDecision(
                    Ground.ZERO_TARGET_UNDEFINED,
                    Status.NOT_RATED,
                    Optional.of(tolerance),
                    Optional.of(source),
                    Optional.of(v),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    Optional.of(t),
                    share);
        }
        BigDecimal shortfall = region.shortfall(v);
        Status status;
        Optional<BigDecimal> lastYearValue = Optional.empty();
        boolean rescued = false;
        if (shortfall.signum() == 0) {
            status = region.isBlue(v) ? Status.BLUE : Status.GREEN;
        } else if (region.isAmber(v)) {
            status = Status.AMBER;
        } else {
            status = Status.RED;
            Optional<BigDecimal> last = lastYear.flatMap(Observation::value);
            if (policy.rescuedByImprovement() && last.isPresent()) {
                BigDecimal lastCompared = IndicatorRating.compared(last.get(), indicator, policy);
                lastYearValue = Optional.of(lastCompared);
                rescued = shortfall.compareTo(region.shortfall(lastCompared)) < 0;
                status = rescued ? Status.AMBER : Status.RED;
            }
        }
        return new RatingDecision(
                against,
                status,
                Optional.of(tolerance),
                Optional.of(source),
                Optional.of(v),
                Optional.of(region),
                lastYearValue,
                rescued,
                Optional.of(t),
                against == Ground.AGAINST_PROFILE ? share : Optional.empty());
    }

    /**
     * The part of an annual target due by a share of the year (per cent): its value or band ends and
     * an Amber threshold scaled exactly; a relative or absolute tolerance as it is.
     */
    private static Target toDate(Target annual, BigDecimal sharePercent) {
        UnaryOperator<BigDecimal> part = x -> x.multiply(sharePercent).movePointLeft(2);
        return Target.builder()
                .from(annual)
                .value(annual.value().map(part))
                .lower(annual.lower().map(part))
                .upper(annual.upper().map(part))
                .tolerance(annual.tolerance()
                        .map(tol -> tol.kind() == Tolerance.Kind.THRESHOLD
                                ? Tolerance.threshold(part.apply(tol.amount()))
                                : tol))
                .build();
    }
}
