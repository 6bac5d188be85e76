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
    public abstract String getIndicatorId();

    /** The period the figure is for. */
    public abstract ReportingPeriod getPeriod();

    /** The comparator: an area code (England, a region) or a comparator group id. */
    @NotBlank
    public abstract String getComparator();

    /** What kind of comparator the figure stands for. */
    public abstract ComparatorType getType();

    /** For a statistical neighbour average, the area whose neighbours were averaged. */
    public abstract Optional<String> getAreaCode();

    /** The figure, absent when not published. */
    public abstract Optional<BigDecimal> getValue();

    /** The lower confidence limit, if published. */
    public abstract Optional<BigDecimal> getLowerCi();

    /** The upper confidence limit, if published. */
    public abstract Optional<BigDecimal> getUpperCi();

    @Value.Check
    void check() {
        DecimalRange.require("value", getValue());
        DecimalRange.require("lowerCi", getLowerCi());
        DecimalRange.require("upperCi", getUpperCi());
    }

    /** A builder. */
    public static ImmutableBenchmarkValue.Builder builder() {
        return ImmutableBenchmarkValue.builder();
    }
}
