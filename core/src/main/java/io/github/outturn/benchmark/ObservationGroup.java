package io.github.outturn.benchmark;

import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The observations of one indicator and period: the group whose authorities are ranked and banded
 * together. A loaded dataset gives all its groups at once ({@link #allOf}); a reader that streams a
 * file one group at a time (LAIT's {@code LaitReader.stream}) gives the same groups without holding
 * the file, so a dataset far larger than memory is ranked in a fixed heap.
 *
 * <pre>{@code
 * for (ObservationGroup g : ObservationGroup.allOf(dataset)) {
 *     GroupRanks r = g.ranks(BenchmarkPolicy.defaults());
 *     r.rankAt(0);       // the first observation's rank, "12 of 150"
 *     r.quartileAt(0);   // its quartile band
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the indicator
 * @param period the period
 * @param observations the authorities' observations for it, in the order read
 * @param benchmarks the published figures for it (England's, the regions'), never recomputed
 * @param formerAreaCodes the areas among them that no longer exist ({@code Area.current()} false),
 *     which a policy ranking current authorities only leaves out
 */
public record ObservationGroup(
        Indicator indicator,
        ReportingPeriod period,
        List<Observation> observations,
        List<BenchmarkValue> benchmarks,
        Set<String> formerAreaCodes) {

    /** Checks that no component is null, and copies the lists. */
    public ObservationGroup {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(period, "period");
        observations = List.copyOf(observations);
        benchmarks = List.copyOf(benchmarks);
        formerAreaCodes = Set.copyOf(formerAreaCodes);
    }

    /**
     * Every (indicator, period) group of a dataset's observations, in the order each first appears,
     * each with the dataset's published figures for it. A period with published figures but no
     * observation gives no group.
     *
     * @param dataset the dataset, not null
     * @return the groups
     */
    public static List<ObservationGroup> allOf(Dataset dataset) {
        Set<String> former = new HashSet<>();
        for (Area a : dataset.areas()) {
            if (!a.current()) {
                former.add(a.code());
            }
        }
        Map<String, Indicator> indicators = new HashMap<>();
        for (Indicator i : dataset.indicators()) {
            indicators.put(i.id(), i);
        }
        Map<Key, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : dataset.observations()) {
            groups.computeIfAbsent(new Key(o.indicatorId(), o.period()), k -> new ArrayList<>())
                    .add(o);
        }
        List<ObservationGroup> out = new ArrayList<>(groups.size());
        for (Map.Entry<Key, List<Observation>> e : groups.entrySet()) {
            Indicator indicator = indicators.get(e.getKey().indicatorId());
            if (indicator == null) {
                throw new IllegalArgumentException("Observations of "
                        + e.getKey().indicatorId() + " name no indicator of the dataset: validate the dataset first");
            }
            List<Observation> members = e.getValue();
            Set<String> formerHere = new HashSet<>();
            for (Observation o : members) {
                if (former.contains(o.areaCode())) {
                    formerHere.add(o.areaCode());
                }
            }
            ReportingPeriod period = e.getKey().period();
            out.add(new ObservationGroup(
                    indicator, period, members, dataset.benchmarks(indicator.id(), period), formerHere));
        }
        return out;
    }

    /**
     * Ranks and bands the group's authorities by the indicator's polarity and banding and the
     * policy's rules, as {@link AreaBenchmarks#rankAmongAuthorities} ranks one of them.
     *
     * @param policy the benchmark policy: which authorities are ranked, the boundary rule, the
     *     minimum for bands
     * @return the ranks and bands, in the order of {@link #observations()}
     */
    public GroupRanks ranks(BenchmarkPolicy policy) {
        boolean currentOnly = policy.rankingSet() == RankingSet.CURRENT_AUTHORITIES;
        List<@Nullable BigDecimal> values = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            values.add(
                    currentOnly && formerAreaCodes.contains(o.areaCode())
                            ? null
                            : o.value().orElse(null));
        }
        return GroupRanks.of(values, indicator.polarity(), indicator.quartileBanded(), policy);
    }

    private record Key(String indicatorId, ReportingPeriod period) {}
}
