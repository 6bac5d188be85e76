package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one table: the header, then rows of cells, UTF-8 without a byte-order mark, CRLF line ends,
 * RFC 4180 quoting where a cell needs it, free text neutralised against formula injection.
 *
 * <pre>{@code
 * try (TableWriter out = TableWriter.open(folder.resolve(table.file()), table)) {
 *     out.row("356", "Stockport", "local-authority", "982", "MD", "true");
 * }
 * }</pre>
 *
 * <p>Mutable, for one write on one thread; closes the file.
 */
public final class TableWriter implements Closeable {

    private final Table table;
    private final CsvWriter csv;

    private TableWriter(Table table, CsvWriter csv) {
        this.table = table;
        this.csv = csv;
    }

    /**
     * Creates (or replaces) a table file and writes its header.
     *
     * @param path the file
     * @param table what it holds
     * @return the writer
     * @throws IOException if the file cannot be written
     */
    public static TableWriter open(Path path, Table table) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(path, StandardCharsets.UTF_8);
        csv.writeRecord(table.names());
        return new TableWriter(table, csv);
    }

    /**
     * Writes one row.
     *
     * @param cells one cell per column in the table's order; {@code null} for an empty cell
     * @throws IOException if it cannot be written
     */
    public void row(String... cells) throws IOException {
        if (cells.length != table.columns().size()) {
            throw new IllegalArgumentException(
                    table.file() + " has " + table.columns().size() + " columns, not " + cells.length);
        }
        List<String> out = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            out.add(table.columns().get(i).text() ? Cells.neutralise(cell) : cell);
        }
        try {
            csv.writeRecord(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
