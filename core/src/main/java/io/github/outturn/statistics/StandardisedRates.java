package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills in the observations of directly standardised indicators from their age-band counts, so that
 * the comparisons, highlights and exceptions use their rates and Dobson limits as they use any
 * observation's value and published limits (docs/statistics.md, "How a DSR feeds the comparisons").
 *
 * <p>The rule: for an indicator whose {@code standardisationMethod} is DIRECT and each area and period
 * with a full set of age-band counts (one for every band of its standard population), the DSR is
 * computed per the indicator's multiplier (100,000 when it has none) at the level given. An
 * observation without a value gets the DSR as its value; one without both limits gets the Dobson
 * limits and their level; one without a numerator or denominator gets the total events and
 * population. What an observation carries is never replaced. A SUPPRESSED or MISSING observation is
 * left as it is. Where there is no observation, one is added (ACTUAL, with the note "directly
 * standardised from age-band counts"). Below 10 events in all PHE gives no rate: nothing is filled in
 * or added. Incomplete sets of counts, and counts of indicators that are not DIRECT, are left alone
 * (the validator reports the incomplete ones).
 *
 * <pre>{@code
 * Dataset ready = StandardisedRates.fill(dataset, policy.confidenceLevel());
 * AreaBenchmarks.compareWithBenchmarks(ready, "u75-cvd", "E08000007", year, policy);
 * }</pre>
 *
 * <p>Pure function; thread-safe.
 */
public final class StandardisedRates {

    /** The multiplier a directly standardised indicator without one is given: per 100,000, as PHE's default. */
    public static final int DEFAULT_MULTIPLIER = 100_000;

    /** The note an added observation carries. */
    public static final String NOTE = "directly standardised from age-band counts";

    private StandardisedRates() {}

    /**
     * The dataset with its directly standardised indicators' observations filled in from their
     * age-band counts, as the class describes; the dataset itself when there is nothing to fill.
     *
     * @param dataset the dataset, not null
     * @param level the level of the Dobson limits (the benchmark policy's), not null
     * @return the filled dataset
     */
    public static Dataset fill(Dataset dataset, ConfidenceLevel level) {
        Objects.requireNonNull(level, "level");
        Map<Key, Map<String, AgeBandCount>> sets = new LinkedHashMap<>();
        for (AgeBandCount c : dataset.ageBandCounts()) {
            sets.computeIfAbsent(new Key(c.indicatorId(), c.areaCode(), c.period()), k -> new HashMap<>())
                    .putIfAbsent(c.band(), c);
        }
        Map<Observation, Observation> replaced = new HashMap<>();
        List<Observation> added = new ArrayList<>();
        sets.forEach((key, bands) -> {
            Optional<Indicator> indicator = dataset.findIndicator(key.indicatorId())
                    .filter(i -> i.standardisationMethod() == StandardisationMethod.DIRECT);
            Optional<StandardPopulation> standard = indicator.flatMap(StandardPopulation::of);
            if (standard.isEmpty()
                    || bands.size() != standard.get().size()
                    || !bands.keySet().containsAll(standard.get().bands())) {
                return;
            }
            DirectlyStandardisedRate dsr = rate(indicator.get(), standard.get(), bands, level);
            if (dsr.value().isEmpty()) {
                return;
            }
            Optional<Observation> existing = dataset.findObservation(key.indicatorId(), key.areaCode(), key.period());
            if (existing.isPresent() && !existing.get().status().hasValue()) {
                return;
            }
            Observation.Builder b = existing.map(e -> Observation.builder().from(e))
                    .orElseGet(() -> Observation.builder()
                            .indicatorId(key.indicatorId())
                            .areaCode(key.areaCode())
                            .period(key.period())
                            .note(NOTE));
            Observation o = existing.orElse(null);
            if (o != null
                    && o.value().isPresent()
                    && o.lowerCi().isPresent()
                    && o.upperCi().isPresent()
                    && o.numerator().isPresent()
                    && o.denominator().isPresent()) {
                return;
            }
            if (o == null || o.value().isEmpty()) {
                b.value(decimal(dsr.value().getAsDouble()));
            }
            if (o == null || o.lowerCi().isEmpty() || o.upperCi().isEmpty()) {
                ConfidenceInterval ci = dsr.interval().orElseThrow();
                b.lowerCi(decimal(ci.lower())).upperCi(decimal(ci.upper())).ciLevel(level.level());
            }
            if (o == null || o.numerator().isEmpty()) {
                b.numerator(decimal(dsr.totalCount()));
            }
            if (o == null || o.denominator().isEmpty()) {
                b.denominator(decimal(dsr.totalPopulation()));
            }
            if (o == null) {
                added.add(b.build());
            } else {
                replaced.put(o, b.build());
            }
        });
        if (replaced.isEmpty() && added.isEmpty()) {
            return dataset;
        }
        List<Observation> observations = new ArrayList<>(dataset.observations().size() + added.size());
        for (Observation o : dataset.observations()) {
            observations.add(replaced.getOrDefault(o, o));
        }
        observations.addAll(added);
        return Dataset.builder().from(dataset).observations(observations).build();
    }

    private static DirectlyStandardisedRate rate(
            Indicator indicator, StandardPopulation standard, Map<String, AgeBandCount> bands, ConfidenceLevel level) {
        double[] counts = new double[standard.size()];
        double[] populations = new double[standard.size()];
        for (int i = 0; i < standard.size(); i++) {
            AgeBandCount c = bands.get(standard.bands().get(i));
            counts[i] = c.count().doubleValue();
            populations[i] = c.population().doubleValue();
        }
        double multiplier = indicator.multiplier().map(BigDecimal::doubleValue).orElse((double) DEFAULT_MULTIPLIER);
        return Standardisation.directRate(counts, populations, standard, multiplier, level);
    }

    private static BigDecimal decimal(double x) {
        return BigDecimal.valueOf(x);
    }

    private record Key(String indicatorId, String areaCode, ReportingPeriod period) {}
}
