/**
 * Reporting periods: financial, academic and calendar years, quarters, halves, months and pooled years,
 * each with a canonical label that parses back (docs/periods.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.period;

import org.jspecify.annotations.NullMarked;
