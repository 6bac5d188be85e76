package io.github.outturn.statistics;

import java.util.Objects;

/**
 * One point of an XmR chart.
 *
 * <pre>{@code
 * XmrPoint p = chart.points().get(9);
 * p.specialCause().getLabel();   // "Above UCL"
 * }</pre>
 *
 * @param index the position in the series, from 0
 * @param value the value
 * @param group the rebase group, from 0
 * @param relativeToMean -1 below the group's mean, 0 on it, 1 above
 * @param outsideLimits whether it is beyond a process limit
 * @param closeToLimits whether it is beyond two thirds of the way to a limit but not outside it
 * @param specialCause the rule it meets, by priority, or COMMON_CAUSE
 * @param type what it shows, by the improvement direction
 */
public record XmrPoint(
        int index,
        double value,
        int group,
        int relativeToMean,
        boolean outsideLimits,
        boolean closeToLimits,
        SpecialCause specialCause,
        PointType type) {

    /** Checks that nothing is null. */
    public XmrPoint {
        Objects.requireNonNull(specialCause, "specialCause");
        Objects.requireNonNull(type, "type");
    }
}
