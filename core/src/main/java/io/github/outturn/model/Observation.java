package io.github.outturn.model;

import io.github.outturn.io.Quote;
import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * Observation revised = o.withValue(new BigDecimal("44.3"));
 * Observation firstOfNewSeries = o.withSeriesBreak(true); // not comparable with earlier periods
 * }</pre>
 *
 * <p>Values stay exactly as published ({@code 80.0} keeps its scale, and {@code equals} with it, as
 * {@link BigDecimal#equals} does). A suppressed or missing observation has no value (the builder
 * rejects one).
 *
 * <p>Written by hand rather than generated, unlike the rest of the model, because a dataset holds
 * observations by the hundred thousand: the value is kept as an unscaled {@code long} and a scale
 * (a {@code BigDecimal} is made when {@link #value()} is called), and the optional numerator,
 * denominator, limits, level and note share one holder that plain observations do not carry. An
 * observation with a value alone is one 48-byte object (docs/performance.md). Immutable and
 * thread-safe; the builder is not.
 */
public final class Observation {

    /** The {@link #scale} of an observation whose value is absent or held in {@link Details#value}. */
    private static final int NOT_COMPACT = Integer.MIN_VALUE;

    private final String indicatorId;
    private final String areaCode;
    private final ReportingPeriod period;
    private final ObservationStatus status;
    /** The value's unscaled digits, when {@link #scale} is not {@link #NOT_COMPACT}. */
    private final long unscaled;
    /** The value's scale, or {@link #NOT_COMPACT}. */
    private final int scale;
    /** Whether the observation starts a new series; fits in the object's padding. */
    private final boolean seriesBreak;
    /** What few observations have, or {@code null} when none of it is there. */
    private final Details details;

    /**
     * The optional parts, held apart so that an observation without them does not pay for them.
     * {@code value} is set only for a value whose digits do not fit a {@code long}.
     */
    private record Details(
            BigDecimal value,
            BigDecimal numerator,
            BigDecimal denominator,
            BigDecimal lowerCi,
            BigDecimal upperCi,
            BigDecimal ciLevel,
            String note) {}

    private Observation(Builder b) {
        this.indicatorId = b.indicatorId;
        this.areaCode = b.areaCode;
        this.period = b.period;
        this.status = b.status;
        this.seriesBreak = b.seriesBreak;
        BigDecimal bigValue = null;
        long digits = 0;
        int sc = NOT_COMPACT;
        if (b.value != null) {
            if (b.value.precision() <= 18 && b.value.scale() != NOT_COMPACT) {
                // At most 18 digits always fit a long; movePointRight by the scale gives those digits
                // with scale 0 (no BigInteger is made for a value that is compact already).
                digits = b.value.movePointRight(b.value.scale()).longValueExact();
                sc = b.value.scale();
            } else {
                bigValue = b.value;
            }
        }
        this.unscaled = digits;
        this.scale = sc;
        this.details = bigValue == null
                        && b.numerator == null
                        && b.denominator == null
                        && b.lowerCi == null
                        && b.upperCi == null
                        && b.ciLevel == null
                        && b.note == null
                ? null
                : new Details(bigValue, b.numerator, b.denominator, b.lowerCi, b.upperCi, b.ciLevel, b.note);
    }

    /** The indicator observed. */
    public @NotBlank String indicatorId() {
        return indicatorId;
    }

    /** The area observed. */
    public @NotBlank String areaCode() {
        return areaCode;
    }

    /** The period the value is for. */
    public ReportingPeriod period() {
        return period;
    }

    /** The value, exactly as published; absent when missing or suppressed. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(rawValue());
    }

    /** The numerator behind a proportion or rate. */
    public Optional<@PositiveOrZero BigDecimal> numerator() {
        return Optional.ofNullable(details == null ? null : details.numerator);
    }

    /** The denominator behind a proportion or rate. */
    public Optional<@PositiveOrZero BigDecimal> denominator() {
        return Optional.ofNullable(details == null ? null : details.denominator);
    }

    /** The lower confidence limit. */
    public Optional<BigDecimal> lowerCi() {
        return Optional.ofNullable(details == null ? null : details.lowerCi);
    }

    /** The upper confidence limit. */
    public Optional<BigDecimal> upperCi() {
        return Optional.ofNullable(details == null ? null : details.upperCi);
    }

    /** The confidence level of the limits, such as 0.95 or 0.998. */
    public Optional<
                    // Explicit messages: the default ones need an expression-language implementation.
                    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
                    @DecimalMax(value = "1", inclusive = false, message = "must be less than 1") BigDecimal>
            ciLevel() {
        return Optional.ofNullable(details == null ? null : details.ciLevel);
    }

    /** The standing of the value: ACTUAL unless the builder was told otherwise. */
    public ObservationStatus status() {
        return status;
    }

    /** A note, such as the reason for suppression. */
    public Optional<String> note() {
        return Optional.ofNullable(details == null ? null : details.note);
    }

    /**
     * Whether this observation starts a new series of its indicator for its area: it is not
     * comparable with the area's earlier periods (a new definition or collection), and its note, if
     * any, says why. False unless the builder was told otherwise; {@link ComparableSeries} decides
     * what this cuts.
     */
    public boolean seriesBreak() {
        return seriesBreak;
    }

    /** The value or {@code null}. */
    private BigDecimal rawValue() {
        if (scale != NOT_COMPACT) {
            return BigDecimal.valueOf(unscaled, scale);
        }
        return details == null ? null : details.value;
    }

    /** A copy for another indicator; not null. */
    public Observation withIndicatorId(String indicatorId) {
        return toBuilder().indicatorId(indicatorId).build();
    }

    /** A copy for another area; not null. */
    public Observation withAreaCode(String areaCode) {
        return toBuilder().areaCode(areaCode).build();
    }

    /** A copy for another period; not null. */
    public Observation withPeriod(ReportingPeriod period) {
        return toBuilder().period(period).build();
    }

    /** A copy with another value ({@code null} for none). */
    public Observation withValue(BigDecimal value) {
        return toBuilder().value(value).build();
    }

    /** A copy with another numerator ({@code null} for none). */
    public Observation withNumerator(BigDecimal numerator) {
        return toBuilder().numerator(numerator).build();
    }

    /** A copy with another denominator ({@code null} for none). */
    public Observation withDenominator(BigDecimal denominator) {
        return toBuilder().denominator(denominator).build();
    }

    /** A copy with another lower confidence limit ({@code null} for none). */
    public Observation withLowerCi(BigDecimal lowerCi) {
        return toBuilder().lowerCi(lowerCi).build();
    }

    /** A copy with another upper confidence limit ({@code null} for none). */
    public Observation withUpperCi(BigDecimal upperCi) {
        return toBuilder().upperCi(upperCi).build();
    }

    /** A copy with another confidence level ({@code null} for none). */
    public Observation withCiLevel(BigDecimal ciLevel) {
        return toBuilder().ciLevel(ciLevel).build();
    }

    /** A copy with another status. */
    public Observation withStatus(ObservationStatus status) {
        return toBuilder().status(status).build();
    }

    /** A copy with another note ({@code null} for none). */
    public Observation withNote(String note) {
        return toBuilder().note(note).build();
    }

    /** A copy that does or does not start a new series. */
    public Observation withSeriesBreak(boolean seriesBreak) {
        return toBuilder().seriesBreak(seriesBreak).build();
    }

    private Builder toBuilder() {
        return builder().from(this);
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
    public static Builder builder() {
        return new Builder();
    }

    /** Equal when every part is equal; decimals as {@link BigDecimal#equals}, so scale counts. */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Observation o
                        && unscaled == o.unscaled
                        && scale == o.scale
                        && status == o.status
                        && seriesBreak == o.seriesBreak
                        && indicatorId.equals(o.indicatorId)
                        && areaCode.equals(o.areaCode)
                        && period.equals(o.period)
                        && Objects.equals(details, o.details);
    }

    @Override
    public int hashCode() {
        int h = indicatorId.hashCode();
        h = 31 * h + areaCode.hashCode();
        h = 31 * h + period.hashCode();
        h = 31 * h + status.hashCode();
        h = 31 * h + Long.hashCode(unscaled);
        h = 31 * h + scale;
        h = 31 * h + Boolean.hashCode(seriesBreak);
        return 31 * h + Objects.hashCode(details);
    }

    /**
     * The parts that are present, such as {@code Observation{indicatorId=two-year-offer,
     * areaCode=E08000007, period=2014/15, value=44.1, status=ACTUAL}}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Observation{indicatorId=")
                .append(indicatorId)
                .append(", areaCode=")
                .append(areaCode)
                .append(", period=")
                .append(period);
        part(s, "value", rawValue());
        if (details != null) {
            part(s, "numerator", details.numerator);
            part(s, "denominator", details.denominator);
            part(s, "lowerCi", details.lowerCi);
            part(s, "upperCi", details.upperCi);
            part(s, "ciLevel", details.ciLevel);
        }
        s.append(", status=").append(status);
        if (seriesBreak) {
            s.append(", seriesBreak=true");
        }
        if (details != null) {
            part(s, "note", details.note);
        }
        return s.append('}').toString();
    }

    private static void part(StringBuilder s, String name, Object value) {
        if (value != null) {
            s.append(", ").append(name).append('=').append(value);
        }
    }

    /**
     * Builds an {@link Observation}: indicator, area and period are required, the status is ACTUAL
     * unless set, everything else is optional ({@code null} or an empty {@code Optional} leaves it
     * out). {@link #build()} throws {@link IllegalStateException} when a required part is missing or
     * a suppressed or missing observation is given a value. Not thread-safe.
     *
     * <pre>{@code
     * Observation o = Observation.builder().indicatorId("x").areaCode("E08000007")
     *         .period(FinancialYear.of(2014)).value(new BigDecimal("44.1")).build();
     * }</pre>
     */
    public static final class Builder {
        private String indicatorId;
        private String areaCode;
        private ReportingPeriod period;
        private ObservationStatus status = ObservationStatus.ACTUAL;
        private BigDecimal value;
        private BigDecimal numerator;
        private BigDecimal denominator;
        private BigDecimal lowerCi;
        private BigDecimal upperCi;
        private BigDecimal ciLevel;
        private String note;
        private boolean seriesBreak;

        private Builder() {}

        /**
         * Sets every part {@code observation} has: its indicator, area, period, status and series break, and those
         * of its optional parts that are present (an absent one leaves this builder's as it is).
         */
        public Builder from(Observation observation) {
            indicatorId = observation.indicatorId;
            areaCode = observation.areaCode;
            period = observation.period;
            status = observation.status;
            seriesBreak = observation.seriesBreak;
            BigDecimal v = observation.rawValue();
            if (v != null) {
                value = v;
            }
            Details d = observation.details;
            if (d != null) {
                numerator = d.numerator != null ? d.numerator : numerator;
                denominator = d.denominator != null ? d.denominator : denominator;
                lowerCi = d.lowerCi != null ? d.lowerCi : lowerCi;
                upperCi = d.upperCi != null ? d.upperCi : upperCi;
                ciLevel = d.ciLevel != null ? d.ciLevel : ciLevel;
                note = d.note != null ? d.note : note;
            }
            return this;
        }

        /** The indicator observed; not null. */
        public Builder indicatorId(String indicatorId) {
            this.indicatorId = Objects.requireNonNull(indicatorId, "indicatorId");
            return this;
        }

        /** The area observed; not null. */
        public Builder areaCode(String areaCode) {
            this.areaCode = Objects.requireNonNull(areaCode, "areaCode");
            return this;
        }

        /** The period; not null. */
        public Builder period(ReportingPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /** The status (ACTUAL by default); not null. */
        public Builder status(ObservationStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /** The value, or {@code null} for none. */
        public Builder value(@Nullable BigDecimal value) {
            this.value = value;
            return this;
        }

        /** The value, if present. */
        public Builder value(Optional<? extends BigDecimal> value) {
            return value(value.orElse(null));
        }

        /** The numerator, or {@code null} for none. */
        public Builder numerator(@Nullable BigDecimal numerator) {
            this.numerator = numerator;
            return this;
        }

        /** The numerator, if present. */
        public Builder numerator(Optional<? extends BigDecimal> numerator) {
            return numerator(numerator.orElse(null));
        }

        /** The denominator, or {@code null} for none. */
        public Builder denominator(@Nullable BigDecimal denominator) {
            this.denominator = denominator;
            return this;
        }

        /** The denominator, if present. */
        public Builder denominator(Optional<? extends BigDecimal> denominator) {
            return denominator(denominator.orElse(null));
        }

        /** The lower confidence limit, or {@code null} for none. */
        public Builder lowerCi(@Nullable BigDecimal lowerCi) {
            this.lowerCi = lowerCi;
            return this;
        }

        /** The lower confidence limit, if present. */
        public Builder lowerCi(Optional<? extends BigDecimal> lowerCi) {
            return lowerCi(lowerCi.orElse(null));
        }

        /** The upper confidence limit, or {@code null} for none. */
        public Builder upperCi(@Nullable BigDecimal upperCi) {
            this.upperCi = upperCi;
            return this;
        }

        /** The upper confidence limit, if present. */
        public Builder upperCi(Optional<? extends BigDecimal> upperCi) {
            return upperCi(upperCi.orElse(null));
        }

        /** The confidence level, or {@code null} for none. */
        public Builder ciLevel(@Nullable BigDecimal ciLevel) {
            this.ciLevel = ciLevel;
            return this;
        }

        /** The confidence level, if present. */
        public Builder ciLevel(Optional<? extends BigDecimal> ciLevel) {
            return ciLevel(ciLevel.orElse(null));
        }

        /** The note, or {@code null} for none. */
        public Builder note(@Nullable String note) {
            this.note = note;
            return this;
        }

        /** The note, if present. */
        public Builder note(Optional<String> note) {
            return note(note.orElse(null));
        }

        /** Whether the observation starts a new series (false by default). */
        public Builder seriesBreak(boolean seriesBreak) {
            this.seriesBreak = seriesBreak;
            return this;
        }

        /**
         * The observation.
         *
         * @throws IllegalStateException when the indicator, area or period is not set, or a status
         *     without a value (SUPPRESSED, MISSING) is given one
         * @throws IllegalArgumentException when a number is outside {@link DecimalRange}
         */
        public Observation build() {
            if (indicatorId == null || areaCode == null || period == null) {
                List<String> missing = new ArrayList<>(3);
                if (indicatorId == null) {
                    missing.add("indicatorId");
                }
                if (areaCode == null) {
                    missing.add("areaCode");
                }
                if (period == null) {
                    missing.add("period");
                }
                throw new IllegalStateException(
                        "Cannot build Observation, some of required attributes are not set " + missing);
            }
            if (!status.hasValue() && value != null) {
                throw new IllegalStateException(
                        "Observation of " + Quote.of(indicatorId) + " for " + Quote.of(areaCode) + " " + period
                                + " is " + status + " but has the value " + value.toPlainString()
                                + ": a " + status.name().toLowerCase(Locale.ROOT) + " observation has no value");
            }
            DecimalRange.require("value", value);
            DecimalRange.require("numerator", numerator);
            DecimalRange.require("denominator", denominator);
            DecimalRange.require("lowerCi", lowerCi);
            DecimalRange.require("upperCi", upperCi);
            DecimalRange.require("ciLevel", ciLevel);
            return new Observation(this);
        }
    }
}
