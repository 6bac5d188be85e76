/**
 * The model: a dataset and its plan, indicators, targets, observations, areas and comparators.
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.model;

import org.jspecify.annotations.NullMarked;
