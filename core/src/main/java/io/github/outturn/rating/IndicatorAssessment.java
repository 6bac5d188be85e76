package io.github.outturn.rating;

import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rating of one indicator for one area and period against its target (docs/rating.md, section 1): the status,
 * the figures it was decided on, and a sentence saying why.
 *
 * <pre>{@code
 * IndicatorAssessment a = IndicatorRating.assess(dataset, "two-year-offer", "E08000018",
 *         FinancialYear.of(2014), RatingPolicy.defaults());
 * a.getStatus();          // AMBER
 * a.getReason();          // "44.1% is below the target of 45.0% by 0.9 points, within the 5% tolerance: AMBER"
 * a.getPolicyReference(); // "outturn-default@2"
 * }</pre>
 *
 * <p>Plain data: every figure is exactly as used (the compared value is rounded only when the policy
 * compares at display precision). Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class IndicatorAssessment {

    /** The indicator rated. */
    public abstract String indicatorId();

    /** The area rated. */
    public abstract String areaCode();

    /** The period rated. */
    public abstract ReportingPeriod period();

    /** The outcome. */
    public abstract Status status();

    /** Why: a sentence quoting the figures at the indicator's decimal places and unit. */
    public abstract String reason();

    /** The policy that made the rating, {@code id@version}. */
    public abstract String policyReference();

    /** The standing of the observation used, absent when there was none. */
    public abstract Optional<ObservationStatus> observationStatus();

    /** The value as published, absent when missing or suppressed. */
    public abstract Optional<BigDecimal> publishedValue();

    /** The value compared with the target: rounded half up to the indicator's decimal places, or raw. */
    public abstract Optional<BigDecimal> comparedValue();

    /** The period of the target used (a year for a cumulative measure's year-end quarter). */
    public abstract Optional<ReportingPeriod> targetPeriod();

    /** The single target value, when the target is one. */
    public abstract Optional<BigDecimal> targetValue();

    /** The lower end of a target band. */
    public abstract Optional<BigDecimal> targetLower();

    /** The upper end of a target band. */
    public abstract Optional<BigDecimal> targetUpper();

    /** The tolerance applied. */
    public abstract Optional<Tolerance> tolerance();

    /** Where the tolerance came from. */
    public abstract Optional<ToleranceSource> toleranceSource();

    /** The lowest value that is still AMBER below the target or band, when values below it are worse. */
    public abstract Optional<BigDecimal> amberLowerEdge();

    /** The highest value that is still AMBER above the target or band, when values above it are worse. */
    public abstract Optional<BigDecimal> amberUpperEdge();

    /** The value from which (inclusive) a value is BLUE, when the policy turns BLUE on. */
    public abstract Optional<BigDecimal> blueEdge();

    /** The same period last year's compared value, when it was looked at for rescue by improvement. */
    public abstract Optional<BigDecimal> lastYearValue();

    /** Whether the status is AMBER only because the value improved on the same period last year. */
    @Value.Default
    public boolean rescuedByImprovement() {
        return false;
    }

    /**
     * The profile a part-year value was rated against (docs/in-year.md); the target fields then hold
     * the annual target's part due to date.
     */
    public abstract Optional<TargetProfile> profile();

    /** With a profile, the per cent of the annual target due by the end of the period. */
    public abstract Optional<BigDecimal> profileShareToDate();

    /**
     * Present when this is a year-end forecast, and says what it rests on: a forecast observation, or
     * a forecast the library made from the year to date (docs/in-year.md).
     */
    public abstract Optional<ForecastBasis> forecastBasis();

    /** The forecast year-end status beside this one, when the policy asks for it and a forecast exists. */
    public abstract Optional<IndicatorAssessment> forecastYearEnd();

    /** The reason, which names the status. */
    @Override
    public String toString() {
        return indicatorId() + " " + areaCode() + " " + period() + ": " + reason();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link IndicatorAssessment}, started by {@link #builder()}; {@code indicatorId}, {@code areaCode}, {@code period}, {@code status}, {@code reason} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableIndicatorAssessment.Builder {}
}
