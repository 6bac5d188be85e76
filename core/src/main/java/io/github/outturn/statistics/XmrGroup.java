package io.github.outturn.statistics;

import java.util.Objects;

/**
 * A run of an XmR chart with its own centre line and limits (the whole series, or the points from one
 * recalculation to the next).
 *
 * <pre>{@code
 * XmrGroup g = chart.groups().get(0);
 * g.mean();  g.lowerLimit();  g.upperLimit();
 * }</pre>
 *
 * @param start the index of its first point
 * @param end the index after its last point
 * @param mean the centre line
 * @param meanMovingRange the mean moving range the limits come from
 * @param lowerLimit mean - 2.66 x mean moving range
 * @param upperLimit mean + 2.66 x mean moving range
 * @param variation the type of its last point
 * @param commonCause how many of its points are common cause
 * @param improvement how many are special cause improvement
 * @param concern how many are special cause concern
 * @param shortGroupWarning whether it has fewer than 13 points, too few for reliable limits
 */
public record XmrGroup(
        int start,
        int end,
        double mean,
        double meanMovingRange,
        double lowerLimit,
        double upperLimit,
        PointType variation,
        int commonCause,
        int improvement,
        int concern,
        boolean shortGroupWarning) {

    /** Checks that nothing is null. */
    public XmrGroup {
        Objects.requireNonNull(variation, "variation");
    }
}
