package io.github.outturn.validation;

import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.statistics.StandardPopulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validator's rules for standardisation (docs/statistics.md): an indicator names a standard
 * population the library knows; each age-band count names a known indicator and one of its standard
 * population's bands; and each indicator, area and period with any age-band counts has one for every
 * band. Counts of 0 or more and populations above 0 are the model's constraints, checked with the
 * others.
 */
final class AgeBandChecks {

    private AgeBandChecks() {}

    /** Every standardisation violation of the dataset. */
    static List<Violation> check(Dataset dataset) {
        List<Violation> violations = new ArrayList<>();
        List<Indicator> indicators = dataset.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Optional<String> name = indicators.get(i).standardPopulation();
            if (name.isPresent() && StandardPopulation.named(name.get()).isEmpty()) {
                violations.add(Violation.of(
                        "indicators[" + i + "].standardPopulation",
                        name.get(),
                        "not a standard population Outturn knows: expected " + StandardPopulation.ESP_2013_NAME));
            }
        }
        Map<String, Set<String>> bandsByKey = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        Map<String, StandardPopulation> standardByKey = new LinkedHashMap<>();
        List<AgeBandCount> counts = dataset.ageBandCounts();
        for (int i = 0; i < counts.size(); i++) {
            AgeBandCount c = counts.get(i);
            String path = "ageBandCounts[" + i + "]";
            Optional<Indicator> indicator = dataset.findIndicator(c.indicatorId());
            if (indicator.isEmpty()) {
                violations.add(Violation.of(path + ".indicatorId", c.indicatorId(), "no indicator has this id"));
                continue;
            }
            Optional<StandardPopulation> standard = StandardPopulation.of(indicator.get());
            if (standard.isEmpty()) {
                continue;
            }
            if (!standard.get().bands().contains(c.band())) {
                violations.add(Violation.of(
                        path + ".band",
                        c.band(),
                        "not a band of " + standard.get().name() + ": expected one of "
                                + String.join(", ", standard.get().bands())));
                continue;
            }
            String key = c.indicatorId() + " for " + c.areaCode() + " in " + c.period();
            firstIndex.putIfAbsent(key, i);
            standardByKey.putIfAbsent(key, standard.get());
            bandsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.band());
        }
        bandsByKey.forEach((key, bands) -> {
            StandardPopulation standard = standardByKey.get(key);
            if (bands.size() != standard.size()) {
                List<String> missing = new ArrayList<>(standard.bands());
                missing.removeAll(bands);
                violations.add(Violation.of(
                        "ageBandCounts[" + firstIndex.get(key) + "]",
                        key,
                        bands.size() + " of the " + standard.size() + " bands of " + standard.name()
                                + ": expected one count for every band; missing " + String.join(", ", missing)));
            }
        });
        return violations;
    }
}
