package io.github.outturn.report.impl;

import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.model.Status;
import io.github.outturn.report.Report.RankedArea;
import io.github.outturn.summary.RagDistribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * The geometry of the report's charts, drawn by hand because no Java library draws these small
 * SVG charts without a browser or AWT: a stacked RAG bar, a sparkline, a time-series line chart
 * with a target line, and a ranked bar chart with the area marked and intervals. The templates
 * draw the shapes and escape every text; this class only places them. Coordinates are written
 * with one decimal place in the root locale, so the same figures give the same bytes.
 */
public final class Charts {

    private Charts() {}

    /** Chart width and heights, in SVG user units. */
    public static final int WIDTH = 640;

    /** The line chart's height. */
    public static final int LINE_HEIGHT = 260;

    /** The ranked bar chart's height. */
    public static final int BARS_HEIGHT = 240;

    /** The stacked bar's height. */
    public static final int STACK_HEIGHT = 28;

    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    /** A rectangle of a stacked bar. */
    public record Segment(Status status, String x, String width, String label) {}

    /**
     * The segments of a stacked bar of a RAG distribution: each status with a count, in the
     * statuses' order, its width its share of the overall total.
     *
     * @param d the distribution
     * @param width the bar's width
     * @return the segments, left to right
     */
    public static List<Segment> stacked(RagDistribution d, int width) {
        List<Segment> out = new ArrayList<>();
        BigFraction total = d.overallTotal();
        if (total.isZero()) {
            return out;
        }
        BigFraction x = BigFraction.ZERO;
        for (Status s : Status.values()) {
            BigFraction c = d.count(s);
            if (c.isZero()) {
                continue;
            }
            double left = x.divide(total).doubleValue() * width;
            double w = c.divide(total).doubleValue() * width;
            out.add(new Segment(
                    s,
                    n(left),
                    n(w),
                    View.statusWord(s) + " " + d.displayedCount(s).toPlainString()));
            x = x.add(c);
        }
        return out;
    }

    /** A line of a chart: its name, its style class, its points and where its values are. */
    public record Line(String name, String cssClass, String points, List<Dot> dots) {}

    /** A point of a line, with the value it stands for (for its tooltip). */
    public record Dot(String x, String y, String label) {}

    /** A tick of an axis: where, and its label. */
    public record Tick(String at, String label) {}

    /** A line chart: its lines, its axes' ticks, and the target line. */
    public record LineChart(List<Line> lines, List<Tick> yTicks, List<Tick> xTicks, Optional<Line> target) {}

