package io.github.outturn.report;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.model.Area;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.report.Report.ControlChart;
import io.github.outturn.report.Report.FunnelChart;
import io.github.outturn.report.Report.ScorecardRow;
import io.github.outturn.statistics.FunnelLimit;
import io.github.outturn.statistics.FunnelPlot;
import io.github.outturn.statistics.FunnelPlots;
import io.github.outturn.statistics.FunnelRecord;
import io.github.outturn.statistics.FunnelType;
import io.github.outturn.statistics.ImprovementDirection;
import io.github.outturn.statistics.RecentTrend;
import io.github.outturn.statistics.RecentTrends;
import io.github.outturn.statistics.TrendMarker;
import io.github.outturn.statistics.TrendPoint;
import io.github.outturn.statistics.TrendTest;
import io.github.outturn.statistics.XmrCharts;
import io.github.outturn.statistics.XmrSettings;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Gathers the figures of a detail page's public-health charts and hands them to the library
 * (XmrCharts, RecentTrends, FunnelPlots), which decides everything statistical; this class only
 * chooses which observations go in and whether there are enough of them.
 */
final class DetailCharts {

    private DetailCharts() {}

    /** The recent trend's points carry 95% limits, as Fingertips' weighted regression needs. */
    private static final ConfidenceLevel TREND_LEVEL = ConfidenceLevel.NINETY_FIVE;

