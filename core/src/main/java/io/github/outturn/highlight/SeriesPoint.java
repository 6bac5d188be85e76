package io.github.outturn.highlight;

import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One period of a {@link TimeSeries}: the area's value beside its region's, its neighbours'
 * average and England's, with the target.
 *
 * <pre>{@code
 * SeriesPoint p = TimeSeries.of(lait, "LAC", "888", Optional.empty(), 10, BenchmarkPolicy.defaults())
 *         .getPoints().get(0);
 * p.getValue();            // Optional[85]
 * p.getNeighbourCount();   // 10: the neighbours with a value
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class SeriesPoint {

    /** The period. */
    public abstract ReportingPeriod period();

    /** The area's value, absent when missing or suppressed. */
    public abstract Optional<BigDecimal> value();

    /** The standing of the area's observation. */
    public abstract ObservationStatus status();

    /** The region's published figure. */
    public abstract Optional<BigDecimal> region();

    /** The statistical neighbours' average: published, or computed by the benchmark policy's method. */
    public abstract Optional<BigDecimal> neighbourAverage();

    /** How many neighbours the computed average used (0 when published or absent). */
    @Value.Default
    public int neighbourCount() {
        return 0;
    }

    /** England's published figure. */
    public abstract Optional<BigDecimal> england();

    /** The single target value for the period. */
    public abstract Optional<BigDecimal> target();

    /** The lower end of a target band. */
    public abstract Optional<BigDecimal> targetLower();

    /** The upper end of a target band. */
    public abstract Optional<BigDecimal> targetUpper();

    /** The note recorded against the area's observation. */
    public abstract Optional<String> commentary();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SeriesPoint}, started by {@link #builder()}; {@code period} and {@code status} are required. */
    public static final class Builder extends ImmutableSeriesPoint.Builder {}
}
