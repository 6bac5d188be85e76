/**
 * The dataset validator: every rule a dataset breaks, each with its place.
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.validation;

import org.jspecify.annotations.NullMarked;
