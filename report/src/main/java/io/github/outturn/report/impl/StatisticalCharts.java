package io.github.outturn.report.impl;

import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.report.Report.ControlChart;
import io.github.outturn.report.Report.FunnelChart;
import io.github.outturn.report.impl.Charts.Scale;
import io.github.outturn.report.impl.Charts.Tick;
import io.github.outturn.statistics.FunnelLimit;
import io.github.outturn.statistics.FunnelPlot;
import io.github.outturn.statistics.FunnelPlots;
import io.github.outturn.statistics.FunnelPoint;
import io.github.outturn.statistics.PointType;
import io.github.outturn.statistics.XmrChart;
import io.github.outturn.statistics.XmrGroup;
import io.github.outturn.statistics.XmrPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The geometry of the detail pages' public-health charts, placed by hand as {@link Charts} places the
 * others: an XmR chart (NHS England's "Making Data Count") and a funnel plot (Public Health England's).
 * Every figure comes from the library's result; this class only places it. What many points share is
 * drawn as one path (the common-cause points, the other authorities), so a chart of many points stays
 * small; what a reader must find (a special-cause point, the area) is its own titled shape.
 *
 * <pre>{@code
 * StatisticalCharts.Xmr x = StatisticalCharts.xmr(detail.control().get(), v -> View.computed(v, indicator));
 * x.markers();   // the special-cause points, each with its shape and its reason
 * }</pre>
 */
public final class StatisticalCharts {

    private StatisticalCharts() {}

    /** The XmR chart's height. */
    public static final int XMR_HEIGHT = 280;

    /** The funnel plot's height. */
    public static final int FUNNEL_HEIGHT = 300;

    /** The left edge of the plotting area (room for the value axis). */
    public static final int LEFT = 56;

    /** The right edge of the plotting area. */
    public static final int RIGHT = Charts.WIDTH - 12;

    /** The top of the plotting area. */
    public static final int TOP = 12;

    private static final int BOTTOM = 40;

    /** The most labels on a time axis, so that they do not overlap. */
    private static final int MAX_X_LABELS = 8;

    /** The radius of a common-cause point or another authority. */
    private static final double DOT = 2.6;

    /** The half-width of a special-cause marker or the area's marker. */
    private static final double MARK = 5.5;

    /**
     * How a special-cause point is drawn: its style class, the shape's path, and its word with the
     * symbol that stands for the shape, so that it reads without colour.
     *
     * @param cssClass the style class
     * @param symbol the symbol of the shape
     * @param word what the point shows
     */
    public record Kind(String cssClass, String symbol, String word) {}

    /** Improvement: a blue diamond. */
    public static final Kind IMPROVEMENT = new Kind("x-improvement", "◆", "Special cause: improvement");

    /** Concern: an orange triangle. */
    public static final Kind CONCERN = new Kind("x-concern", "▲", "Special cause: concern");

    /** Neither (no polarity): a purple square. */
    public static final Kind NEUTRAL = new Kind("x-neutral", "■", "Special cause: neither better nor worse");

    /** Common cause: a small grey dot. */
    public static final Kind COMMON = new Kind("x-common", "●", "Common cause");

    /**
     * The kind of a point by what it shows.
     *
     * @param t the point's type
     * @return its kind
     */
    public static Kind kind(PointType t) {
        return switch (t) {
            case COMMON_CAUSE -> COMMON;
            case SPECIAL_CAUSE_IMPROVEMENT -> IMPROVEMENT;
            case SPECIAL_CAUSE_CONCERN -> CONCERN;
            case SPECIAL_CAUSE_NEUTRAL_HIGH, SPECIAL_CAUSE_NEUTRAL_LOW -> NEUTRAL;
        };
    }

    /**
     * A marker drawn on its own: a special-cause point or the area on a funnel plot.
     *
     * @param kind its kind (style and symbol)
     * @param path its shape, an SVG path
     * @param x its centre
     * @param y its centre
     * @param label its tooltip: the period or authority, the value and why it is marked
     */
    public record Marker(Kind kind, String path, String x, String y, String label) {}

