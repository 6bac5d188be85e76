package io.github.outturn.cli;

import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --area CODE}, {@code --area CODE,CODE,...} or {@code --area all}: the areas a highlights,
 * exceptions or series command runs over, all from one loaded dataset.
 */
final class AreaOptions {

    @Option(
            names = "--area",
            paramLabel = "CODE",
            description = "The area; a comma-separated list of areas; or all (every local authority the dataset"
                    + " lists, else every area it has values for). Default: the dataset's own area.")
    String area;

    /** The areas asked for, each checked by {@link Selection#area}, in the order given or the dataset's. */
    List<String> resolve(Dataset dataset, Selection select) {
        if (area == null) {
            return List.of(select.area(null));
        }
        if (area.strip().equalsIgnoreCase("all")) {
            Set<String> codes = new LinkedHashSet<>();
            for (Area a : dataset.getAreas()) {
                if (a.getType() == AreaType.LOCAL_AUTHORITY) {
                    codes.add(a.getCode());
                }
            }
            if (codes.isEmpty()) {
                for (Observation o : dataset.getObservations()) {
                    codes.add(o.getAreaCode());
                }
            }
            return List.copyOf(codes);
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
