package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a series breaks: the first period not comparable with earlier ones (a new definition or
 * curriculum), and why. An indicator's {@link Indicator#seriesBreak()} breaks every area's series;
 * an observation with {@link Observation#seriesBreak()} breaks its own area's series at its period
 * (its note says why). {@link ComparableSeries} finds the breaks of a series and cuts it.
 *
 * <pre>{@code
 * SeriesBreak b = SeriesBreak.of(AcademicYear.of(2015), "new curriculum");
 * b.separates(AcademicYear.of(2014), AcademicYear.of(2015)); // true
 * b.toString();     // "AY 2015/16 (new curriculum)"
 * }</pre>
 *
 * @param period the first period of the new series
 * @param note why the series breaks, quoted in reasons
 *     <p>Immutable and thread-safe.
 */
public record SeriesBreak(ReportingPeriod period, Optional<String> note) {

    /** Checks that no component is null. */
    public SeriesBreak {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A break at a period, with no reason given.
     *
     * @param period the first period of the new series, not null
     * @return the break
     */
    public static SeriesBreak of(ReportingPeriod period) {
        return new SeriesBreak(period, Optional.empty());
    }

    /**
     * A break at a period, and why.
     *
     * @param period the first period of the new series, not null
     * @param note why the series breaks, not null
     * @return the break
     */
    public static SeriesBreak of(ReportingPeriod period, String note) {
        return new SeriesBreak(period, Optional.of(note));
    }

    /**
     * Whether this break lies between two periods, in either order: it starts after the earlier one
     * ends and no later than the end of the later one. A period is never separated from itself.
     *
     * @param one a period, not null
     * @param other another period, not null
     * @return whether values for the two periods may not be compared
     */
    public boolean separates(ReportingPeriod one, ReportingPeriod other) {
        boolean oneFirst = !one.end().isAfter(other.end());
        ReportingPeriod earlier = oneFirst ? one : other;
        ReportingPeriod later = oneFirst ? other : one;
        return period.start().isAfter(earlier.end()) && !period.start().isAfter(later.end());
    }

    /** The period and the note in brackets: {@code "AY 2015/16 (new curriculum)"}, or the period alone. */
    @Override
    public String toString() {
        return period + note.map(n -> " (" + n + ")").orElse("");
    }
}
