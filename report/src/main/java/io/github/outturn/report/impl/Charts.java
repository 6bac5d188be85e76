package io.github.outturn.report.impl;

import io.github.outturn.finance.BudgetAssessment;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.finance.SavingsSummary;
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
        List<Status> statuses = new ArrayList<>();
        List<BigDecimal> sizes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Status s : Status.values()) {
            statuses.add(s);
            // Geometry only: 20 digits place a segment far below a pixel.
            sizes.add(d.count(s).bigDecimalValue(20, RoundingMode.HALF_EVEN));
            labels.add(View.statusWord(s) + " " + View.count(d, s));
        }
        return segments(statuses, sizes, labels, width);
    }

    /**
     * The segments of a stacked bar: each status with a size above zero, in the order given, its
     * width its share of the sizes' total.
     *
     * @param statuses the statuses
     * @param sizes their sizes, 0 or more
     * @param labels their labels
     * @param width the bar's width
     * @return the segments, left to right; none when the total is zero
     */
    public static List<Segment> segments(
            List<Status> statuses, List<BigDecimal> sizes, List<String> labels, int width) {
        List<Segment> out = new ArrayList<>();
        BigDecimal total = sizes.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return out;
        }
        BigDecimal x = BigDecimal.ZERO;
        for (int k = 0; k < statuses.size(); k++) {
            BigDecimal c = sizes.get(k);
            if (c.signum() == 0) {
                continue;
            }
            double left = x.doubleValue() / total.doubleValue() * width;
            double w = c.doubleValue() / total.doubleValue() * width;
            out.add(new Segment(statuses.get(k), n(left), n(w), labels.get(k)));
            x = x.add(c);
        }
        return out;
    }

    /** The stacked bars of a savings programme by status: by requirement and by number, and the number. */
    public record SavingsBars(List<Segment> byValue, List<Segment> byCount, int count) {}

    /**
     * The savings programme's two stacked bars: the requirement of the savings at each status, and
     * their number.
     *
     * @param t the programme
     * @param policy how amounts are shown in the labels
     * @return the bars
     */
    public static SavingsBars savings(SavingsSummary t, FinancePolicy policy) {
        List<Status> statuses = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<String> valueLabels = new ArrayList<>();
        List<BigDecimal> counts = new ArrayList<>();
        List<String> countLabels = new ArrayList<>();
        int count = 0;
        for (SavingStatus st : SavingStatus.values()) {
            Status s = View.status(st);
            statuses.add(s);
            values.add(t.valueByStatus().get(st).amount());
            valueLabels.add(
                    View.statusWord(s) + " " + policy.display(t.valueByStatus().get(st)));
            int n = t.countByStatus().get(st);
            counts.add(BigDecimal.valueOf(n));
            countLabels.add(View.statusWord(s) + " " + n);
            count += n;
        }
        return new SavingsBars(
                segments(statuses, values, valueLabels, WIDTH), segments(statuses, counts, countLabels, WIDTH), count);
    }

    /** Where the names of the variance chart end and its bars begin. */
    public static final int VARIANCE_LABEL = 250;

    private static final int VARIANCE_ROW = 24;

    /**
     * A bar of the variance chart: a budget line's variance from the zero line, its name, its value as
     * shown with the status's symbol (so it reads without colour), and a title with the reason.
     */
    public record VarianceBar(
            String name,
            String x,
            String y,
            String width,
            String height,
            String middle,
            Status status,
            String valueX,
            String anchor,
            String value,
            String title) {}

    /** The variance chart: its bars, the zero line's place and the chart's height. */
    public record VarianceChart(List<VarianceBar> bars, String zero, int height) {}

    /**
     * The variance chart of budget lines: one horizontal bar each, from the zero line to the right
     * for an overspend (or income short of its budget), to the left for an underspend.
     *
     * @param lines the budget lines judged, in the order shown
     * @param policy how their amounts are shown
     * @return the chart
     */
    public static VarianceChart variances(List<BudgetAssessment> lines, FinancePolicy policy) {
        double lo = 0;
        double hi = 0;
        for (BudgetAssessment a : lines) {
            double v = a.variance().amount().doubleValue();
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double left = VARIANCE_LABEL + 60.0;
        double right = WIDTH - 70.0;
        double span = hi - lo;
        double low = lo;
        Function<Double, Double> at = v -> left + (v - low) / span * (right - left);
        double zero = at.apply(0.0);
        List<VarianceBar> bars = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            BudgetAssessment a = lines.get(k);
            double v = a.variance().amount().doubleValue();
            double end = at.apply(v);
            double y = TOP + k * VARIANCE_ROW;
            bars.add(new VarianceBar(
                    a.name(),
                    n(Math.min(zero, end)),
                    n(y + 4),
                    n(Math.abs(end - zero)),
                    n(VARIANCE_ROW - 8.0),
                    n(y + VARIANCE_ROW / 2.0),
                    a.status(),
                    n(v < 0 ? end - 4 : end + 4),
                    v < 0 ? "end" : "start",
                    View.statusSymbol(a.status()) + " " + View.variance(a.variance(), policy),
                    a.name() + ": " + a.reason()));
        }
        return new VarianceChart(bars, n(zero), TOP + lines.size() * VARIANCE_ROW + 8);
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

    /**
     * The ranked bar chart: its bars, its value axis, and where the area's bar is. A chart of 150
     * authorities is drawn compactly: every bar but the area's as one stroke in {@code path} (each bar
     * a vertical line {@code barWidth} wide from the baseline to its value), the intervals as another
     * in {@code intervals}, and the area's bar as its own titled rectangle; the figures of every bar are
     * in the table beneath the chart.
     */
    public record BarChart(
            List<Bar> bars,
            List<Tick> yTicks,
            String baseline,
            Optional<Bar> area,
            String path,
            String barWidth,
            Optional<String> intervals) {}

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
        double w = Math.max(1, slot * 0.8);
        List<Bar> bars = new ArrayList<>();
        Optional<Bar> area = Optional.empty();
        StringBuilder path = new StringBuilder();
        StringBuilder intervals = new StringBuilder();
        for (int k = 0; k < ranked.size(); k++) {
            RankedArea r = ranked.get(k);
            double top = y.at(r.value());
            double x = LEFT + k * slot;
            Bar b = new Bar(
                    n(x),
                    n(Math.min(top, base)),
                    n(w),
                    n(Math.abs(base - top)),
                    r.isArea(),
                    r.interval().map(ci -> n(y.at(BigDecimal.valueOf(ci.lower())))),
                    r.interval().map(ci -> n(y.at(BigDecimal.valueOf(ci.upper())))),
                    n(x + w / 2),
                    r.rank().orElse(k + 1) + ". " + r.name() + ": " + label.apply(r.value()));
            bars.add(b);
            if (r.isArea()) {
                area = Optional.of(b);
            } else {
                path.append(path.isEmpty() ? "" : " ").append(moveAndRise(b.centre(), n(base), n(top)));
            }
            b.low()
                    .ifPresent(low -> intervals
                            .append(intervals.isEmpty() ? "" : " ")
                            .append(moveAndRise(b.centre(), low, b.high().orElseThrow())));
        }
        return new BarChart(
                bars,
                y.ticks(),
                n(base),
                area,
                path.toString(),
                n(w),
                intervals.isEmpty() ? Optional.empty() : Optional.of(intervals.toString()));
    }

    /** An SVG path's vertical segment: {@code M57.5 204.0V122.4}. */
    private static String moveAndRise(String x, String from, String to) {
        return "M" + x + " " + from + "V" + to;
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
