package io.github.outturn.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The choices an XmR chart leaves open: the direction of improvement, where the limits are
 * recalculated, whether they are fixed after the first n points, whether large moving ranges are
 * screened out, and the target.
 *
 * <pre>{@code
 * XmrSettings s = XmrSettings.of(ImprovementDirection.INCREASE)
 *         .withRecalculationFrom(List.of(12))
 *         .withTarget(95.0);
 * }</pre>
 *
 * @param direction the direction of improvement
 * @param recalculateFrom the indices (from 0) at which a new group with its own limits starts
 * @param fixAfterPoints the number of first points of each group the mean and limits come from, at
 *     least 12; empty for all
 * @param screenOutliers whether moving ranges of 3.267 times the mean moving range or more are left
 *     out (the default)
 * @param target the target, for assurance; empty for none
 */
public record XmrSettings(
        ImprovementDirection direction,
        List<Integer> recalculateFrom,
        OptionalInt fixAfterPoints,
        boolean screenOutliers,
        OptionalDouble target) {

    /** The fewest points limits may be fixed after. */
    public static final int MINIMUM_FIX = 12;

    /** Checks the settings. */
    public XmrSettings {
        Objects.requireNonNull(direction, "direction");
        recalculateFrom = List.copyOf(recalculateFrom);
        Objects.requireNonNull(fixAfterPoints, "fixAfterPoints");
        Objects.requireNonNull(target, "target");
        if (fixAfterPoints.isPresent() && fixAfterPoints.getAsInt() < MINIMUM_FIX) {
            throw new IllegalArgumentException(
                    "Limits can be fixed after " + MINIMUM_FIX + " points or more, not " + fixAfterPoints.getAsInt());
        }
    }

    /** The defaults for a direction: no recalculation, limits from all points, outliers screened, no target. */
    public static XmrSettings of(ImprovementDirection direction) {
        return new XmrSettings(direction, List.of(), OptionalInt.empty(), true, OptionalDouble.empty());
    }

    /** These settings with new groups starting at these indices. */
    public XmrSettings withRecalculationFrom(List<Integer> indices) {
        return new XmrSettings(direction, indices, fixAfterPoints, screenOutliers, target);
    }

    /** These settings with the limits fixed after the first n points of each group. */
    public XmrSettings withFixAfter(int points) {
        return new XmrSettings(direction, recalculateFrom, OptionalInt.of(points), screenOutliers, target);
    }

    /** These settings with outlier screening on or off. */
    public XmrSettings withScreenOutliers(boolean screen) {
        return new XmrSettings(direction, recalculateFrom, fixAfterPoints, screen, target);
    }

    /** These settings with a target. */
    public XmrSettings withTarget(double value) {
        return new XmrSettings(direction, recalculateFrom, fixAfterPoints, screenOutliers, OptionalDouble.of(value));
    }
}
