/**
 * The dataset format interface, the formats found on the class path, located input problems and the
 * shared input and output helpers.
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.io;

import org.jspecify.annotations.NullMarked;
