package io.github.outturn.model;

/**
 * The kind of comparator a group or a benchmark value stands for.
 *
 * <pre>{@code
 * ComparatorType.STATISTICAL_NEIGHBOURS;
 * }</pre>
 */
public enum ComparatorType {
    /** England: all English authorities. */
    ENGLAND,
    /** A region. */
    REGION,
    /** The statistical neighbours of one authority. */
    STATISTICAL_NEIGHBOURS,
    /** Any other list of areas, or another published figure. */
    CUSTOM
}