    /**
     * The area's XmR chart: every value of its series up to the period (forecasts and missing values
     * left out), when there are at least {@link XmrCharts#SHORT_GROUP}, the fewest the method takes
     * for reliable limits. The limits are recalculated at each series break ({@link ComparableSeries}:
     * the indicator's or one marked on an observation) when each side has two values or more; the
     * target is the period's, where it is a single value.
     */
    static Optional<ControlChart> control(Dataset ds, ScorecardRow row) {
        Indicator i = row.indicator();
        List<Observation> used = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<Observation> series = upTo(ds, row);
        for (Observation o : series) {
            if (o.value().isPresent() && o.status() != ObservationStatus.FORECAST) {
                used.add(o);
            } else {
                leftOut.add(o.period() + " (" + Codes.of(o.status()).replace('-', ' ') + ")");
            }
        }
        if (used.size() < XmrCharts.SHORT_GROUP) {
            return Optional.empty();
        }
        XmrSettings settings = XmrSettings.of(ImprovementDirection.of(i.polarity()));
        List<Integer> breaks = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < used.size(); k++) {
            boolean broken = ComparableSeries.between(
                            i, series, used.get(k - 1).period(), used.get(k).period())
                    .isPresent();
            if (broken && k - from >= 2 && used.size() - k >= 2) {
                breaks.add(k);
                from = k;
            }
        }
        if (!breaks.isEmpty()) {
            settings = settings.withRecalculationFrom(breaks);
        }
        Optional<BigDecimal> target = row.result().assessment().targetValue();
        if (target.isPresent()) {
            settings = settings.withTarget(target.get().doubleValue());
        }
        double[] values = used.stream()
                .mapToDouble(o -> o.value().orElseThrow().doubleValue())
                .toArray();
        List<ReportingPeriod> periods = used.stream().map(Observation::period).toList();
        return Optional.of(new ControlChart(XmrCharts.of(values, settings), periods, leftOut));
    }

    /**
     * The area's recent trend by Fingertips' weighted regression over the part of its series
     * comparable with the period ({@link ComparableSeries}), each point with its 95% interval
     * (published, or computed from its numerator and denominator by ConfidenceIntervals); empty when
     * it cannot be calculated (too few points, a count, a pooled period).
     */
    static Optional<RecentTrend> trend(Dataset ds, ScorecardRow row) {
        Indicator i = row.indicator();
        List<TrendPoint> points = new ArrayList<>();
        List<Observation> comparable =
                ComparableSeries.of(i, upTo(ds, row), row.period()).observations();
        for (Observation o : comparable) {
            if (o.status() == ObservationStatus.FORECAST) {
                continue;
            }
            Optional<ConfidenceInterval> ci = o.value().isPresent()
                    ? ConfidenceIntervals.of(i, o, TREND_LEVEL)
                            .filter(c -> c.level().equals(TREND_LEVEL))
                    : Optional.empty();
            points.add(TrendPoint.of(
                    o.period().start().getYear(),
                    number(o.numerator()),
                    number(o.denominator()),
                    number(o.value()),
                    ci.map(ConfidenceInterval::lower).orElse(Double.NaN),
                    ci.map(ConfidenceInterval::upper).orElse(Double.NaN)));
        }
        RecentTrend t = RecentTrends.of(
                points, i.statisticType(), wholeYears(row.period()), TrendTest.WEIGHTED_REGRESSION, i.polarity());
        return t.marker() == TrendMarker.CANNOT_BE_CALCULATED ? Optional.empty() : Optional.of(t);
    }

    /**
     * The funnel plot of every authority the area is ranked among (and the area) with a numerator and
     * a denominator at the period: a proportion at the indicator's multiplier (100 for a percentage),
     * or a crude rate at its multiplier over the period's years. Empty for other statistic types, a
     * rate without a multiplier, or fewer than two such authorities or none for the area.
     */
    static Optional<FunnelChart> funnel(Dataset ds, ScorecardRow row, BenchmarkPolicy policy) {
        Indicator i = row.indicator();
        FunnelType type;
        OptionalDouble multiplier = ConfidenceIntervals.multiplier(i);
        switch (i.statisticType()) {
            case PROPORTION -> type = FunnelType.PROPORTION;
            case RATE -> type = FunnelType.RATE_CRUDE;
            default -> {
                return Optional.empty();
            }
        }
        if (type.isRate() && multiplier.isEmpty()) {
            return Optional.empty();
        }
        String area = row.series().areaCode();
        Set<String> codes = new LinkedHashSet<>(
                AreaBenchmarks.authorities(ds, i.id(), row.period(), policy).memberCodes());
        codes.add(area);
        List<FunnelRecord> records = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            Optional<Observation> o = ds.findObservation(i.id(), code, row.period());
            if (o.isPresent() && charted(o.get(), type)) {
                records.add(FunnelRecord.of(
                        code,
                        o.get().numerator().orElseThrow().doubleValue(),
                        o.get().denominator().orElseThrow().doubleValue(),
                        type.isRate() ? o.get().value().orElseThrow().doubleValue() : Double.NaN));
                names.add(ds.findArea(code).map(Area::name).orElse(code));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < records.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparing(names::get));
        List<FunnelRecord> sorted = order.stream().map(records::get).toList();
        List<String> sortedNames = order.stream().map(names::get).toList();
        int at = sorted.stream().map(FunnelRecord::area).toList().indexOf(area);
        if (at < 0 || sorted.size() < 2) {
            return Optional.empty();
        }
        double m = multiplier.orElse(1);
        FunnelPlot plot = FunnelPlots.of(type, sorted, m, Math.max(1, wholeYears(row.period())));
        List<FunnelLimit> limits = new ArrayList<>();
        if (type == FunnelType.PROPORTION) {
            for (ConfidenceLevel level : FunnelPlots.LEVELS) {
                limits.add(FunnelPlots.proportionLimit(
                        plot.average(), sorted.get(at).denominator(), level, m));
            }
        }
        return Optional.of(new FunnelChart(plot, sortedNames, at, limits));
    }

    /** Whether an observation has what its funnel plot needs: a numerator and denominator above 0 (a rate's value too). */
    private static boolean charted(Observation o, FunnelType type) {
        if (o.numerator().isEmpty()
                || o.denominator().isEmpty()
                || o.denominator().get().signum() <= 0
                || o.value().isEmpty()) {
            return false;
        }
        return !type.isRate()
                || o.numerator().get().signum() == 0
                || o.value().get().signum() > 0;
    }

    /** The area's series up to the row's period, in period order. */
    private static List<Observation> upTo(Dataset ds, ScorecardRow row) {
        return ds.series(row.indicator().id(), row.series().areaCode()).stream()
                .filter(o -> o.period().compareTo(row.period()) <= 0)
                .toList();
    }

    /** The whole years a period covers: 1 for a year, 3 for three pooled years, 0 for a quarter or month. */
    private static int wholeYears(ReportingPeriod p) {
        Period span = Period.between(p.start(), p.end().plusDays(1));
        return span.getMonths() == 0 && span.getDays() == 0 ? span.getYears() : 0;
    }

    private static double number(Optional<BigDecimal> v) {
        return v.map(BigDecimal::doubleValue).orElse(Double.NaN);
    }
}
