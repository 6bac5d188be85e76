package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of one indicator for one area and period, with what stands behind it: numerator,
 * denominator, confidence limits and a status flag.
 *
 * <pre>{@code
 * Observation o = Observation.builder()
 *         .indicatorId("two-year-offer").areaCode("E08000007").period(FinancialYear.of(2014))
 *         .value(new BigDecimal("44.1")).numerator(new BigDecimal("441")).denominator(new BigDecimal("1000"))
 *         .build();
 * Observation suppressed = Observation.missing("two-year-offer", "E08000007", FinancialYear.of(2015),
 *         ObservationStatus.SUPPRESSED);
 * }</pre>
 *
 * <p>Values stay exactly as published ({@code 80.0} keeps its scale). A suppressed or missing
 * observation has no value (the builder rejects one). Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Observation {

    /** The indicator observed. */
    @NotBlank
    public abstract String getIndicatorId();

    /** The area observed. */
    @NotBlank
    public abstract String getAreaCode();

    /** The period the value is for. */
    public abstract ReportingPeriod getPeriod();

    /** The value, absent when missing or suppressed. */
    public abstract Optional<BigDecimal> getValue();

    /** The numerator behind a proportion or rate. */
    public abstract Optional<@PositiveOrZero BigDecimal> getNumerator();

    /** The denominator behind a proportion or rate. */
    public abstract Optional<@PositiveOrZero BigDecimal> getDenominator();

    /** The lower confidence limit. */
    public abstract Optional<BigDecimal> getLowerCi();

    /** The upper confidence limit. */
    public abstract Optional<BigDecimal> getUpperCi();

    /** The confidence level of the limits, such as 0.95 or 0.998. */
    public abstract Optional<
                    // Explicit messages: the default ones need an expression-language implementation.
                    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
                    @DecimalMax(value = "1", inclusive = false, message = "must be less than 1") BigDecimal>
            getCiLevel();

    /** The standing of the value. */
    @Value.Default
    public ObservationStatus getStatus() {
        return ObservationStatus.ACTUAL;
    }

    /** A note, such as the reason for suppression. */
    public abstract Optional<String> getNote();

    @Value.Check
    void check() {
        if (!getStatus().hasValue() && getValue().isPresent()) {
            throw new IllegalStateException("Observation of " + getIndicatorId() + " for " + getAreaCode() + " "
                    + getPeriod() + " is " + getStatus() + " but has the value "
                    + getValue().get().toPlainString()
                    + ": a " + getStatus().name().toLowerCase(Locale.ROOT) + " observation has no value");
        }
    }

    /** An actual value with nothing behind it. */
    public static Observation of(String indicatorId, String areaCode, ReportingPeriod period, BigDecimal value) {
        return builder()
                .indicatorId(indicatorId)
                .areaCode(areaCode)
                .period(period)
                .value(value)
                .build();
    }

    /** An observation without a value, SUPPRESSED or MISSING. */
    public static Observation missing(
            String indicatorId, String areaCode, ReportingPeriod period, ObservationStatus status) {
        if (status.hasValue()) {
            throw new IllegalArgumentException(status + " is not a status without a value: use SUPPRESSED or MISSING");
        }
        return builder()
                .indicatorId(indicatorId)
                .areaCode(areaCode)
                .period(period)
                .status(status)
                .build();
    }

    /** A builder. */
    public static ImmutableObservation.Builder builder() {
        return ImmutableObservation.builder();
    }
}
