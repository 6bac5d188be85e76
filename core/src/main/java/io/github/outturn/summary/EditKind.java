package io.github.outturn.summary;

/**
 * A single slip that turns the figure meant into the figure printed, in the order candidates of equal
 * distance are listed.
 *
 * <pre>{@code
 * EditKind.MISPLACED_DECIMAL_POINT; // 3.5 printed as "35"
 * }</pre>
 */
public enum EditKind {
    /** The decimal point lost, added or moved: 3.5 printed as "35", 28.5 as "2.85". */
    MISPLACED_DECIMAL_POINT,
    /** Two adjacent digits swapped: 23 printed as "32". */
    SWAPPED_DIGITS,
    /** A digit dropped: 135 printed as "35". */
    DROPPED_DIGIT,
    /** A digit typed twice: 3 printed as "33". */
    REPEATED_DIGIT,
    /** A digit too many that repeats neither neighbour: 3 printed as "35". */
    EXTRA_DIGIT
}
