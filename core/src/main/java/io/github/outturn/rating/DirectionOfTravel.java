package io.github.outturn.rating;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The direction of travel of one indicator for one area (docs/rating.md, section 2): the latest value against the
 * previous period or the same period last year, with the change and a sentence saying why.
 *
 * <pre>{@code
 * DirectionOfTravel d = DirectionOfTravelRating.compare(dataset, "two-year-offer", "E08000018",
 *         FinancialQuarter.of(2014, 2), TravelTerm.SHORT_TERM, RatingPolicy.defaults());
 * d.getDirection();      // IMPROVING
 * d.getAbsoluteChange(); // Optional[2.1]
 * d.getReason();         // "44.1% in 2014/15 Q2 against 42.0% in 2014/15 Q1: up 2.1 points (+5.0%): IMPROVING"
 * }</pre>
 *
 * <p>The relative change is a percentage of the earlier value's magnitude, computed with {@link
 * java.math.MathContext#DECIMAL64} (16 significant digits) and absent for a zero earlier value.
 * Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class DirectionOfTravel {

    /** The indicator. */
    public abstract String indicatorId();

    /** The area. */
    public abstract String areaCode();

    /** Short or long term. */
    public abstract TravelTerm term();

    /** The latest period. */
    public abstract ReportingPeriod period();

    /** The earlier period compared with. */
    public abstract ReportingPeriod comparisonPeriod();

    /** The outcome. */
    public abstract Direction direction();

    /** Why: a sentence quoting both values and the change. */
    public abstract String reason();

    /** The policy used, {@code id@version}. */
    public abstract String policyReference();

    /** The latest value as compared (rounded to the indicator's decimal places unless the policy says RAW). */
    public abstract Optional<BigDecimal> latestValue();

    /** The earlier value as compared. */
    public abstract Optional<BigDecimal> comparisonValue();

    /** Latest minus earlier, exact. */
    public abstract Optional<BigDecimal> absoluteChange();

    /**
     * The change as a percentage of the earlier value's magnitude ({@code MathContext.DECIMAL64});
     * absent when the earlier value is zero or a value is missing.
     */
    public abstract Optional<BigDecimal> relativeChange();

    /** The reason, which names the direction. */
    @Override
    public String toString() {
        return indicatorId() + " " + areaCode() + " " + period() + " " + term() + ": " + reason();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link DirectionOfTravel}, started by {@link #builder()}; {@code indicatorId}, {@code areaCode}, {@code term}, {@code period}, {@code comparisonPeriod}, {@code direction}, {@code reason} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableDirectionOfTravel.Builder {}
}
