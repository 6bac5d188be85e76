package io.github.outturn.benchmark;

import java.util.Objects;

/**
 * An area compared with the average of a comparator group: the average, with the members it used
 * and missed, and the comparison with it.
 *
 * <pre>{@code
 * GroupComparison g = AreaBenchmarks.compareWithGroup(dataset, "cla-rate", "356", year, sn, policy);
 * g.average().usedCount();       // 10
 * g.comparison().judgement();    // BETTER
 * }</pre>
 *
 * @param average the group's average
 * @param comparison the area's value against it
 *     <p>Immutable and thread-safe.
 */
public record GroupComparison(ComparatorAverage average, Comparison comparison) {

    /** Checks that no component is null. */
    public GroupComparison {
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(comparison, "comparison");
    }
}