    /**
     * An XmR chart placed.
     *
     * @param values the polyline through every value
     * @param common the common-cause points as one path of small circles ("" when none)
     * @param markers the special-cause points, each its own shape
     * @param centre the centre line of each group, one path
     * @param limits the process limits of each group, one path
     * @param target the target line, one path, when the chart has a target
     * @param targetY where the target line's label goes
     * @param yTicks the value axis
     * @param xTicks the period axis, at most eight labels
     * @param kinds the kinds of point the chart shows, for its legend
     */
    public record Xmr(
            String values,
            String common,
            List<Marker> markers,
            String centre,
            String limits,
            Optional<String> target,
            String targetY,
            List<Tick> yTicks,
            List<Tick> xTicks,
            List<Kind> kinds) {}

    /**
     * Places an XmR chart.
     *
     * @param c the chart and its periods
     * @param label how a value is written
     * @return the chart placed
     */
    public static Xmr xmr(ControlChart c, DoubleFunction<String> label) {
        XmrChart chart = c.chart();
        List<XmrPoint> points = chart.points();
        List<BigDecimal> all = new ArrayList<>();
        for (XmrPoint p : points) {
            all.add(BigDecimal.valueOf(p.value()));
        }
        for (XmrGroup g : chart.groups()) {
            all.add(BigDecimal.valueOf(g.lowerLimit()));
            all.add(BigDecimal.valueOf(g.upperLimit()));
        }
        chart.settings().target().ifPresent(t -> all.add(BigDecimal.valueOf(t)));
        Scale y = Scale.of(all, XMR_HEIGHT - BOTTOM, TOP);
        int n = points.size();
        double step = n <= 1 ? 0 : (RIGHT - LEFT - 20.0) / (n - 1);
        DoubleFunction<Double> xAt = k -> LEFT + 10 + k * step;
        StringBuilder values = new StringBuilder();
        StringBuilder common = new StringBuilder();
        List<Marker> markers = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        for (XmrPoint p : points) {
            double x = xAt.apply(p.index());
            double yy = y.at(BigDecimal.valueOf(p.value()));
            values.append(values.length() == 0 ? "" : " ")
                    .append(Charts.n(x))
                    .append(',')
                    .append(Charts.n(yy));
            Kind kind = kind(p.type());
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            if (kind == COMMON) {
                common.append(circle(x, yy, DOT));
            } else {
                markers.add(new Marker(
                        kind,
                        shape(kind, x, yy),
                        Charts.n(x),
                        Charts.n(yy),
                        c.periods().get(p.index()) + ": " + label.apply(p.value()) + ", "
                                + kind.word().toLowerCase(Locale.ROOT) + " ("
                                + p.specialCause().label() + ")"));
            }
        }
        kinds.sort((a, b) -> Integer.compare(order(a), order(b)));
        StringBuilder centre = new StringBuilder();
        StringBuilder limits = new StringBuilder();
        for (XmrGroup g : chart.groups()) {
            String from = Charts.n(xAt.apply(g.start()) - (g.start() == 0 ? 6 : step / 2));
            String to = Charts.n(xAt.apply(g.end() - 1) + (g.end() == n ? 6 : step / 2));
            centre.append(horizontal(from, to, y.at(BigDecimal.valueOf(g.mean()))));
            limits.append(horizontal(from, to, y.at(BigDecimal.valueOf(g.upperLimit()))));
            limits.append(horizontal(from, to, y.at(BigDecimal.valueOf(g.lowerLimit()))));
        }
        Optional<String> target = Optional.empty();
        String targetY = "";
        if (chart.settings().target().isPresent()) {
            double ty = y.at(BigDecimal.valueOf(chart.settings().target().getAsDouble()));
            target = Optional.of(horizontal(Charts.n(LEFT), Charts.n(RIGHT), ty).strip());
            targetY = Charts.n(ty - 4);
        }
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(n / (double) MAX_X_LABELS));
        for (int k = n - 1; k >= 0; k -= every) {
            xTicks.add(0, new Tick(Charts.n(xAt.apply(k)), c.periods().get(k).toString()));
        }
        return new Xmr(
                values.toString(),
                common.toString().strip(),
                markers,
                centre.toString().strip(),
                limits.toString().strip(),
                target,
                targetY,
                y.ticks(),
                xTicks,
                kinds);
    }

    private static int order(Kind k) {
        return k == COMMON ? 0 : k == IMPROVEMENT ? 1 : k == CONCERN ? 2 : 3;
    }

    /**
     * A funnel plot placed.
     *
     * @param limits the four limit lines: 95% lower and upper, 99.8% lower and upper, each a path
     * @param centre the centre line, a path
     * @param others every authority but the area as one path of small circles
     * @param area the area's marker
     * @param areaLabelX where the area's label starts (it sits just above the marker)
     * @param areaLabelY the label's baseline
     * @param areaLabelAnchor the label's text anchor: "start", or "end" near the right edge
     * @param yTicks the value axis
     * @param xTicks the denominator axis
     * @param clipId the id of the plotting area's clip path, unique in the document
     */
    public record Funnel(
            List<String> limits,
            String centre,
            String others,
            Marker area,
            String areaLabelX,
            String areaLabelY,
            String areaLabelAnchor,
            List<Tick> yTicks,
            List<Tick> xTicks,
            String clipId) {}

    /** The area's marker on a funnel plot: a red diamond, labelled with its name. */
    public static final Kind AREA = new Kind("f-area", "◆", "the area");

    /**
     * Places a funnel plot.
     *
     * @param f the plot, the names and where the area is
     * @param label how a value is written
     * @param clipId the id of the clip path, unique in the document
     * @return the plot placed
     */
    public static Funnel funnel(FunnelChart f, DoubleFunction<String> label, String clipId) {
        FunnelPlot plot = f.plot();
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        List<BigDecimal> values = new ArrayList<>();
        values.add(BigDecimal.valueOf(plot.baseline()));
        for (FunnelPoint p : plot.points()) {
            if (p.value().isPresent() && p.denominator().isPresent()) {
                values.add(BigDecimal.valueOf(p.value().getAsDouble()));
                largest = Math.max(largest, p.denominator().getAsDouble());
                smallest = Math.min(smallest, p.denominator().getAsDouble());
            }
        }
        double xMax = largest;
        List<List<double[]>> curves = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            curves.add(new ArrayList<>());
        }
        for (FunnelLimit l : plot.limits()) {
            int level = l.level().equals(FunnelPlots.LEVELS.get(0)) ? 0 : 2;
            double lowX = l.lowerAt().orElse(l.x());
            double highX = l.upperAt().orElse(l.x());
            curves.get(level).add(new double[] {lowX, l.lower()});
            curves.get(level + 1).add(new double[] {highX, l.upper()});
            xMax = Math.max(xMax, Math.max(lowX, highX));
        }
        // The value axis spans the points and the outer limits from the smallest denominator on, so the
        // funnel's mouth where the points are is seen; the limits beyond it are clipped.
        for (List<double[]> curve : curves.subList(2, 4)) {
            for (double[] xy : curve) {
                if (xy[0] >= smallest && Double.isFinite(xy[1])) {
                    values.add(BigDecimal.valueOf(xy[1]));
                }
            }
        }
        Scale y = Scale.of(values, FUNNEL_HEIGHT - BOTTOM, TOP);
        // The denominator axis runs from 0 to the axis's largest point, ticked at round steps within it.
        double xStep = Scale.niceStep(xMax / 5);
        double span = xMax;
        List<String> paths = new ArrayList<>();
        for (List<double[]> curve : curves) {
            StringBuilder d = new StringBuilder();
            for (double[] xy : curve) {
                if (Double.isFinite(xy[1])) {
                    d.append(d.length() == 0 ? "M" : " L")
                            .append(Charts.n(xPos(span, xy[0])))
                            .append(' ')
                            .append(Charts.n(y.at(BigDecimal.valueOf(xy[1]))));
                }
            }
            paths.add(d.toString());
        }
        StringBuilder others = new StringBuilder();
        Marker area = null;
        for (int k = 0; k < plot.points().size(); k++) {
            FunnelPoint p = plot.points().get(k);
            if (p.value().isEmpty() || p.denominator().isEmpty()) {
                continue;
            }
            double px = xPos(span, p.denominator().getAsDouble());
            double py = y.at(BigDecimal.valueOf(p.value().getAsDouble()));
            if (k == f.areaIndex()) {
                area = new Marker(
                        AREA,
                        shape(IMPROVEMENT, px, py),
                        Charts.n(px),
                        Charts.n(py),
                        f.names().get(k) + ": " + label.apply(p.value().getAsDouble()) + ", "
                                + p.significance().label());
            } else {
                others.append(circle(px, py, DOT));
            }
        }
        if (area == null) {
            throw new IllegalArgumentException("The area of a funnel plot has no value to chart");
        }
        double ax = Double.parseDouble(area.x());
        boolean nearRight = ax > RIGHT - 150;
        List<Tick> xTicks = new ArrayList<>();
        for (int k = 0; k * xStep <= xMax; k++) {
            xTicks.add(new Tick(Charts.n(xPos(span, k * xStep)), View.number(BigDecimal.valueOf(k * xStep), 0)));
        }
        return new Funnel(
                paths,
                horizontal(Charts.n(LEFT), Charts.n(RIGHT), y.at(BigDecimal.valueOf(plot.baseline())))
                        .strip(),
                others.toString().strip(),
                area,
                Charts.n(nearRight ? ax - 6 : ax + 6),
                Charts.n(Double.parseDouble(area.y()) - 8),
                nearRight ? "end" : "start",
                y.ticks(),
                xTicks,
                clipId);
    }

    /** A denominator's place on the horizontal axis, from 0 at the left to the largest at the right. */
    private static double xPos(double largest, double v) {
        return LEFT + 10 + v / largest * (RIGHT - LEFT - 20);
    }

    /**
     * The level of a limit line, for its legend and style.
     *
     * @param index 0 to 3: 95% lower, 95% upper, 99.8% lower, 99.8% upper
     * @return the level
     */
    public static ConfidenceLevel level(int index) {
        return FunnelPlots.LEVELS.get(index / 2);
    }

    private static String horizontal(String from, String to, double y) {
        return " M" + from + " " + Charts.n(y) + "H" + to;
    }

    /** A circle as path commands: two arcs. */
    private static String circle(double x, double y, double r) {
        return " M" + Charts.n(x - r) + " " + Charts.n(y) + "a" + r + " " + r + " 0 1 0 " + Charts.n(2 * r) + " 0a" + r
                + " " + r + " 0 1 0 " + Charts.n(-2 * r) + " 0";
    }

    /** A marker's shape centred on (x, y): a diamond, a triangle or a square. */
    private static String shape(Kind kind, double x, double y) {
        double m = MARK;
        if (kind == CONCERN) {
            return "M" + Charts.n(x) + " " + Charts.n(y - m - 1) + "L" + Charts.n(x + m + 1) + " " + Charts.n(y + m)
                    + "L" + Charts.n(x - m - 1) + " " + Charts.n(y + m) + "Z";
        }
        if (kind == NEUTRAL) {
            return "M" + Charts.n(x - m + 1) + " " + Charts.n(y - m + 1) + "h" + Charts.n(2 * m - 2) + "v"
                    + Charts.n(2 * m - 2) + "h" + Charts.n(-(2 * m - 2)) + "Z";
        }
        return "M" + Charts.n(x) + " " + Charts.n(y - m - 1) + "L" + Charts.n(x + m + 1) + " " + Charts.n(y) + "L"
                + Charts.n(x) + " " + Charts.n(y + m + 1) + "L" + Charts.n(x - m - 1) + " " + Charts.n(y) + "Z";
    }
}
