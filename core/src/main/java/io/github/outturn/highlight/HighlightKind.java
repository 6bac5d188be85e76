package io.github.outturn.highlight;

/**
 * The kinds of highlight, in the order a report gives them for one indicator.
 *
 * <pre>{@code
 * HighlightPolicy.defaults().getKinds().contains(HighlightKind.RANK); // true
 * }</pre>
 */
public enum HighlightKind {
    /** A rank in a group: England, the area's region, its statistical neighbours. */
    RANK,
    /** A record in the area's own series: highest or lowest ever, one of the highest, highest since. */
    RECORD,
    /** Better or worse than every one of England, the region and the neighbours. */
    COMPARATORS,
    /** Met, missed or within tolerance of the target. */
    TARGET,
    /** "n of m measures on target" for the plan or a priority. */
    TARGETS_MET,
    /** An increase or decrease over a term that is large enough to mention. */
    CHANGE,
    /** Movement in one direction for several periods in a row. */
    RUN,
    /** A move between quartiles of the England group since the previous period. */
    QUARTILE_MOVE,
    /** A status against target that changed since the previous period (Green to Red). */
    STATUS_CHANGE
}
