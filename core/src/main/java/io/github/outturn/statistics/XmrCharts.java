package io.github.outturn.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * XmR (individuals and moving range) charts as NHS England's "Making Data Count" defines them
 * (docs/statistics.md): for each group of points, the centre line is the mean, the process limits are
 * the mean -/+ 2.66 times the mean moving range, and a point is special cause when, in priority order,
 * it is outside a limit, part of a trend of seven points, one of two in three close to a limit on the
 * same side of the mean, or part of a run of seven on one side of the mean.
 *
 * <pre>{@code
 * XmrChart c = XmrCharts.of(new double[] {10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11, 9},
 *         XmrSettings.of(ImprovementDirection.INCREASE));
 * c.points().get(9).specialCause();   // ABOVE_UCL
 * c.points().get(9).type();           // SPECIAL_CAUSE_IMPROVEMENT
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class XmrCharts {

    /** The limits are this many mean moving ranges from the mean (3 / 1.128). */
    public static final double LIMIT_FACTOR = 2.66;

    /** Moving ranges this many times the mean moving range or more are screened out (3.267 = D4). */
    public static final double OUTLIER_FACTOR = 3.267;

    /** The length of a trend or a run. */
    public static final int RUN = 7;

    /** Groups with fewer points than this carry a warning. */
    public static final int SHORT_GROUP = 13;

    private XmrCharts() {}

    /**
     * The chart of a series.
     *
     * @param values the values in time order, each finite, at least 2 in each group
     * @param settings the settings, not null
     * @return the chart
     * @throws IllegalArgumentException if a value is not finite, a recalculation index is out of range,
     *     or a group has fewer than 2 points
     */
    public static XmrChart of(double[] values, XmrSettings settings) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(
                        "Value " + (i + 1) + " of the series is " + values[i] + ": expected a finite number");
            }
        }
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int s : settings.recalculateFrom()) {
            if (s < 0 || s >= values.length) {
                throw new IllegalArgumentException("Recalculation from point " + s + " is outside the series of "
                        + values.length + " points (indices from 0)");
            }
            starts.add(s);
        }
        List<XmrGroup> groups = new ArrayList<>();
        List<XmrPoint> points = new ArrayList<>();
        List<Integer> bounds = new ArrayList<>(starts);
        bounds.add(values.length);
        for (int g = 0; g + 1 < bounds.size(); g++) {
            group(values, bounds.get(g), bounds.get(g + 1), g, settings, groups, points);
        }
        XmrGroup last = groups.get(groups.size() - 1);
        Optional<Assurance> assurance = settings.target().isPresent()
                ? assurance(
                        last.lowerLimit(), last.upperLimit(), settings.target().getAsDouble(), settings.direction())
                : Optional.empty();
        int special = (int) points.stream()
                .filter(p -> p.specialCause() != SpecialCause.COMMON_CAUSE)
                .count();
        String inputs = values.length + " points in " + groups.size() + (groups.size() == 1 ? " group" : " groups")
                + ", improvement " + settings.direction().name().toLowerCase(java.util.Locale.ROOT);
        return new XmrChart(
                StatisticalMethod.XMR_CHART,
                settings,
                groups,
                points,
                assurance,
                inputs,
                "Latest group: mean " + Figures.of(last.mean()) + ", limits " + Figures.of(last.lowerLimit()) + " to "
                        + Figures.of(last.upperLimit()) + ", "
                        + last.variation().code().replace('_', ' ')
                        + "; " + special + " special cause point" + (special == 1 ? "" : "s") + " in all"
                        + assurance
                                .map(a -> "; target "
                                        + Figures.of(settings.target().getAsDouble()) + ": "
                                        + a.name()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', ' '))
                                .orElse("")
                        + " (" + StatisticalMethod.XMR_CHART.reference() + ")");
    }

    private static void group(
            double[] all,
            int start,
            int end,
            int index,
            XmrSettings settings,
            List<XmrGroup> groups,
            List<XmrPoint> points) {
        int n = end - start;
        if (n < 2) {
            throw new IllegalArgumentException("The group starting at point " + start + " has " + n
                    + " point: an XmR chart needs at least 2 in each group");
        }
        double[] y = java.util.Arrays.copyOfRange(all, start, end);
        int basis = Math.min(n, settings.fixAfterPoints().orElse(n));
        double mean = 0;
        for (int i = 0; i < basis; i++) {
            mean += y[i];
        }
        mean /= basis;
        double amr = meanMovingRange(y, basis, settings.screenOutliers());
        double lpl = mean - LIMIT_FACTOR * amr;
        double upl = mean + LIMIT_FACTOR * amr;
        double nearLow = mean - 2.0 / 3 * LIMIT_FACTOR * amr;
        double nearHigh = mean + 2.0 / 3 * LIMIT_FACTOR * amr;
        int[] rtm = new int[n];
        boolean[] outside = new boolean[n];
        boolean[] close = new boolean[n];
        for (int i = 0; i < n; i++) {
            rtm[i] = (int) Math.signum(y[i] - mean);
            outside[i] = y[i] > upl || y[i] < lpl;
            close[i] = !outside[i] && (y[i] > nearHigh || y[i] < nearLow);
        }
        int[] trend = sevenPointTrend(y);
        boolean[] inTrend = partOfSevenTrend(trend);
        boolean[] nearTwo = partOfTwoInThree(twoInThree(close, rtm), close);
        boolean[] inRun = partOfSevenTrend(toInts(sevenPointOneSideMean(rtm)));
        int common = 0;
        int improvement = 0;
        int concern = 0;
        PointType type = PointType.COMMON_CAUSE;
        for (int i = 0; i < n; i++) {
            SpecialCause cause;
            if (outside[i]) {
                cause = y[i] > upl ? SpecialCause.ABOVE_UCL : SpecialCause.BELOW_LCL;
            } else if (inTrend[i]) {
                cause = trendDirection(trend, i) > 0 ? SpecialCause.TREND_INCREASING : SpecialCause.TREND_DECREASING;
            } else if (nearTwo[i]) {
                cause = rtm[i] > 0 ? SpecialCause.TWO_IN_THREE_ABOVE : SpecialCause.TWO_IN_THREE_BELOW;
            } else if (inRun[i]) {
                cause = rtm[i] > 0 ? SpecialCause.RUN_ABOVE : SpecialCause.RUN_BELOW;
            } else {
                cause = SpecialCause.COMMON_CAUSE;
            }
            type = type(cause, settings.direction());
            common += type == PointType.COMMON_CAUSE ? 1 : 0;
            improvement += type == PointType.SPECIAL_CAUSE_IMPROVEMENT ? 1 : 0;
            concern += type == PointType.SPECIAL_CAUSE_CONCERN ? 1 : 0;
            points.add(new XmrPoint(start + i, y[i], index, rtm[i], outside[i], close[i], cause, type));
        }
        groups.add(new XmrGroup(start, end, mean, amr, lpl, upl, type, common, improvement, concern, n < SHORT_GROUP));
    }

    private static double meanMovingRange(double[] y, int basis, boolean screen) {
        int count = basis - 1;
        double[] mr = new double[count];
        double sum = 0;
        for (int i = 1; i < basis; i++) {
            mr[i - 1] = Math.abs(y[i] - y[i - 1]);
            sum += mr[i - 1];
        }
        double amr = sum / count;
        if (!screen) {
            return amr;
        }
        double kept = 0;
        int keptCount = 0;
        for (double r : mr) {
            if (r < OUTLIER_FACTOR * amr) {
                kept += r;
                keptCount++;
            }
        }
        return keptCount == 0 ? amr : kept / keptCount;
    }

    private static PointType type(SpecialCause cause, ImprovementDirection direction) {
        if (cause == SpecialCause.COMMON_CAUSE) {
            return PointType.COMMON_CAUSE;
        }
        if (direction == ImprovementDirection.NEUTRAL) {
            return cause.isHigh() ? PointType.SPECIAL_CAUSE_NEUTRAL_HIGH : PointType.SPECIAL_CAUSE_NEUTRAL_LOW;
        }
        return cause.isHigh() == (direction == ImprovementDirection.INCREASE)
                ? PointType.SPECIAL_CAUSE_IMPROVEMENT
                : PointType.SPECIAL_CAUSE_CONCERN;
    }

    /** The direction of the trend a point belongs to: that of the first trend flag at or after it. */
    private static int trendDirection(int[] trend, int i) {
        for (int j = i; j < Math.min(trend.length, i + RUN); j++) {
            if (trend[j] != 0) {
                return trend[j];
            }
        }
        return 0;
    }

    /**
     * The assurance of a process against a target: outside the limits it will consistently pass or
     * fail, by the direction of improvement; within them, inconsistent. No direction, no assurance.
     *
     * @param lowerLimit the lower process limit
     * @param upperLimit the upper process limit
     * @param target the target
     * @param direction the direction of improvement
     * @return the assurance, empty for a neutral direction
     */
    public static Optional<Assurance> assurance(
            double lowerLimit, double upperLimit, double target, ImprovementDirection direction) {
        if (direction == ImprovementDirection.NEUTRAL || Double.isNaN(target)) {
            return Optional.empty();
        }
        boolean increase = direction == ImprovementDirection.INCREASE;
        if (target > upperLimit) {
            return Optional.of(increase ? Assurance.CONSISTENT_FAIL : Assurance.CONSISTENT_PASS);
        }
        if (target < lowerLimit) {
            return Optional.of(increase ? Assurance.CONSISTENT_PASS : Assurance.CONSISTENT_FAIL);
        }
        return Optional.of(Assurance.INCONSISTENT);
    }

    /** True at the 7th and later point of a run of points on the same side of the mean (sign not 0). */
    static boolean[] sevenPointOneSideMean(int[] relativeToMean) {
        boolean[] out = new boolean[relativeToMean.length];
        int run = 0;
        for (int i = 0; i < relativeToMean.length; i++) {
            run = relativeToMean[i] != 0 && i > 0 && relativeToMean[i] == relativeToMean[i - 1] ? run + 1 : 1;
            out[i] = relativeToMean[i] != 0 && run >= RUN;
        }
        return out;
    }

    /** +1 (rising) or -1 (falling) at the 7th and later point of six or more strict steps the same way. */
    static int[] sevenPointTrend(double[] y) {
        int[] out = new int[y.length];
        int up = 0;
        int down = 0;
        for (int i = 1; i < y.length; i++) {
            up = y[i] > y[i - 1] ? up + 1 : 0;
            down = y[i] < y[i - 1] ? down + 1 : 0;
            out[i] = up >= RUN - 1 ? 1 : down >= RUN - 1 ? -1 : 0;
        }
        return out;
    }

    /** True at each flagged point and the six before it. */
    static boolean[] partOfSevenTrend(int[] flags) {
        boolean[] out = new boolean[flags.length];
        for (int i = 0; i < flags.length; i++) {
            if (flags[i] != 0) {
                for (int j = Math.max(0, i - (RUN - 1)); j <= i; j++) {
                    out[j] = true;
                }
            }
        }
        return out;
    }

    /** True at every point of each three in a row with two or more close to a limit, all on one side of the mean. */
    static boolean[] twoInThree(boolean[] close, int[] relativeToMean) {
        boolean[] out = new boolean[close.length];
        for (int i = 0; i + 2 < close.length; i++) {
            int near = (close[i] ? 1 : 0) + (close[i + 1] ? 1 : 0) + (close[i + 2] ? 1 : 0);
            int side = relativeToMean[i];
            if (near >= 2 && side != 0 && relativeToMean[i + 1] == side && relativeToMean[i + 2] == side) {
                out[i] = true;
                out[i + 1] = true;
                out[i + 2] = true;
            }
        }
        return out;
    }

    /** Of the points two-in-three flags, only those close to a limit. */
    static boolean[] partOfTwoInThree(boolean[] twoInThree, boolean[] close) {
        boolean[] out = new boolean[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = twoInThree[i] && close[i];
        }
        return out;
    }

    private static int[] toInts(boolean[] flags) {
        int[] out = new int[flags.length];
        for (int i = 0; i < flags.length; i++) {
            out[i] = flags[i] ? 1 : 0;
        }
        return out;
    }
}
