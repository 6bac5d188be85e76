package io.github.outturn.csv.impl;

import java.util.List;

/**
 * One table of the CSV format: its file name and its columns in the order written.
 *
 * <pre>{@code
 * Table areas = new Table("areas.csv", List.of(Column.required("code").asText(), ...));
 * }</pre>
 *
 * @param file the file name, such as {@code "areas.csv"}
 * @param columns the columns, in the order written
 */
public record Table(String file, List<Column> columns) {

    /** Copies the columns. */
    public Table {
        columns = List.copyOf(columns);
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The index of a column by name. */
    public int index(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + " has no column " + name);
    }
}
