package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The events and population of one age band for an indicator, area and period: what a directly
 * standardised rate is computed from. Each band is named as the indicator's standard population
 * names it ({@code "0-4"}, ..., {@code "90+"} for the 2013 European Standard Population), and a full
 * set has one row for each of its bands (docs/statistics.md).
 *
 * <pre>{@code
 * AgeBandCount band = AgeBandCount.builder()
 *         .indicatorId("u75-cvd").areaCode("E08000007").period(CalendarYear.of(2023))
 *         .band("40-44").count(new BigDecimal("3")).population(new BigDecimal("18250"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class AgeBandCount {

    /** The indicator counted. */
    @NotBlank
    public abstract String indicatorId();

    /** The area counted. */
    @NotBlank
    public abstract String areaCode();

    /** The period counted. */
    public abstract ReportingPeriod period();

    /** The age band, as the standard population names it, such as {@code "40-44"} or {@code "90+"}. */
    @NotBlank
    public abstract String band();

    /** The events in the band: 0 or more. */
    @PositiveOrZero
    public abstract BigDecimal count();

    /** The population of the band: above 0. */
    @Positive
    public abstract BigDecimal population();

    @Value.Check
    void check() {
        DecimalRange.require("count", count());
        DecimalRange.require("population", population());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AgeBandCount}; every attribute is required. */
    public static final class Builder extends ImmutableAgeBandCount.Builder {}
}
