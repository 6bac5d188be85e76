/**
 * The JSON dataset document, policies and result documents (docs/json-format.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.json;

import org.jspecify.annotations.NullMarked;
