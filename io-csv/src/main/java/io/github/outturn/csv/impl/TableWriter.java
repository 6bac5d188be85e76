package io.github.outturn.csv.impl;

import io.github.outturn.csv.CsvEscaping;
import io.github.outturn.io.DatasetText;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes one table: an optional UTF-8 byte-order mark, the header, then rows of cells, CRLF line
 * ends, every cell through {@link CsvEscaping#field} (neutralised against formula injection, quoted
 * where RFC 4180 or its blanks need it). A text a dataset cannot hold ({@link DatasetText}), or a
 * list item that would not read back as one item, is reported as a problem at its line and column
 * and never written as something else.
 *
 * <pre>{@code
 * try (TableWriter out = TableWriter.open(folder.resolve(table.file()), table, true, problems)) {
 *     out.row("356", "Stockport", "local-authority", "982", "MD", "true");
 * }
 * }</pre>
 *
 * <p>Mutable, for one write on one thread; closes the file.
 */
public final class TableWriter implements Closeable {

    private final TableMapping<?> table;
    private final Writer out;
    private final Problems problems;
    /** The line the next row starts on, counting the header as line 1. */
    private long line = 1;
    /** The row being written, handed to the writer whole: one call a row, not one a cell. */
    private final StringBuilder record = new StringBuilder(256);

    private TableWriter(TableMapping<?> table, Writer out, Problems problems) {
        this.table = table;
        this.out = out;
        this.problems = problems;
    }

    /**
     * Creates (or replaces) a table file and writes its header.
     *
     * @param path the file
     * @param table what it holds
     * @param byteOrderMark whether to begin with a UTF-8 byte-order mark, for Excel
     * @param problems where values that cannot be written are reported
     * @return the writer
     * @throws IOException if the file cannot be written
     */
    public static TableWriter open(Path path, TableMapping<?> table, boolean byteOrderMark, Problems problems)
            throws IOException {
        Writer out = new BufferedWriter(
                new OutputStreamWriter(
                        Files.newOutputStream(path),
                        StandardCharsets.UTF_8
                                .newEncoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        TableWriter writer = new TableWriter(table, out, problems);
        try {
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
            writer.row(table.names().toArray(String[]::new));
        } catch (IOException e) {
            out.close();
            throw e;
        }
        return writer;
    }

    /**
     * Writes one row.
     *
     * @param cells one cell per column in the table's order; {@code null} for an empty cell (no value)
     * @throws IOException if it cannot be written
     */
    public void row(String... cells) throws IOException {
        if (cells.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table.file() + " has " + table.columns().size() + " columns, not " + cells.length);
        }
        long breaks = 0;
        record.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                record.append(',');
            }
            String cell = cells[i];
            if (cell == null) {
                continue;
            }
            Optional<String> problem = DatasetText.problem(cell);
            if (problem.isPresent()) {
                fail(i, cell, "cannot be written: the text " + problem.get());
                continue;
            }
            // An empty field is no value: the empty text is written as a lone apostrophe.
            String field = cell.isEmpty() ? CsvEscaping.neutralise(cell) : CsvEscaping.field(cell);
            breaks += lineBreaks(field);
            record.append(field);
        }
        out.append(record.append("\r\n"));
        line += 1 + breaks;
    }

    /**
     * A list cell: the items joined with {@code ;}, after reporting any item that would not read back
     * as itself (empty, holding a {@code ;}, or with blanks around it).
     *
     * @param column the column's index
     * @param items the items
     * @return the cell, or {@code null} for no items
     */
    public String list(int column, List<String> items) {
        if (items.isEmpty()) {
            return null;
        }
        for (String item : items) {
            if (item.isEmpty() || item.indexOf(';') >= 0 || !item.strip().equals(item)) {
                fail(
                        column,
                        item,
                        "cannot be written as an item of a ;-separated list: an item must not be empty, hold a"
                                + " ; or begin or end with a blank");
            }
        }
        return String.join(";", items);
    }

    private void fail(int column, String value, String message) {
        problems.add(table.file(), line, table.columns().get(column).name(), value, message);
    }

    /** The line breaks a reader counts in a field: CR, LF and CRLF each one. */
    private static long lineBreaks(String field) {
        long n = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
