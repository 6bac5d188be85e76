package io.github.outturn.rating;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
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

        ImmutableIndicatorAssessment.Builder b = IndicatorAssessment.builder()
                .indicatorId(indicator.getId())
                .areaCode(areaCode)
                .period(period)
                .policyReference(policy.getReference());
        observation.ifPresent(o -> b.observationStatus(o.getStatus()).publishedValue(o.getValue()));

        if (indicator.getPolarity() == Polarity.NO_JUDGEMENT) {
            return b.status(Status.NOT_RATED)
                    .reason(indicator.getName() + " is for context only (no judgement): NOT_RATED")
                    .build();
        }
        if (target.isEmpty()) {
            return b.status(Status.NOT_RATED)
                    .reason("No target for " + period + ": NOT_RATED")
                    .build();
        }
        Target t = target.get();
        b.targetPeriod(t.getPeriod())
                .targetValue(t.getValue())
                .targetLower(t.getLower())
                .targetUpper(t.getUpper());
        if (!t.getPeriod().equals(period)
                && !period.getEnd().equals(t.getPeriod().getEnd())) {
            return b.status(Status.NOT_RATED)
                    .reason("The " + period + " value of a cumulative measure is a year-to-date figure and there is"
                            + " only the " + t.getPeriod() + " target, no profiled year-to-date target for " + period
                            + ": NOT_RATED")
                    .build();
        }
        Optional<BigDecimal> value = observation.flatMap(Observation::getValue);
        if (value.isEmpty()) {
            String why = observation
                    .map(o -> " (" + o.getStatus().name().toLowerCase(Locale.ROOT) + ")")
                    .orElse(" (no observation)");
            return b.status(Status.NO_DATA)
                    .reason("No value for " + period + why + ": NO_DATA")
                    .build();
        }
        BigDecimal raw = value.get();
        BigDecimal v = compared(raw, indicator, policy);
        b.comparedValue(v);

        Tolerance tolerance;
        if (t.getTolerance().isPresent()) {
            tolerance = t.getTolerance().get();
            b.toleranceSource(ToleranceSource.TARGET);
        } else {
            tolerance = policy.defaultToleranceFor(indicator.getStatisticType());
            b.toleranceSource(
                    policy.getDefaultTolerances().containsKey(indicator.getStatisticType())
                            ? ToleranceSource.POLICY_STATISTIC_TYPE_DEFAULT
                            : ToleranceSource.POLICY_DEFAULT);
        }
        b.tolerance(tolerance);

        Region region = Region.of(indicator, t, tolerance, policy);
        if (region.zeroNotRated) {
            return b.status(Status.NOT_RATED)
                    .reason("A " + tolerance + " tolerance of a zero target is undefined, and the policy ("
                            + ZeroTargetRule.NOT_RATED + ") does not rate it: NOT_RATED")
                    .build();
        }
        region.amberLow.ifPresent(b::amberLowerEdge);
        region.amberHigh.ifPresent(b::amberUpperEdge);
        region.blueEdge.ifPresent(b::blueEdge);

        StringBuilder reason = new StringBuilder(Figures.value(v, indicator));
        if (v.compareTo(raw) != 0) {
            reason.append(" (")
                    .append(raw.toPlainString())
                    .append(" rounded to ")
                    .append(Figures.places(indicator.getDecimalPlaces()))
                    .append(")");
        }
        reason.append(region.position(v, indicator));
        String zeroNote = region.zeroNoAmberLow || region.zeroNoAmberHigh
                ? "with no Amber band, because a " + tolerance + " tolerance of a zero target is undefined"
                : null;

        Status status;
        BigDecimal shortfall = region.shortfall(v);
        if (shortfall.signum() == 0) {
            if (region.blueEdge.isPresent() && region.isBlue(v)) {
                status = Status.BLUE;
                reason.append(", ").append(region.blueText(indicator));
            } else {
                status = Status.GREEN;
                if (region.zeroNoBlue) {
                    reason.append(", not BLUE, because a ")
                            .append(policy.getBlueMargin().orElseThrow())
                            .append(" BLUE margin of a zero target is undefined");
                }
            }
            if (zeroNote != null) {
                reason.append(", ").append(zeroNote);
            }
        } else if (region.isAmber(v)) {
            status = Status.AMBER;
            reason.append(", within ").append(Figures.tolerance(tolerance, indicator));
        } else {
            status = Status.RED;
            reason.append(", ")
                    .append(region.missedZeroSide(v) ? zeroNote : "beyond " + Figures.tolerance(tolerance, indicator));
            Optional<BigDecimal> last = lastYear.flatMap(Observation::getValue);
            if (policy.isRescuedByImprovement() && last.isPresent()) {
                BigDecimal lastCompared = compared(last.get(), indicator, policy);
                b.lastYearValue(lastCompared);
                if (shortfall.compareTo(region.shortfall(lastCompared)) < 0) {
                    status = Status.AMBER;
                    b.rescuedByImprovement(true);
                    reason.append(", but better than ")
                            .append(Figures.value(lastCompared, indicator))
                            .append(" in ")
                            .append(period.samePeriodLastYear())
                            .append(" (rescued by improvement)");
                }
            }
        }
        reason.append(": ").append(status);
        return b.status(status).reason(reason.toString()).build();
    }

    /**
     * The status alone, by exactly the rule of {@link #assess(Indicator, String, ReportingPeriod,
     * Optional, Optional, Optional, RatingPolicy) assess}, without the assessment's reason and
     * figures: for bulk work, such as rating every area of a large dataset, that keeps only the
     * status. A property test and the conformance table hold the two to the same answer.
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
        if (indicator.getPolarity() == Polarity.NO_JUDGEMENT || target.isEmpty()) {
            return Status.NOT_RATED;
        }
        Target t = target.get();
        if (!t.getPeriod().equals(period)
                && !period.getEnd().equals(t.getPeriod().getEnd())) {
            return Status.NOT_RATED;
        }
        BigDecimal raw =
                observation.isEmpty() ? null : observation.get().getValue().orElse(null);
        if (raw == null) {
            return Status.NO_DATA;
        }
        BigDecimal v = compared(raw, indicator, policy);
        Tolerance tolerance = t.getTolerance().isPresent()
                ? t.getTolerance().get()
                : policy.defaultToleranceFor(indicator.getStatisticType());
        Region region = Region.of(indicator, t, tolerance, policy);
        if (region.zeroNotRated) {
            return Status.NOT_RATED;
        }
        BigDecimal shortfall = region.shortfall(v);
        if (shortfall.signum() == 0) {
            return region.blueEdge.isPresent() && region.isBlue(v) ? Status.BLUE : Status.GREEN;
        }
        if (region.isAmber(v)) {
            return Status.AMBER;
        }
        if (policy.isRescuedByImprovement() && lastYear.isPresent()) {
            BigDecimal last = lastYear.get().getValue().orElse(null);
            if (last != null && shortfall.compareTo(region.shortfall(compared(last, indicator, policy))) < 0) {
                return Status.AMBER;
            }
        }
        return Status.RED;
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
        if (!policy.isForecastYearEnd()) {
            return current;
        }
        Optional<ReportingPeriod> yearEnd = yearOf(period, indicator);
        if (yearEnd.isEmpty()) {
            return current;
        }
        Optional<Observation> forecast = dataset.getSeries(indicatorId, areaCode).stream()
                .filter(o -> o.getPeriod().equals(yearEnd.get()) && o.getStatus() == ObservationStatus.FORECAST)
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
                        .withReason("Forecast for " + yearEnd.get() + ": " + f.getReason()));
    }

    private static IndicatorAssessment assessFrom(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        return assess(
                indicator,
                areaCode,
                period,
                findActual(dataset, indicator.getId(), areaCode, period),
                findTarget(dataset, indicator, areaCode, period),
                findActual(dataset, indicator.getId(), areaCode, period.samePeriodLastYear()),
                policy);
    }

    private static Optional<Observation> findActual(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        return dataset.getSeries(indicatorId, areaCode).stream()
                .filter(o -> o.getPeriod().equals(period) && o.getStatus() != ObservationStatus.FORECAST)
                .findFirst();
    }

    private static Optional<Target> findTarget(
            Dataset dataset, Indicator indicator, String areaCode, ReportingPeriod period) {
        Optional<Target> exact = dataset.findTarget(indicator.getId(), period, areaCode);
        if (exact.isPresent() || indicator.getMeasureType() != MeasureType.CUMULATIVE) {
            return exact;
        }
        return yearOf(period, indicator).flatMap(year -> dataset.findTarget(indicator.getId(), year, areaCode));
    }

    /** The year of the indicator's year type that contains the period, if the period lies within one. */
    static Optional<ReportingPeriod> yearOf(ReportingPeriod period, Indicator indicator) {
        if (period.getKind() == PeriodKind.POOLED_YEARS) {
            return Optional.empty();
        }
        ReportingPeriod year = switch (indicator.getYearType()) {
            case FINANCIAL -> FinancialYear.containing(period.getStart());
            case ACADEMIC -> AcademicYear.containing(period.getStart());
            case CALENDAR -> CalendarYear.of(period.getStart().getYear());
        };
        return period.isWithin(year) ? Optional.of(year) : Optional.empty();
    }

    static BigDecimal compared(BigDecimal raw, Indicator indicator, RatingPolicy policy) {
        return policy.getValueComparison() == ValueComparison.RAW ? raw : Figures.display(raw, indicator);
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
        if (!o.getIndicatorId().equals(indicator.getId())
                || !o.getAreaCode().equals(areaCode)
                || !o.getPeriod().equals(period)) {
            throw new IllegalArgumentException("The " + what + " is of " + o.getIndicatorId() + " for "
                    + o.getAreaCode() + " " + o.getPeriod() + ": expected " + indicator.getId() + " for " + areaCode
                    + " " + period);
        }
    }

    private static void checkTarget(Target t, Indicator indicator, String areaCode, ReportingPeriod period) {
        boolean areaOk = t.getAreaCode().map(areaCode::equals).orElse(true);
        boolean periodOk = t.getPeriod().equals(period)
                || (indicator.getMeasureType() == MeasureType.CUMULATIVE
                        && period.isWithin(t.getPeriod())
                        && yearOf(period, indicator).map(t.getPeriod()::equals).orElse(false));
        if (!t.getIndicatorId().equals(indicator.getId()) || !areaOk || !periodOk) {
            throw new IllegalArgumentException("The target is of " + t.getIndicatorId() + " for "
                    + t.getAreaCode().orElse("every area") + " " + t.getPeriod() + ": expected " + indicator.getId()
                    + " for " + areaCode + " " + period
                    + (indicator.getMeasureType() == MeasureType.CUMULATIVE ? " or the year containing it" : ""));
        }
    }

    /** The GREEN region of a target with its Amber and BLUE edges. */
    private static final class Region {
        final Optional<BigDecimal> greenLow;
        final Optional<BigDecimal> greenHigh;
        Optional<BigDecimal> amberLow = Optional.empty();
        Optional<BigDecimal> amberHigh = Optional.empty();
        Optional<BigDecimal> blueEdge = Optional.empty();
        final Target target;
        final Polarity polarity;
        Tolerance blueMargin;
        boolean zeroNoAmberLow;
        boolean zeroNoAmberHigh;
        boolean zeroNotRated;
        boolean zeroNoBlue;

        private Region(Target target, Polarity polarity, Optional<BigDecimal> low, Optional<BigDecimal> high) {
            this.target = target;
            this.polarity = polarity;
            this.greenLow = low;
            this.greenHigh = high;
        }

        static Region of(Indicator indicator, Target t, Tolerance tolerance, RatingPolicy policy) {
            Polarity p = indicator.getPolarity();
            Optional<BigDecimal> low;
            Optional<BigDecimal> high;
            if (p == Polarity.TARGET_BAND) {
                low = t.getValue().or(t::getLower);
                high = t.getValue().or(t::getUpper);
            } else {
                BigDecimal edge = t.getValue()
                        .or(p == Polarity.HIGHER_IS_BETTER ? t::getLower : t::getUpper)
                        .orElseThrow(() -> new IllegalArgumentException("The target band of " + t.getIndicatorId()
                                + " " + t.getPeriod() + " has no "
                                + (p == Polarity.HIGHER_IS_BETTER ? "lower" : "upper")
                                + " end: a " + p.name().toLowerCase(Locale.ROOT).replace('_', '-')
                                + " indicator needs a target value or that end"));
                low = p == Polarity.HIGHER_IS_BETTER ? Optional.of(edge) : Optional.empty();
                high = p == Polarity.LOWER_IS_BETTER ? Optional.of(edge) : Optional.empty();
            }
            Region r = new Region(t, p, low, high);
            r.amberLow = low.map(e -> r.amberEdge(e, tolerance, -1, policy));
            r.amberHigh = high.map(e -> r.amberEdge(e, tolerance, +1, policy));
            if (tolerance.getKind() == Tolerance.Kind.THRESHOLD) {
                BigDecimal th = tolerance.getAmount();
                boolean below = low.map(e -> th.compareTo(e) <= 0).orElse(false);
                boolean above = high.map(e -> th.compareTo(e) >= 0).orElse(false);
                if (!below && !above) {
                    throw new IllegalArgumentException("The Amber threshold " + th.toPlainString() + " of "
                            + t.getIndicatorId() + " " + t.getPeriod()
                            + " lies on the better side of the target: expected a value "
                            + low.map(e -> "at most " + e.toPlainString()).orElse("")
                            + (low.isPresent() && high.isPresent() ? " or " : "")
                            + high.map(e -> "at least " + e.toPlainString()).orElse(""));
                }
            }
            policy.getBlueMargin().ifPresent(m -> r.blue(m, indicator));
            return r;
        }

        /** The Amber edge beyond a GREEN edge {@code e}, going down ({@code sign} -1) or up (+1). */
        private BigDecimal amberEdge(BigDecimal e, Tolerance tolerance, int sign, RatingPolicy policy) {
            return switch (tolerance.getKind()) {
                case RELATIVE -> {
                    if (e.signum() == 0) {
                        if (policy.getZeroTargetRule() == ZeroTargetRule.NOT_RATED) {
                            zeroNotRated = true;
                        } else if (sign < 0) {
                            zeroNoAmberLow = true;
                        } else {
                            zeroNoAmberHigh = true;
                        }
                        yield e;
                    }
                    BigDecimal d = Figures.percentOf(e, tolerance.getAmount());
                    yield sign < 0 ? e.subtract(d) : e.add(d);
                }
                case ABSOLUTE -> sign < 0 ? e.subtract(tolerance.getAmount()) : e.add(tolerance.getAmount());
                case THRESHOLD -> {
                    BigDecimal th = tolerance.getAmount();
                    boolean onThisSide = sign < 0 ? th.compareTo(e) <= 0 : th.compareTo(e) >= 0;
                    yield onThisSide ? th : e;
                }
            };
        }

        private void blue(Tolerance margin, Indicator indicator) {
            if (polarity == Polarity.TARGET_BAND) {
                return;
            }
            boolean higher = polarity == Polarity.HIGHER_IS_BETTER;
            BigDecimal e = higher ? greenLow.orElseThrow() : greenHigh.orElseThrow();
            blueMargin = margin;
            switch (margin.getKind()) {
                case RELATIVE -> {
                    if (e.signum() == 0) {
                        zeroNoBlue = true;
                        return;
                    }
                    BigDecimal d = Figures.percentOf(e, margin.getAmount());
                    blueEdge = Optional.of(higher ? e.add(d) : e.subtract(d));
                }
                case ABSOLUTE ->
                    blueEdge = Optional.of(higher ? e.add(margin.getAmount()) : e.subtract(margin.getAmount()));
                case THRESHOLD -> {
                    BigDecimal th = margin.getAmount();
                    if (higher ? th.compareTo(e) < 0 : th.compareTo(e) > 0) {
                        throw new IllegalArgumentException("The BLUE threshold " + th.toPlainString()
                                + " lies on the worse side of the target " + e.toPlainString() + " of "
                                + indicator.getId() + ": expected a value " + (higher ? "at least " : "at most ")
                                + e.toPlainString());
                    }
                    blueEdge = Optional.of(th);
                }
            }
        }

        /** How far the value is outside the GREEN region: zero inside it, edges included. */
        BigDecimal shortfall(BigDecimal v) {
            if (greenLow.isPresent() && v.compareTo(greenLow.get()) < 0) {
                return greenLow.get().subtract(v);
            }
            if (greenHigh.isPresent() && v.compareTo(greenHigh.get()) > 0) {
                return v.subtract(greenHigh.get());
            }
            return BigDecimal.ZERO;
        }

        /** Whether the value misses the GREEN region on a side whose Amber band vanished on a zero target. */
        boolean missedZeroSide(BigDecimal v) {
            boolean below = greenLow.isPresent() && v.compareTo(greenLow.get()) < 0;
            return below ? zeroNoAmberLow : zeroNoAmberHigh;
        }

        boolean isAmber(BigDecimal v) {
            if (greenLow.isPresent() && v.compareTo(greenLow.get()) < 0) {
                return v.compareTo(amberLow.orElseThrow()) >= 0;
            }
            return v.compareTo(amberHigh.orElseThrow()) <= 0;
        }

        boolean isBlue(BigDecimal v) {
            BigDecimal e = blueEdge.orElseThrow();
            return polarity == Polarity.HIGHER_IS_BETTER ? v.compareTo(e) >= 0 : v.compareTo(e) <= 0;
        }

        String blueText(Indicator indicator) {
            return switch (blueMargin.getKind()) {
                case RELATIVE -> "beating it by at least the " + blueMargin + " BLUE margin";
                case ABSOLUTE ->
                    "beating it by at least the BLUE margin of "
                            + Figures.difference(blueMargin.getAmount(), indicator);
                case THRESHOLD -> "reaching the BLUE threshold of " + Figures.value(blueMargin.getAmount(), indicator);
            };
        }

        /** " is below the target of 45.0% by 0.9 points", " is inside the target band of 15 to 20", ... */
        String position(BigDecimal v, Indicator indicator) {
            String what;
            BigDecimal ref;
            if (target.getValue().isPresent()) {
                ref = target.getValue().get();
                what = "the target of " + Figures.value(ref, indicator);
            } else if (polarity != Polarity.TARGET_BAND) {
                ref = polarity == Polarity.HIGHER_IS_BETTER ? greenLow.orElseThrow() : greenHigh.orElseThrow();
                what = "the target of " + Figures.value(ref, indicator) + " (the "
                        + (polarity == Polarity.HIGHER_IS_BETTER ? "lower" : "upper") + " end of the target band)";
            } else {
                what = "the target band of " + bandText(indicator);
                BigDecimal s = shortfall(v);
                if (s.signum() == 0) {
                    return " is inside " + what;
                }
                boolean below = greenLow.isPresent() && v.compareTo(greenLow.get()) < 0;
                return " is " + (below ? "below " : "above ") + what + " by " + Figures.difference(s, indicator);
            }
            int c = v.compareTo(ref);
            if (c == 0) {
                return " meets " + what;
            }
            return " is " + (c > 0 ? "above " : "below ") + what + " by "
                    + Figures.difference(v.subtract(ref), indicator);
        }

        private String bandText(Indicator indicator) {
            if (greenLow.isPresent() && greenHigh.isPresent()) {
                return Figures.value(greenLow.get(), indicator) + " to " + Figures.value(greenHigh.get(), indicator);
            }
            return greenLow.map(l -> "at least " + Figures.value(l, indicator))
                    .orElseGet(() -> "at most " + Figures.value(greenHigh.orElseThrow(), indicator));
        }
    }
}
