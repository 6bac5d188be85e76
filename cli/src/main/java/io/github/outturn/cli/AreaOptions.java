package io.github.outturn.cli;

import io.github.outturn.model.Area;
import io.github.outturn.model.AreaFinder;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --area CODE}, {@code --area CODE,CODE,...} or {@code --area all}: the areas an assess,
 * benchmark, highlights, exceptions or series command runs over, all from one loaded dataset.
 */
final class AreaOptions {

    @Option(
            names = "--area",
            paramLabel = "AREA",
            description = "The area by code or name, in any case (\"356\", \"stockport\"); a comma-separated list of"
                    + " areas; or all (every local authority the dataset lists, else every area it has values"
                    + " for). Default: the dataset's own area (the one its neighbours are for).")
    String area;

    /**
     * Whether the results are printed as a list, one per area: for {@code all}, or when the areas
     * {@link #resolve} found are more than one.
     */
    boolean several(List<String> codes) {
        return codes.size() > 1 || (area != null && area.strip().equalsIgnoreCase("all"));
    }

    /** The areas asked for, each checked by {@link Selection#area}, in the order given or the dataset's. */
    List<String> resolve(Dataset dataset, Selection select) {
        if (area == null) {
            return List.of(select.area(null));
        }
        if (area.strip().equalsIgnoreCase("all")) {
            Set<String> codes = new LinkedHashSet<>();
            for (Area a : dataset.areas()) {
                if (a.type() == AreaType.LOCAL_AUTHORITY) {
                    codes.add(a.code());
                }
            }
            if (codes.isEmpty()) {
                for (Observation o : dataset.observations()) {
                    codes.add(o.areaCode());
                }
            }
            return List.copyOf(codes);
        }
        // A name with a comma in it ("Kingston upon Hull, City of") is one area, not a list.
        Optional<String> whole =
                area.contains(",") ? AreaFinder.of(dataset).find(area.strip()).code() : Optional.empty();
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<String> codes = new ArrayList<>();
        for (String code : area.split(",")) {
            if (!code.isBlank()) {
                codes.add(select.area(code.strip()));
            }
        }
        return codes;
    }
}
