package io.github.outturn.cli;

import io.github.outturn.model.Area;
import io.github.outturn.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A result with the area it is about, as one row of a table that lists several areas' results.
 *
 * <pre>{@code
 * List<InArea<Concern>> rows = InArea.rows(ds, Map.of("892", concerns));
 * rows.get(0).areaName();   // "Nottingham"
 * }</pre>
 *
 * @param area the area's code
 * @param areaName the area's name, or empty when the dataset does not list the area
 * @param item the result
 * @param <T> the type of the result
 */
record InArea<T>(String area, String areaName, T item) {

    /** Every area's results in turn, each beside its area. */
    static <T> List<InArea<T>> rows(Dataset ds, Map<String, ? extends List<? extends T>> byArea) {
        List<InArea<T>> rows = new ArrayList<>();
        byArea.forEach((area, items) -> {
            String name = ds.findArea(area).map(Area::name).orElse("");
            items.forEach(item -> rows.add(new InArea<>(area, name, item)));
        });
        return rows;
    }
}
