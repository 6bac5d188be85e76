package io.github.outturn.csv.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the CSV format: its file name and its columns in the order written.
 *
 * <pre>{@code
 * Table areas = new Table("areas.csv", List.of(Column.required("code").asText(), ...));
 * }</pre>
 *
 * <p>A class rather than a record so that it can hold its columns' positions by name: every cell a
 * reader asks for is looked up by column name, hundreds of thousands of times in a large table.
 * Immutable and thread-safe.
 */
public final class Table {

    private final String file;
    private final List<Column> columns;
    private final String[] names;
    private final Map<String, Integer> positions;

    /**
     * @param file the file name, such as {@code "areas.csv"}
     * @param columns the columns, in the order written (copied)
     */
    public Table(String file, List<Column> columns) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.names = new String[this.columns.size()];
        // A HashMap, never handed out: its lookups are faster than Map.copyOf's.
        this.positions = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            names[i] = this.columns.get(i).name();
            positions.putIfAbsent(names[i], i);
        }
    }

    /** The file name, such as {@code "areas.csv"}. */
    public String file() {
        return file;
    }

    /** The columns, in the order written. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The index of a column by name. */
    public int index(String name) {
        // The readers pass the same string constants the columns were defined with: try those first.
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        Integer i = positions.get(name);
        if (i == null) {
            throw new IllegalArgumentException(file + " has no column " + name);
        }
        return i;
    }

    @Override
    public String toString() {
        return "Table[" + file + ", " + names() + "]";
    }
}
