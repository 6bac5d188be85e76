package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A performance measure: what it counts, how it is shown, and which direction is better.
 *
 * <pre>{@code
 * Indicator takeUp = Indicator.builder()
 *         .id("two-year-offer")
 *         .name("Take-up of the two-year-old offer")
 *         .unit("%")
 *         .decimalPlaces(1)
 *         .polarity(Polarity.HIGHER_IS_BETTER)
 *         .statisticType(StatisticType.PROPORTION)
 *         .frequency(Frequency.QUARTERLY)
 *         .build();
 * }</pre>
 *
 * <p>Defaults: one decimal place, SNAPSHOT, OTHER statistic, ANNUAL, financial years, quartile
 * banded. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Indicator {

    /** The indicator's identifier (LAIT's {@code Measure_short}, or a council's own code). */
    @NotBlank
    public abstract String id();

    /** The indicator's name. */
    @NotBlank
    public abstract String name();

    /** The unit values are shown in, such as {@code "%"}, {@code "per 10,000"} or {@code "days"}. */
    public abstract Optional<String> unit();

    /** Decimal places values are published and compared at. */
    @Value.Default
    @Min(0)
    @Max(10)
    public int decimalPlaces() {
        return 1;
    }

    /** Which direction is better. */
    public abstract Polarity polarity();

    /** Whether values are snapshots, year-to-date figures or averages. */
    @Value.Default
    public MeasureType measureType() {
        return MeasureType.SNAPSHOT;
    }

    /** What kind of statistic the values are: decides the confidence interval method. */
    @Value.Default
    public StatisticType statisticType() {
        return StatisticType.OTHER;
    }

    /** For a rate, the population base: 1000, 10000 or 100000; 100 for a percentage. */
    public abstract Optional<@Positive BigDecimal> multiplier();

    /** How often the indicator is reported. */
    @Value.Default
    public Frequency frequency() {
        return Frequency.ANNUAL;
    }

    /** The kind of year bare year labels ("2015/16") mean for this indicator. */
    @Value.Default
    public YearType yearType() {
        return YearType.FINANCIAL;
    }

    /** Whether areas are put into quartile bands for this indicator (LAIT's {@code No_Quartile} unset). */
    @Value.Default
    public boolean quartileBanded() {
        return true;
    }

    /** The priorities the indicator measures. */
    public abstract List<String> priorityIds();

    /** A longer description or definition. */
    public abstract Optional<String> description();

    /**
     * The first period not comparable with earlier ones: a series break, such as a new definition or
     * the first results under a new curriculum (docs/in-year.md), for every area. Direction of travel,
     * records, recent trends, highlights and seasonal profiles do not compare across it ({@link
     * ComparableSeries}). Absent: the series breaks only where an observation says so.
     */
    public abstract Optional<ReportingPeriod> seriesBreak();

    /** Why the series breaks, for reasons: "first results under the new curriculum". */
    public abstract Optional<String> seriesBreakNote();

    /**
     * Whether a value for {@code later} may be compared with one for {@code earlier}: false when the
     * series break falls after the earlier period and no later than the end of the later one.
     *
     * <pre>{@code
     * attainment.isComparable(AcademicYear.of(2014), AcademicYear.of(2015)); // false, break from 2015/16
     * }</pre>
     *
     * @param earlier the earlier period, not null
     * @param later the later period, not null
     * @return whether no series break lies between them
     */
    public boolean isComparable(ReportingPeriod earlier, ReportingPeriod later) {
        return seriesBreak()
                .map(b -> !new SeriesBreak(b, seriesBreakNote()).separates(earlier, later))
                .orElse(true);
    }

    /**
     * How the indicator's values are standardised for age: NONE (the default), DIRECT (a directly
     * standardised rate, computed from the dataset's age-band counts when an observation does not
     * carry its value and limits) or INDIRECT (docs/statistics.md).
     */
    @Value.Default
    public StandardisationMethod standardisationMethod() {
        return StandardisationMethod.NONE;
    }

    /**
     * The standard population a directly standardised indicator is standardised to, by name: {@code
     * "esp2013"} (the 2013 European Standard Population, also meant when absent) is the one the
     * library ships.
     */
    public abstract Optional<String> standardPopulation();

    @Value.Check
    void check() {
        multiplier().ifPresent(v -> DecimalRange.require("multiplier", v));
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Indicator}, started by {@link #builder()}; {@code id}, {@code name} and {@code polarity} are required.
     */
    public static final class Builder extends ImmutableIndicator.Builder {}
}
