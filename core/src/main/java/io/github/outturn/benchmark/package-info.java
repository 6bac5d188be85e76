/**
 * Benchmarks: comparisons with comparators, ranks, quartile and quintile bands, records, confidence intervals
 * and the benchmark policy (docs/benchmarks.md).
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.benchmark;

import org.jspecify.annotations.NullMarked;
