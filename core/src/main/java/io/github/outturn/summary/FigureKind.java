package io.github.outturn.summary;

/**
 * What a printed figure is.
 *
 * <pre>{@code
 * FigureKind.PERCENTAGE; // "25% were rated as Green"
 * }</pre>
 */
public enum FigureKind {
    /** A weighted number of actions with one status ("28.5 were rated as Amber"). */
    COUNT,
    /** A total number of actions ("of the 159 actions"). */
    TOTAL,
    /** A percentage of the denominator statuses ("25% were rated as Green"). */
    PERCENTAGE
}
