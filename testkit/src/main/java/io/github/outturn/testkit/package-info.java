/**
 * The test kit: assertions, generators, sample datasets and the conformance tables with their runner
 * (docs/testkit.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.testkit;

import org.jspecify.annotations.NullMarked;
