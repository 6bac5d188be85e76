/**
 * What a performance report says in words: highlights (ranks, records, comparators, targets,
 * changes), the measures and actions that need attention, indicator statuses rolled up per plan,
 * theme and priority, and time series beside the comparators. Pure, policy-driven functions over the
 * model that decide nothing the rating and benchmark rules decide.
 *
 * <pre>{@code
 * List<Highlight> h = Highlights.find(lait, "356", HighlightPolicy.defaults());
 * List<Concern> c = Exceptions.find(lait, "356", HighlightPolicy.defaults(),
 *         RatingPolicy.defaults(), BenchmarkPolicy.defaults());
 * TimeSeries s = TimeSeries.of(lait, "LAC", "356", 10, BenchmarkPolicy.defaults());
 * }</pre>
 *
 * <p>Null-marked: no parameter, return value or element is null unless its type says {@code @Nullable}.
 */
@NullMarked
package io.github.outturn.highlight;

import org.jspecify.annotations.NullMarked;
