/**
 * The CSV tables format and the reader of DfE's LAIT files (docs/csv-format.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.csv;

import org.jspecify.annotations.NullMarked;
