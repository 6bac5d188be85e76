package io.github.outturn.csv.impl;

/**
 * One data row of a table: its cells as read, the values a {@link TableMapping} reads from them, and
 * whether any cell was malformed. A malformed cell is reported as a problem with the file, line,
 * column, value and what was expected, and the rest of the row is still checked.
 *
 * <pre>{@code
 * String cell = row.raw(2);
 * if (cell.isEmpty()) row.fail(2, null, "a value is required");
 * }</pre>
 *
 * <p>Mutable, for one read on one thread.
 */
public final class Row {

    private final String source;
    private final long line;
    private final TableMapping<?> table;
    private final String[] cells;
    private final Object[] values;
    private final Problems problems;
    private boolean failed;

    Row(String source, long line, TableMapping<?> table, String[] cells, Problems problems) {
        this.source = source;
        this.line = line;
        this.table = table;
        this.cells = cells;
        this.values = new Object[cells.length];
        this.problems = problems;
    }

    /** The line the row starts on, counting from 1. */
    public long line() {
        return line;
    }

    /** Whether no cell of this row was malformed. */
    public boolean ok() {
        return !failed;
    }

    /**
     * Reports a problem with this row.
     *
     * @param column the column's index, or -1 for the row as a whole
     * @param value the offending value, or {@code null}
     * @param message what was expected
     */
    public void fail(int column, String value, String message) {
        failed = true;
        problems.add(
                source, line, column < 0 ? null : table.columns().get(column).name(), value, message);
    }

    /** Reports a problem with a cell of this row, named. */
    public void fail(String column, String value, String message) {
        fail(table.index(column), value, message);
    }

    /** The text of a cell, empty if none. */
    String raw(int column) {
        return cells[column];
    }

    /** The value read from a cell, {@code null} if none. */
    Object value(int column) {
        return values[column];
    }

    /** Keeps the value read from a cell. */
    void value(int column, Object value) {
        values[column] = value;
    }

    /**
     * The value read from a cell before this one, or {@code null} if it was empty or malformed.
     *
     * @param column the column's name
     * @param type its kind of cell, which says the value's type
     * @param <V> the value's type
     * @return the value
     */
    @SuppressWarnings("unchecked") // the mapping keeps in each column only values its kind of cell read
    public <V> V value(String column, CellType<V> type) {
        return (V) values[table.index(column)];
    }
}
