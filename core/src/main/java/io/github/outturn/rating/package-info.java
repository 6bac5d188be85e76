/**
 * The rating rules: an indicator against its target, direction of travel and the rating policy
 * (docs/rating.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.rating;

import org.jspecify.annotations.NullMarked;
