package io.github.outturn.rating;

import io.github.outturn.io.Quote;
import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.SeriesBreak;
import io.github.outturn.model.Target;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Direction of travel (docs/rating.md, section 2), as pure functions of the inputs and a {@link RatingPolicy}.
 *
 * <p>Both values are taken as the policy compares them (rounded half up to the indicator's decimal
 * places by default, or raw). The change is NO_CHANGE when it rounds to zero at the indicator's
 * decimal places, or, when the policy sets {@link RatingPolicy#noChangeBand()}, when its size is
 * at most that band. Otherwise: IMPROVING or WORSENING after polarity; for TARGET_BAND, by the
 * change in distance from the target value or band (zero inside it), so two values both inside the
 * band are NO_CHANGE; INCREASING or DECREASING under NO_JUDGEMENT. NOT_COMPARABLE when a value is
 * missing, the earlier observation is not for the period the term names, a series break lies
 * between the two ({@link ComparableSeries#between}: the indicator's, or an observation that starts a
 * new series), or a band indicator has no target.
 *
 * <pre>{@code
 * DirectionOfTravel d = DirectionOfTravelRating.compare(dataset, "two-year-offer", "E08000018",
 *         FinancialQuarter.of(2014, 2), TravelTerm.LONG_TERM, RatingPolicy.defaults());
 * d.direction(); // IMPROVING, WORSENING, NO_CHANGE, ... or NOT_COMPARABLE
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class DirectionOfTravelRating {

    /** The precision of relative changes: 16 significant digits, half even. */
    public static final MathContext RELATIVE_CHANGE_CONTEXT = MathContext.DECIMAL64;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DirectionOfTravelRating() {}

    /**
     * The direction of travel from the pieces.
     *
     * @param indicator the indicator, not null
     * @param areaCode the area, not null
     * @param period the latest period, not null
     * @param term short or long term, not null
     * @param latest the latest period's observation, or empty
     * @param earlier the earlier observation, or empty; NOT_COMPARABLE unless it is for {@code
     *     term.comparisonPeriod(indicator, period, policy)} (for a cumulative measure's part-year
     *     value, the same point last year in either term)
     * @param target the latest period's target, needed for TARGET_BAND only
     * @param policy the policy, not null
     * @return the direction of travel
     * @throws IllegalArgumentException if an observation belongs to another indicator or area, the
     *     latest is for another period, or the target is of another indicator
     */
    public static DirectionOfTravel compare(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            TravelTerm term,
            Optional<Observation> latest,
            Optional<Observation> earlier,
            Optional<Target> target,
            RatingPolicy policy) {
        return compare(indicator, areaCode, period, term, latest, earlier, target, policy, pieces(latest, earlier));
    }

    /** As the public function, with the series whose breaks count (see {@link #decide}). */
    private static DirectionOfTravel compare(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            TravelTerm term,
            Optional<Observation> latest,
            Optional<Observation> earlier,
            Optional<Target> target,
            RatingPolicy policy,
            List<Observation> series) {
        DirectionOfTravel.Builder b = DirectionOfTravel.builder();
        StringBuilder reason = new StringBuilder();
        Direction direction =
                decide(indicator, areaCode, period, term, latest, earlier, target, policy, series, b, reason);
        return b.direction(direction).reason(reason.toString()).build();
    }

    /**
     * The direction alone, by exactly the rule of {@link #compare(Indicator, String, ReportingPeriod,
     * TravelTerm, Optional, Optional, Optional, RatingPolicy) compare}, without the figures and the
     * reason: for work that keeps only the direction, such as following a run of periods or counting
     * improving measures. Both go through one decision function, so the two cannot disagree.
     *
     * <pre>{@code
     * Direction d = DirectionOfTravelRating.direction(takeUp, "E08000018", FinancialYear.of(2014),
     *         TravelTerm.SHORT_TERM, Optional.of(latest), Optional.of(lastYear), Optional.empty(),
     *         RatingPolicy.defaults());   // IMPROVING
     * }</pre>
     *
     * @param indicator the indicator, not null
     * @param areaCode the area, not null
     * @param period the latest period, not null
     * @param term short or long term, not null
     * @param latest the latest period's observation, or empty
     * @param earlier the earlier observation, or empty
     * @param target the latest period's target, needed for TARGET_BAND only
     * @param policy the policy, not null
     * @return the direction {@code compare} gives
     * @throws IllegalArgumentException as {@code compare} does
     */
    public static Direction direction(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            TravelTerm term,
            Optional<Observation> latest,
            Optional<Observation> earlier,
            Optional<Target> target,
            RatingPolicy policy) {
        return decide(
                indicator,
                areaCode,
                period,
                term,
                latest,
                earlier,
                target,
                policy,
                pieces(latest, earlier),
                null,
                null);
    }

    /** The two observations alone, as the series whose breaks count when no dataset is given. */
    private static List<Observation> pieces(Optional<Observation> latest, Optional<Observation> earlier) {
        List<Observation> pieces = new ArrayList<>(2);
        earlier.ifPresent(pieces::add);
        latest.ifPresent(pieces::add);
        return pieces;
    }

    /**
     * The one decision: the direction, with the figures put into {@code b} and the reason written to
     * {@code reason} when they are given (both or neither). {@code series} is the series whose breaks
     * count: the two observations alone, or the area's whole series (where a marked observation
     * between them breaks it).
     */
    private static Direction decide(
            Indicator indicator,
            String areaCode,
            ReportingPeriod period,
            TravelTerm term,
            Optional<Observation> latest,
            Optional<Observation> earlier,
            Optional<Target> target,
            RatingPolicy policy,
            List<Observation> series,
            DirectionOfTravel.@Nullable Builder b,
            @Nullable StringBuilder reason) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(policy, "policy");
        ReportingPeriod expected = term.comparisonPeriod(indicator, period, policy);
        latest.ifPresent(o -> check(o, indicator, areaCode, Optional.of(period)));
        earlier.ifPresent(o -> check(o, indicator, areaCode, Optional.empty()));
        target.ifPresent(t -> {
            if (!t.indicatorId().equals(indicator.id())) {
                throw new IllegalArgumentException(
                        "The target is of " + t.indicatorId() + ": expected one of " + indicator.id());
            }
        });
        ReportingPeriod comparison = earlier.map(Observation::period).orElse(expected);
        if (b != null) {
            b.indicatorId(indicator.id())
                    .areaCode(areaCode)
                    .term(term)
                    .period(period)
                    .comparisonPeriod(comparison)
                    .policyReference(policy.reference());
        }
        if (!comparison.equals(expected)) {
            if (reason != null) {
                reason.append(comparison + " is not " + term.describe(indicator, period, policy) + " " + period + " ("
                        + expected
                        + "): NOT_COMPARABLE");
            }
            return Direction.NOT_COMPARABLE;
        }
        Optional<SeriesBreak> cut = ComparableSeries.between(indicator, series, expected, period);
        if (cut.isPresent()) {
            if (reason != null) {
                reason.append(period + " is not comparable with " + expected + ": the series breaks at " + cut.get()
                        + ": NOT_COMPARABLE");
            }
            return Direction.NOT_COMPARABLE;
        }
        Optional<BigDecimal> latestValue = latest.flatMap(Observation::value);
        Optional<BigDecimal> earlierValue = earlier.flatMap(Observation::value);
        if (latestValue.isEmpty() || earlierValue.isEmpty()) {
            if (reason != null) {
                ReportingPeriod gap = latestValue.isEmpty() ? period : expected;
                reason.append("No value for " + gap + ": NOT_COMPARABLE");
            }
            return Direction.NOT_COMPARABLE;
        }
        BigDecimal v = IndicatorRating.compared(latestValue.get(), indicator, policy);
        BigDecimal e = IndicatorRating.compared(earlierValue.get(), indicator, policy);
        BigDecimal change = v.subtract(e);
        if (b != null) {
            Optional<BigDecimal> relative = e.signum() == 0
                    ? Optional.empty()
                    : Optional.of(change.multiply(HUNDRED).divide(e.abs(), RELATIVE_CHANGE_CONTEXT));
            b.latestValue(v).comparisonValue(e).absoluteChange(change).relativeChange(relative);
            reason.append(Figures.value(v, indicator))
                    .append(" in ")
                    .append(period)
                    .append(" against ")
                    .append(Figures.value(e, indicator))
                    .append(" in ")
                    .append(expected)
                    .append(TravelTerm.isYearToDate(indicator, period) ? " (both year to date)" : "")
                    .append(": ");
            if (change.signum() == 0) {
                reason.append("unchanged");
            } else {
                reason.append(change.signum() > 0 ? "up " : "down ").append(Figures.difference(change, indicator));
                reason.append(relative.map(r -> " (" + (r.signum() > 0 ? "+" : "")
                                + r.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%)")
                        .orElse(" (no relative change from zero)"));
            }
        }

        BigDecimal delta;
        Polarity polarity = indicator.polarity();
        if (polarity == Polarity.TARGET_BAND) {
            if (target.isEmpty()) {
                if (reason != null) {
                    reason.append(", but there is no target to measure closeness to: NOT_COMPARABLE");
                }
                return Direction.NOT_COMPARABLE;
            }
            Target t = target.get();
            Optional<BigDecimal> low = t.value().or(t::lower);
            Optional<BigDecimal> high = t.value().or(t::upper);
            delta = distance(e, low, high).subtract(distance(v, low, high));
        } else {
            delta = change;
        }

        Direction direction;
        Optional<BigDecimal> band = policy.noChangeBand();
        if (band.isPresent()
                ? delta.abs().compareTo(band.get()) <= 0
                : Figures.display(delta, indicator).signum() == 0) {
            direction = Direction.NO_CHANGE;
            if (reason != null && (change.signum() != 0 || polarity == Polarity.TARGET_BAND)) {
                reason.append(band.map(x -> ", within the no-change band of " + Figures.difference(x, indicator))
                        .orElse(
                                polarity == Polarity.TARGET_BAND && delta.signum() == 0
                                        ? ", no closer to the target"
                                        : ", nothing at " + Figures.places(indicator.decimalPlaces())));
            }
        } else if (polarity == Polarity.NO_JUDGEMENT) {
            direction = delta.signum() > 0 ? Direction.INCREASING : Direction.DECREASING;
        } else {
            boolean better = polarity == Polarity.LOWER_IS_BETTER ? delta.signum() < 0 : delta.signum() > 0;
            direction = better ? Direction.IMPROVING : Direction.WORSENING;
            if (reason != null && polarity == Polarity.TARGET_BAND) {
                reason.append(better ? ", closer to the target" : ", further from the target");
            }
        }
        if (reason != null) {
            reason.append(": ").append(direction);
        }
        return direction;
    }

    /**
     * The direction of travel from a dataset: the latest period's actual (not forecast) observation
     * against the one {@code term} names, with the latest period's target for a band indicator.
     *
     * @param dataset the dataset, not null
     * @param indicatorId an indicator in the dataset
     * @param areaCode the area
     * @param period the latest period
     * @param term short or long term
     * @param policy the policy
     * @return the direction of travel
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static DirectionOfTravel compare(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            TravelTerm term,
            RatingPolicy policy) {
        Indicator indicator = dataset.findIndicator(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("No indicator " + Quote.of(indicatorId)
                        + " in the dataset: expected the id of one of its indicators"));
        return compare(
                indicator,
                areaCode,
                period,
                term,
                actual(dataset, indicatorId, areaCode, period),
                actual(dataset, indicatorId, areaCode, term.comparisonPeriod(indicator, period, policy)),
                dataset.findTarget(indicatorId, areaCode, period),
                policy,
                dataset.series(indicatorId, areaCode));
    }

    private static Optional<Observation> actual(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        return dataset.series(indicatorId, areaCode).stream()
                .filter(o -> o.period().equals(period) && o.status() != ObservationStatus.FORECAST)
                .findFirst();
    }

    private static BigDecimal distance(BigDecimal v, Optional<BigDecimal> low, Optional<BigDecimal> high) {
        if (low.isPresent() && v.compareTo(low.get()) < 0) {
            return low.get().subtract(v);
        }
        if (high.isPresent() && v.compareTo(high.get()) > 0) {
            return v.subtract(high.get());
        }
        return BigDecimal.ZERO;
    }

    private static void check(Observation o, Indicator indicator, String areaCode, Optional<ReportingPeriod> period) {
        if (!o.indicatorId().equals(indicator.id())
                || !o.areaCode().equals(areaCode)
                || period.map(p -> !p.equals(o.period())).orElse(false)) {
            throw new IllegalArgumentException("The observation is of " + o.indicatorId() + " for "
                    + o.areaCode() + " " + o.period() + ": expected " + indicator.id() + " for " + areaCode
                    + period.map(p -> " " + p).orElse(""));
        }
    }
}
