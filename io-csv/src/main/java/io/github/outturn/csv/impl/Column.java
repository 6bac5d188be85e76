package io.github.outturn.csv.impl;

import java.util.List;

/**
 * One column of a table: its name, the other names reading accepts, whether the header must name it,
 * and whether it holds text (restored from formula neutralisation by its {@link CellType}).
 *
 * <p>{@code new Column("indicator", List.of("indicator_id"), true, true)}
 *
 * @param name the column name written in the header
 * @param aliases other header names accepted on reading
 * @param required whether the header must name the column
 * @param text whether the column holds text
 */
public record Column(String name, List<String> aliases, boolean required, boolean text) {

    /** Copies the aliases. */
    public Column {
        aliases = List.copyOf(aliases);
    }
}
