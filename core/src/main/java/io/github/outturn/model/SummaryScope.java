package io.github.outturn.model;

/**
 * What a summary, or a printed set of figures, covers.
 *
 * <pre>{@code
 * SummaryScope.PRIORITY;
 * }</pre>
 */
public enum SummaryScope {
    /** The whole plan. */
    PLAN,
    /** One theme: its priorities together. */
    THEME,
    /** One priority. */
    PRIORITY
}
