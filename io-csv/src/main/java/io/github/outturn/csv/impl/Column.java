package io.github.outturn.csv.impl;

import java.util.List;

/**
 * One column of a table: its name, the other names reading accepts, whether it must be present, and
 * whether it holds free text (which writing neutralises against formula injection).
 *
 * <pre>{@code
 * Column indicator = Column.required("indicator").alias("indicator_id");
 * }</pre>
 *
 * @param name the column name written in the header
 * @param aliases other header names accepted on reading
 * @param required whether the header must name the column
 * @param text whether the column holds free text
 */
public record Column(String name, List<String> aliases, boolean required, boolean text) {

    /** Copies the aliases. */
    public Column {
        aliases = List.copyOf(aliases);
    }

    /** A required value column. */
    public static Column required(String name) {
        return new Column(name, List.of(), true, false);
    }

    /** An optional value column. */
    public static Column optional(String name) {
        return new Column(name, List.of(), false, false);
    }

    /** This column as free text, neutralised on writing. */
    public Column asText() {
        return new Column(name, aliases, required, true);
    }

    /** This column with another accepted header name. */
    public Column alias(String other) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.add(other);
        return new Column(name, all, required, text);
    }
}