    /**
     * A sparkline of a series' own values: the polyline's points in a box of the given size.
     *
     * @param series the series
     * @param width the box's width
     * @param height the box's height
     * @return the points ("x,y x,y"), empty when fewer than two values
     */
    public static String sparkline(TimeSeries series, int width, int height) {
        List<SeriesPoint> points = series.points();
        Scale y = Scale.of(values(points, SeriesPoint::value), height - 2, 1);
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int k = 0; k < points.size(); k++) {
            Optional<BigDecimal> v = points.get(k).value();
            if (v.isPresent()) {
                double x = points.size() == 1 ? width / 2.0 : 1 + k * (width - 2.0) / (points.size() - 1);
                sb.append(sb.length() == 0 ? "" : " ").append(n(x)).append(',').append(n(y.at(v.get())));
                count++;
            }
        }
        return count < 2 ? "" : sb.toString();
    }

    /**
     * The line chart of a series: the area, its region, its neighbours' average and England, with
     * the target where it has one.
     *
     * @param s the series
     * @param names the lines' names: area, region, neighbours, England
     * @param label how a value is written (its tooltip)
     * @return the chart
     */
    public static LineChart line(TimeSeries s, List<String> names, Function<BigDecimal, String> label) {
        List<SeriesPoint> points = s.points();
        List<Function<SeriesPoint, Optional<BigDecimal>>> getters =
                List.of(SeriesPoint::value, SeriesPoint::region, SeriesPoint::neighbourAverage, SeriesPoint::england);
        List<BigDecimal> all = new ArrayList<>();
        for (Function<SeriesPoint, Optional<BigDecimal>> g : getters) {
            all.addAll(values(points, g));
        }
        all.addAll(values(points, SeriesPoint::target));
        Scale y = Scale.of(all, LINE_HEIGHT - BOTTOM, TOP);
        double step = points.size() <= 1 ? 0 : (WIDTH - LEFT - RIGHT - 20.0) / (points.size() - 1);
        Function<Integer, Double> xAt = k -> LEFT + 10 + (points.size() == 1 ? (WIDTH - LEFT - RIGHT) / 2.0 : k * step);
        String[] classes = {"l-area", "l-region", "l-neighbours", "l-england"};
        List<Line> lines = new ArrayList<>();
        for (int g = 0; g < getters.size(); g++) {
            Optional<Line> line = line(points, getters.get(g), names.get(g), classes[g], xAt, y, label);
            line.ifPresent(lines::add);
        }
        Optional<Line> target = line(points, SeriesPoint::target, "Target", "l-target", xAt, y, label);
        List<Tick> xTicks = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            xTicks.add(new Tick(n(xAt.apply(k)), points.get(k).period().toString()));
        }
        return new LineChart(lines, y.ticks(), xTicks, target);
    }

    private static Optional<Line> line(
            List<SeriesPoint> points,
            Function<SeriesPoint, Optional<BigDecimal>> getter,
            String name,
            String css,
            Function<Integer, Double> xAt,
            Scale y,
            Function<BigDecimal, String> label) {
        StringBuilder sb = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            Optional<BigDecimal> v = getter.apply(points.get(k));
            if (v.isPresent()) {
                String x = n(xAt.apply(k));
                String yy = n(y.at(v.get()));
                sb.append(sb.length() == 0 ? "" : " ").append(x).append(',').append(yy);
                dots.add(new Dot(x, yy, name + ", " + points.get(k).period() + ": " + label.apply(v.get())));
            }
        }
        return dots.isEmpty() ? Optional.empty() : Optional.of(new Line(name, css, sb.toString(), dots));
    }

    /** A bar of the ranked chart, with its interval's ends where it has one. */
    public record Bar(
            String x,
            String y,
            String width,
            String height,
            boolean isArea,
            Optional<String> low,
            Optional<String> high,
            String centre,
            String label) {}

    /** The ranked bar chart: its bars, its value axis, and where the area's bar is. */
    public record BarChart(List<Bar> bars, List<Tick> yTicks, String baseline, Optional<Bar> area) {}

    /**
     * The ranked bar chart of every authority, in the order given, the area marked.
     *
     * @param ranked the authorities, best first
     * @param label how a value is written
     * @return the chart
     */
    public static BarChart bars(List<RankedArea> ranked, Function<BigDecimal, String> label) {
        List<BigDecimal> all = new ArrayList<>();
        all.add(BigDecimal.ZERO);
        for (RankedArea r : ranked) {
            all.add(r.value());
            r.interval().ifPresent(ci -> {
                all.add(BigDecimal.valueOf(ci.lower()));
                all.add(BigDecimal.valueOf(ci.upper()));
            });
        }
        Scale y = Scale.of(all, BARS_HEIGHT - BOTTOM, TOP);
        double base = y.at(BigDecimal.ZERO);
        double slot = ranked.isEmpty() ? 0 : (WIDTH - LEFT - RIGHT) / (double) ranked.size();
        List<Bar> bars = new ArrayList<>();
        Optional<Bar> area = Optional.empty();
        for (int k = 0; k < ranked.size(); k++) {
            RankedArea r = ranked.get(k);
            double top = y.at(r.value());
            double x = LEFT + k * slot;
            double w = Math.max(1, slot * 0.8);
            Bar b = new Bar(
                    n(x),
                    n(Math.min(top, base)),
                    n(w),
                    n(Math.abs(base - top)),
                    r.isArea(),
                    r.interval().map(ci -> n(y.at(BigDecimal.valueOf(ci.lower())))),
                    r.interval().map(ci -> n(y.at(BigDecimal.valueOf(ci.upper())))),
                    n(x + w / 2),
                    (k + 1) + ". " + r.name() + ": " + label.apply(r.value()));
            bars.add(b);
            if (r.isArea()) {
                area = Optional.of(b);
            }
        }
        return new BarChart(bars, y.ticks(), n(base), area);
    }

    private static List<BigDecimal> values(
            List<SeriesPoint> points, Function<SeriesPoint, Optional<BigDecimal>> getter) {
        List<BigDecimal> out = new ArrayList<>();
        for (SeriesPoint p : points) {
            getter.apply(p).ifPresent(out::add);
        }
        return out;
    }

    /** A coordinate: one decimal place, root locale. */
    static String n(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** A linear scale from values to a vertical pixel range (bottom to top), with round ticks. */
    record Scale(double min, double max, double bottom, double top, double step) {

        static Scale of(List<BigDecimal> values, double bottom, double top) {
            double lo =
                    values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double hi =
                    values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            if (hi == lo) {
                hi = lo + (lo == 0 ? 1 : Math.abs(lo) * 0.1);
                lo = lo - (lo == 0 ? 0 : Math.abs(lo) * 0.1);
            }
            double step = niceStep((hi - lo) / 4);
            lo = Math.floor(lo / step) * step;
            hi = Math.ceil(hi / step) * step;
            return new Scale(lo, hi, bottom, top, step);
        }

        /** A round step: 1, 2 or 5 times a power of ten, at least the raw step. */
        static double niceStep(double raw) {
            double p = Math.pow(10, Math.floor(Math.log10(raw)));
            for (double m : new double[] {1, 2, 5, 10}) {
                if (m * p >= raw) {
                    return m * p;
                }
            }
            return 10 * p;
        }

        double at(BigDecimal v) {
            return bottom - (v.doubleValue() - min) / (max - min) * (bottom - top);
        }

        List<Tick> ticks() {
            List<Tick> out = new ArrayList<>();
            int count = (int) Math.round((max - min) / step);
            for (int k = 0; k <= count; k++) {
                BigDecimal v = BigDecimal.valueOf(min + k * step)
                        .setScale(6, RoundingMode.HALF_UP)
                        .stripTrailingZeros();
                out.add(new Tick(n(at(v)), v.toPlainString()));
            }
            return out;
        }
    }
}
