package io.github.outturn.statistics;

import java.util.Locale;

/**
 * What a point on an XmR chart shows, by the improvement direction.
 *
 * <pre>{@code
 * PointType.SPECIAL_CAUSE_IMPROVEMENT.getCode(); // "special_cause_improvement"
 * }</pre>
 */
public enum PointType {
    /** Common cause variation. */
    COMMON_CAUSE,
    /** Special cause in the direction of improvement. */
    SPECIAL_CAUSE_IMPROVEMENT,
    /** Special cause against the direction of improvement. */
    SPECIAL_CAUSE_CONCERN,
    /** Special cause on the high side, no direction of improvement. */
    SPECIAL_CAUSE_NEUTRAL_HIGH,
    /** Special cause on the low side, no direction of improvement. */
    SPECIAL_CAUSE_NEUTRAL_LOW;

    /** The code NHS-R's tools use, such as {@code "special_cause_concern"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
