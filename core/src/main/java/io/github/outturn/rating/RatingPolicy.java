package io.github.outturn.rating;

import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import io.github.outturn.summary.CountingMethod;
import io.github.outturn.summary.PercentageRounding;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every choice the rating and summary rules leave open (docs/rating.md, docs/summaries.md), as named data. A policy has an id
 * and a version, and every result names the policy that produced it.
 *
 * <pre>{@code
 * RatingPolicy council = RatingPolicy.defaults().withId("stockport-2016").withVersion("2")
 *         .withRescuedByImprovement(true)
 *         .withBlueMargin(Tolerance.parse("10%"));
 * }</pre>
 *
 * <p>The defaults, documented on each accessor: display-precision comparison, a 5% relative
 * tolerance where a target has none, no Amber band on a zero target, no BLUE, no rescue by
 * improvement, a forecast year-end status when a forecast exists, long term on annual data three
 * years back, fractional counting, BLUE, GREEN,
 * AMBER and RED as the denominator of percentages, percentages rounded half up to whole numbers and
 * counts shown to one decimal. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class RatingPolicy implements WithRatingPolicy {

    /** The id of the default policy. */
    public static final String DEFAULT_ID = "outturn-default";

    /**
     * The version of the default policy: 2 since long term on annual data compares with
     * {@link #DEFAULT_LONG_TERM_YEARS} years back (version 1 compared with the year before, the same
     * as short term).
     */
    public static final String DEFAULT_VERSION = "2";

    /** How many years back long term goes on annual data by default: 3. */
    public static final int DEFAULT_LONG_TERM_YEARS = 3;

    /** The most years back long term may go. */
    public static final int MAX_LONG_TERM_YEARS = 10;

    /** The most decimal places counts and percentages are shown to. */
    public static final int MAX_DECIMALS = 6;

    /** The policy's identifier. */
    @NotBlank
    public abstract String id();

    /** The policy's version: change it whenever a setting changes. */
    @NotBlank
    public abstract String version();

    /** Whether values are compared at display precision or raw. Default DISPLAY_PRECISION. */
    @Value.Default
    public ValueComparison valueComparison() {
        return ValueComparison.DISPLAY_PRECISION;
    }

    /** The tolerance for a target that states none. Default 5% of the target. */
    @Value.Default
    public Tolerance defaultTolerance() {
        return Tolerance.relative(BigDecimal.valueOf(5));
    }

    /**
     * Default tolerances for particular statistic types, taking precedence over {@link
     * #defaultTolerance()} (for example 2 points for proportions). Default none.
     */
    public abstract Map<StatisticType, Tolerance> defaultTolerances();

    /** What a relative tolerance means on a zero target. Default NO_TOLERANCE. */
    @Value.Default
    public ZeroTargetRule zeroTargetRule() {
        return ZeroTargetRule.NO_TOLERANCE;
    }

    /** When present, beating the target by at least this margin is BLUE. Default absent: no BLUE. */
    public abstract Optional<Tolerance> blueMargin();

    /**
     * Whether a value beyond tolerance that is better than the same period last year is AMBER rather
     * than RED. Default false.
     */
    @Value.Default
    public boolean rescuedByImprovement() {
        return false;
    }

    /** Whether a forecast year-end status is given beside the current one. Default true. */
    @Value.Default
    public boolean forecastYearEnd() {
        return true;
    }

    /**
     * Whether a snapshot (or average) measure's part-year value is rated against the annual target
     * of the year containing it when the period has no target of its own (docs/in-year.md). Default
     * false: such a value is not rated ("No target for 2016/17 Q2").
     */
    @Value.Default
    public boolean inYearSnapshot() {
        return false;
    }

    /**
     * How the library forecasts the year end from a part-year value when there is no forecast
     * observation: {@link ForecastBasis#RUN_RATE} or {@link ForecastBasis#SEASONAL}
     * (docs/in-year.md). Read only when {@link #forecastYearEnd()}. Default absent: only a forecast
     * observation is rated.
     */
    public abstract Optional<ForecastBasis> forecastMethod();

    /**
     * A band within which a change counts as NO_CHANGE in the direction of travel, in the indicator's
     * units. Default absent: a change that rounds to zero at the indicator's decimal places.
     */
    public abstract Optional<BigDecimal> noChangeBand();

    /**
     * How many years back the long-term direction of travel goes on annual data (years, pooled
     * years), where the same period last year is the previous period and so the short term. Default
     * 3: a council plan's usual span back to its baseline year, a three-year pooled figure compared
     * with one that shares no year with it, and far enough to see a trend without leaving most
     * series short of an earlier value. 2 to 10. Shorter periods (quarters, months, halves) compare
     * with the same period a year before whatever this says.
     */
    @Value.Default
    @Min(2)
    @Max(MAX_LONG_TERM_YEARS)
    public int longTermYears() {
        return DEFAULT_LONG_TERM_YEARS;
    }

    /** How actions linked to several priorities are counted. Default FRACTIONAL. */
    @Value.Default
    public CountingMethod countingMethod() {
        return CountingMethod.FRACTIONAL;
    }

    /** The statuses that form a percentage's denominator. Default BLUE, GREEN, AMBER and RED. */
    @Value.Default
    public Set<Status> denominatorStatuses() {
        return EnumSet.of(Status.BLUE, Status.GREEN, Status.AMBER, Status.RED);
    }

    /** How percentages are rounded. Default HALF_UP. */
    @Value.Default
    public PercentageRounding percentageRounding() {
        return PercentageRounding.HALF_UP;
    }

    /** Decimal places percentages are shown to. Default 0. */
    @Value.Default
    @Min(0)
    @Max(6)
    public int percentageDecimals() {
        return 0;
    }

    /** Decimal places weighted counts are shown to. Default 1 (4.3, 23.3, 2.3). */
    @Value.Default
    @Min(0)
    @Max(6)
    public int countDecimals() {
        return 1;
    }

    @Value.Check
    void check() {
        DecimalRange.require("noChangeBand", noChangeBand());
        decimals("countDecimals", countDecimals());
        decimals("percentageDecimals", percentageDecimals());
        if (denominatorStatuses().isEmpty()) {
            throw new IllegalStateException("Rating policy " + reference()
                    + " has no denominatorStatuses: percentages need at least one status to divide by");
        }
        if (longTermYears() < 2 || longTermYears() > MAX_LONG_TERM_YEARS) {
            throw new IllegalStateException("Rating policy " + reference() + " has longTermYears "
                    + longTermYears() + ": expected 2 to " + MAX_LONG_TERM_YEARS
                    + " (1 would repeat the short term on annual data)");
        }
        if (forecastMethod().filter(m -> m == ForecastBasis.OBSERVATION).isPresent()) {
            throw new IllegalStateException("Rating policy " + reference()
                    + " has forecastMethod observation: expected run-rate or seasonal (a forecast observation is"
                    + " always rated when there is one)");
        }
        if (noChangeBand().isPresent() && noChangeBand().get().signum() < 0) {
            throw new IllegalStateException("Rating policy " + reference() + " has noChangeBand "
                    + noChangeBand().get().toPlainString() + ": expected 0 or more");
        }
    }

    private void decimals(String name, int value) {
        if (value < 0 || value > MAX_DECIMALS) {
            throw new IllegalStateException(
                    "Rating policy " + reference() + " has " + name + " " + value + ": expected 0 to " + MAX_DECIMALS);
        }
    }

    /**
     * The tolerance that applies to a target of an indicator of this statistic type when the target
     * states none.
     */
    public Tolerance defaultToleranceFor(StatisticType statisticType) {
        return defaultTolerances().getOrDefault(statisticType, defaultTolerance());
    }

    /** {@code id@version}, the way results name their policy. */
    public String reference() {
        return id() + "@" + version();
    }

    /** The documented default policy, {@code outturn-default@2}. */
    public static RatingPolicy defaults() {
        return builder().id(DEFAULT_ID).version(DEFAULT_VERSION).build();
    }

    /** A builder; id and version are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RatingPolicy}, started by {@link #builder()}; {@code id} and {@code version} are required. */
    public static final class Builder extends ImmutableRatingPolicy.Builder {}
}
