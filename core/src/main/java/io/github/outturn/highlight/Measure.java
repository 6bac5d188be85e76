package io.github.outturn.highlight;

import io.github.outturn.benchmark.CutPoints;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One indicator and period as every area of a run sees it, worked out once and shared: each local
 * authority's observation, the published England, regional and neighbour figures, the shared groups'
 * rankings and the England group's quartile cut points. Made by {@link Context}, which builds every
 * period's measure of an indicator in one pass over the authorities' series; confined to the thread
 * that made it.
 */
final class Measure {

    /** A shared group's values ranked both ways, in the order of its members. */
    record Ranked(Ranking best, Ranking worst) {}

    final Indicator indicator;
    final ReportingPeriod period;
    private final Context ctx;
    /**
     * Each local authority's first actual (not forecast) observation, suppressed ones included, at
     * its place among the authorities ({@link Context#index}); null where it has none.
     */
    private final Observation[] observations;
    /** Whether any authority's series of the indicator holds a forecast, so first actual may not be first. */
    private final boolean forecasts;

    private final Map<String, Ranked> rankings = new HashMap<>(4);
    private Optional<CutPoints> quartiles;
    private boolean benchmarksRead;
    private BenchmarkValue england;
    private final Map<String, BenchmarkValue> regions = new HashMap<>();
    private final Map<String, BenchmarkValue> neighbours = new HashMap<>();

    Measure(Context ctx, Indicator indicator, ReportingPeriod period, Observation[] observations, boolean forecasts) {
        this.ctx = ctx;
        this.indicator = indicator;
        this.period = period;
        this.observations = observations;
        this.forecasts = forecasts;
    }

    /**
     * The area's value: its first actual observation's, null when it has none or the value is
     * suppressed; read from the shared observations for a local authority.
     */
    BigDecimal value(String areaCode) {
        return value(ctx.index(areaCode), areaCode);
    }

    /** As {@link #value(String)}, the area's place among the authorities known (-1 for none). */
    BigDecimal value(int index, String areaCode) {
        if (index >= 0) {
            Observation o = observations[index];
            return o == null ? null : o.value().orElse(null);
        }
        return ctx.value(indicator.id(), areaCode, period);
    }

    /** The area's observation as {@code Dataset.findObservation} finds it: the first for the period, of any status. */
    Optional<Observation> observation(String areaCode) {
        int index = ctx.index(areaCode);
        if (!forecasts && index >= 0) {
            return Optional.ofNullable(observations[index]);
        }
        return ctx.dataset.findObservation(indicator.id(), areaCode, period);
    }

    /** A shared group's rankings, made on first use from its members' values. */
    Ranked ranked(Context.Group group) {
        return rankings.computeIfAbsent(group.sharedKey(), k -> {
            List<BigDecimal> values = new ArrayList<>(group.members().size());
            for (int i = 0; i < group.members().size(); i++) {
                values.add(value(group.indexes()[i], group.members().get(i)));
            }
            return new Ranked(
                    Ranking.of(values, indicator.polarity()),
                    Ranking.of(values, Context.reversed(indicator.polarity())));
        });
    }

    /** The quartile cut points of every local authority's value, when any is present. */
    Optional<CutPoints> quartiles() {
        if (quartiles == null) {
            List<BigDecimal> values = new ArrayList<>(observations.length);
            for (Observation o : observations) {
                if (o != null) {
                    o.value().ifPresent(values::add);
                }
            }
            quartiles = Context.cutPoints(values);
        }
        return quartiles;
    }

    /** The first published England figure, if any. */
    Optional<BenchmarkValue> england() {
        readBenchmarks();
        return Optional.ofNullable(england);
    }

    /** The first published figure of the region, if any. */
    Optional<BenchmarkValue> region(String regionCode) {
        readBenchmarks();
        return Optional.ofNullable(regions.get(regionCode));
    }

    /** The first published statistical neighbour figure for the area, if any. */
    Optional<BenchmarkValue> neighbours(String areaCode) {
        readBenchmarks();
        return Optional.ofNullable(neighbours.get(areaCode));
    }

    private void readBenchmarks() {
        if (benchmarksRead) {
            return;
        }
        benchmarksRead = true;
        for (BenchmarkValue b : ctx.dataset.benchmarks(indicator.id(), period)) {
            if (b.type() == ComparatorType.ENGLAND && england == null) {
                england = b;
            } else if (b.type() == ComparatorType.REGION) {
                regions.putIfAbsent(b.comparator(), b);
            } else if (b.type() == ComparatorType.STATISTICAL_NEIGHBOURS
                    && b.areaCode().isPresent()) {
                neighbours.putIfAbsent(b.areaCode().get(), b);
            }
        }
    }
}
