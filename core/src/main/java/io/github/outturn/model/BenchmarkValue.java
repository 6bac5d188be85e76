package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published comparator figure for an indicator and period: the England average, a regional
 * average, a statistical neighbour average. Published figures are kept as published, never
 * recomputed.
 *
 * <pre>{@code
 * BenchmarkValue england = BenchmarkValue.builder().indicatorId("two-year-offer")
 *         .period(FinancialYear.of(2014)).comparator("970").type(ComparatorType.ENGLAND)
 *         .value(new BigDecimal("58")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class BenchmarkValue {

    /** The indicator the figure is for. */
    @NotBlank
    public abstract String indicatorId();

    /** The period the figure is for. */
    public abstract ReportingPeriod period();

    /** The comparator: an area code (England, a region) or a comparator group id. */
    @NotBlank
    public abstract String comparator();

    /** What kind of comparator the figure stands for. */
    public abstract ComparatorType type();

    /** For a statistical neighbour average, the area whose neighbours were averaged. */
    public abstract Optional<String> areaCode();

    /** The figure, absent when not published. */
    public abstract Optional<BigDecimal> value();

    /** The lower confidence limit, if published. */
    public abstract Optional<BigDecimal> lowerCi();

    /** The upper confidence limit, if published. */
    public abstract Optional<BigDecimal> upperCi();

    @Value.Check
    void check() {
        DecimalRange.require("value", value());
        DecimalRange.require("lowerCi", lowerCi());
        DecimalRange.require("upperCi", upperCi());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link BenchmarkValue}, started by {@link #builder()}; {@code indicatorId}, {@code period}, {@code comparator} and {@code type} are required.
     */
    public static final class Builder extends ImmutableBenchmarkValue.Builder {}
}
