/**
 * The committee report: assembled from the library's results, rendered as HTML or a workbook.
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.report;

import org.jspecify.annotations.NullMarked;
