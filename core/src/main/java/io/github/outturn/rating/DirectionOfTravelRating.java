package io.github.outturn.rating;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Target;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * Direction of travel (docs/rating.md, section 2), as pure functions of the inputs and a {@link RatingPolicy}.
 *
 * <p>Both values are taken as the policy compares them (rounded half up to the indicator's decimal
 * places by default, or raw). The change is NO_CHANGE when it rounds to zero at the indicator's
 * decimal places, or, when the policy sets {@link RatingPolicy#noChangeBand()}, when its size is
 * at most that band. Otherwise: IMPROVING or WORSENING after polarity; for TARGET_BAND, by the
 * change in distance from the target value or band (zero inside it), so two values both inside the
 * band are NO_CHANGE; INCREASING or DECREASING under NO_JUDGEMENT. NOT_COMPARABLE when a value is
 * missing, the earlier observation is not for the period the term names, or a band indicator has no
 * target.
 *
 * <pre>{@code
 * DirectionOfTravel d = DirectionOfTravelRating.compare(dataset, "two-year-offer", "E08000018",
 *         FinancialQuarter.of(2014, 2), TravelTerm.LONG_TERM, RatingPolicy.defaults());
 * d.getDirection(); // IMPROVING, WORSENING, NO_CHANGE, ... or NOT_COMPARABLE
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
        DirectionOfTravel.Builder b = DirectionOfTravel.builder()
                .indicatorId(indicator.id())
                .areaCode(areaCode)
                .term(term)
                .period(period)
                .comparisonPeriod(comparison)
                .policyReference(policy.reference());
        if (!comparison.equals(expected)) {
            return b.direction(Direction.NOT_COMPARABLE)
                    .reason(comparison + " is not " + term.describe(indicator, period, policy) + " " + period + " ("
                            + expected
                            + "): NOT_COMPARABLE")
                    .build();
        }
        if (!indicator.isComparable(expected, period)) {
            return b.direction(Direction.NOT_COMPARABLE)
                    .reason(period + " is not comparable with " + expected + ": the series breaks at "
                            + indicator.seriesBreak().orElseThrow()
                            + indicator
                                    .seriesBreakNote()
                                    .map(n -> " (" + n + ")")
                                    .orElse("")
                            + ": NOT_COMPARABLE")
                    .build();
        }
        Optional<BigDecimal> latestValue = latest.flatMap(Observation::value);
        Optional<BigDecimal> earlierValue = earlier.flatMap(Observation::value);
        if (latestValue.isEmpty() || earlierValue.isEmpty()) {
            ReportingPeriod gap = latestValue.isEmpty() ? period : expected;
            return b.direction(Direction.NOT_COMPARABLE)
                    .reason("No value for " + gap + ": NOT_COMPARABLE")
                    .build();
        }
        BigDecimal v = IndicatorRating.compared(latestValue.get(), indicator, policy);
        BigDecimal e = IndicatorRating.compared(earlierValue.get(), indicator, policy);
        BigDecimal change = v.subtract(e);
        Optional<BigDecimal> relative = e.signum() == 0
                ? Optional.empty()
                : Optional.of(change.multiply(HUNDRED).divide(e.abs(), RELATIVE_CHANGE_CONTEXT));
        b.latestValue(v).comparisonValue(e).absoluteChange(change).relativeChange(relative);

        StringBuilder reason = new StringBuilder()
                .append(Figures.value(v, indicator))
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

        BigDecimal delta;
        Polarity polarity = indicator.polarity();
        if (polarity == Polarity.TARGET_BAND) {
            if (target.isEmpty()) {
                return b.direction(Direction.NOT_COMPARABLE)
                        .reason(reason.append(", but there is no target to measure closeness to: NOT_COMPARABLE")
                                .toString())
                        .build();
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
            if (change.signum() != 0 || polarity == Polarity.TARGET_BAND) {
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
            if (polarity == Polarity.TARGET_BAND) {
                reason.append(better ? ", closer to the target" : ", further from the target");
            }
        }
        reason.append(": ").append(direction);
        return b.direction(direction).reason(reason.toString()).build();
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
                dataset.findTarget(indicatorId, period, areaCode),
                policy);
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
