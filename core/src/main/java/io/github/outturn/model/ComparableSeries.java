package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of an area's series that may be compared with one period: the observations no series
 * break separates from it (docs/in-year.md). The one place that decides what a break cuts: direction
 * of travel, records, recent trends, highlights and the seasonal profile all take their series from
 * here. A series breaks at the indicator's {@link Indicator#seriesBreak()} and at the period of every
 * observation marked {@link Observation#seriesBreak()}.
 *
 * <pre>{@code
 * ComparableSeries part = ComparableSeries.of(ks2, dataset.series("ks2-rwm", "888"), AcademicYear.of(2016));
 * part.observations(); // AY 2015/16 and AY 2016/17 only: the curriculum changed in AY 2015/16
 * part.start();        // Optional[AY 2015/16 (first results under the new curriculum)]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ComparableSeries {

    private final ReportingPeriod period;
    private final List<Observation> observations;
    private final Optional<SeriesBreak> start;

    private ComparableSeries(ReportingPeriod period, List<Observation> observations, Optional<SeriesBreak> start) {
        this.period = period;
        this.observations = observations;
        this.start = start;
    }

    /**
     * The part of a series comparable with a period.
     *
     * @param indicator the series' indicator, not null
     * @param series one area's observations of it, in period order (as {@link Dataset#series} gives
     *     them), not null
     * @param period the period the part must be comparable with, not null
     * @return the part, in the series' order; the series itself when nothing breaks it
     */
    public static ComparableSeries of(Indicator indicator, List<Observation> series, ReportingPeriod period) {
        Objects.requireNonNull(period, "period");
        List<SeriesBreak> breaks = breaks(indicator, series);
        if (breaks.isEmpty()) {
            return new ComparableSeries(period, List.copyOf(series), Optional.empty());
        }
        List<Observation> part = new ArrayList<>(series.size());
        for (Observation o : series) {
            if (separating(breaks, o.period(), period).isEmpty()) {
                part.add(o);
            }
        }
        SeriesBreak latest = null;
        for (SeriesBreak b : breaks) {
            if (!b.period().start().isAfter(period.end())
                    && (latest == null
                            || b.period().start().isAfter(latest.period().start()))) {
                latest = b;
            }
        }
        return new ComparableSeries(period, List.copyOf(part), Optional.ofNullable(latest));
    }

    /**
     * The latest break between two periods of a series, if any: values for them may not be compared.
     *
     * @param indicator the series' indicator, not null
     * @param series one area's observations of it (those marking a break count), not null
     * @param one a period, not null
     * @param other another period, not null
     * @return the latest break separating them, or empty when they may be compared
     */
    public static Optional<SeriesBreak> between(
            Indicator indicator, List<Observation> series, ReportingPeriod one, ReportingPeriod other) {
        return separating(breaks(indicator, series), one, other);
    }

    /**
     * Every break of a series: the indicator's, then each marked observation's, at its period.
     *
     * @param indicator the series' indicator, not null
     * @param series one area's observations of it, not null
     * @return the breaks; empty when nothing breaks the series
     */
    public static List<SeriesBreak> breaks(Indicator indicator, List<Observation> series) {
        boolean marked = false;
        for (int i = 0; i < series.size() && !marked; i++) {
            marked = series.get(i).seriesBreak();
        }
        if (!marked && indicator.seriesBreak().isEmpty()) {
            return List.of(); // the usual case, without allocating
        }
        List<SeriesBreak> out = new ArrayList<>(1);
        indicator.seriesBreak().ifPresent(p -> out.add(new SeriesBreak(p, indicator.seriesBreakNote())));
        for (Observation o : series) {
            if (o.seriesBreak()) {
                out.add(new SeriesBreak(o.period(), o.note()));
            }
        }
        return out;
    }

    private static Optional<SeriesBreak> separating(
            List<SeriesBreak> breaks, ReportingPeriod one, ReportingPeriod other) {
        SeriesBreak latest = null;
        for (SeriesBreak b : breaks) {
            if (b.separates(one, other)
                    && (latest == null
                            || b.period().start().isAfter(latest.period().start()))) {
                latest = b;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The period the part is comparable with. */
    public ReportingPeriod period() {
        return period;
    }

    /** The observations comparable with the period, in the series' order. */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * The break the comparable part begins at: the latest one no later than the period's end; empty
     * when the series has not broken by then.
     */
    public Optional<SeriesBreak> start() {
        return start;
    }

    /** The period and how many observations are comparable with it, with the break it begins at. */
    @Override
    public String toString() {
        return "ComparableSeries{period=" + period + ", observations=" + observations.size()
                + start.map(b -> ", start=" + b).orElse("") + "}";
    }
}
