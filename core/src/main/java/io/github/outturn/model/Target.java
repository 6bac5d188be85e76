package io.github.outturn.model;

import io.github.outturn.io.Quote;
import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The value an indicator should reach for a period: a single value, or a band; annual (for a year)
 * or profiled (one per quarter or month, year to date for a cumulative measure); with an optional
 * tolerance that sets the Amber band.
 *
 * <pre>{@code
 * Target t = Target.builder()
 *         .indicatorId("two-year-offer")
 *         .period(FinancialYear.of(2014))
 *         .value(new BigDecimal("45.0"))
 *         .tolerance(Tolerance.parse("5%"))
 *         .build();
 * Target profiled = Target.builder().indicatorId("health-checks").period(FinancialYear.of(2016))
 *         .value(new BigDecimal("95.0")).profile(TargetProfile.straightLine()).build();
 * Target band = Target.builder().indicatorId("caseload").period(FinancialYear.of(2014))
 *         .lower(new BigDecimal("15")).upper(new BigDecimal("20")).build();
 * }</pre>
 *
 * <p>A target has a value, or a band with at least one end, never both (the builder rejects either
 * mistake); a band whose lower end is above its upper end is reported by the dataset validator.
 * Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Target {

    /** The indicator the target is for. */
    @NotBlank
    public abstract String indicatorId();

    /** The period the target is for. */
    public abstract ReportingPeriod period();

    /** The area the target is for, when a dataset holds several areas' targets. */
    public abstract Optional<String> areaCode();

    /** The single target value. */
    public abstract Optional<BigDecimal> value();

    /** The lower end of a target band. */
    public abstract Optional<BigDecimal> lower();

    /** The upper end of a target band. */
    public abstract Optional<BigDecimal> upper();

    /** The Amber band beyond the target; the rating policy's default applies when absent. */
    public abstract Optional<Tolerance> tolerance();

    /**
     * For an annual target, how it is spread over the year's quarters or months, so that a
     * part-year value is rated against the target to date (docs/in-year.md). Absent: no profile,
     * and a cumulative measure's part-year value is not rated against the annual target.
     */
    public abstract Optional<TargetProfile> profile();

    /** Whether this target is a band rather than a single value. */
    public boolean isBand() {
        return value().isEmpty();
    }

    @Value.Check
    void check() {
        DecimalRange.require("value", value());
        DecimalRange.require("lower", lower());
        DecimalRange.require("upper", upper());
        boolean band = lower().isPresent() || upper().isPresent();
        if (value().isPresent() == band) {
            throw new IllegalStateException("Target for " + Quote.of(indicatorId()) + " " + period()
                    + (band
                            ? " has both a value and a band: give one or the other"
                            : " has neither a value nor a band: give a value, or a lower and/or upper end"));
        }
    }

    /** A single-value target with no tolerance of its own. */
    public static Target of(String indicatorId, ReportingPeriod period, BigDecimal value) {
        return builder().indicatorId(indicatorId).period(period).value(value).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Target}, started by {@link #builder()}; {@code indicatorId} and {@code period} are required. */
    public static final class Builder extends ImmutableTarget.Builder {}
}
