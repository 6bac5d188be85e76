package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads one table row by row: checks the header (columns in any order, names in any case, unknown or
 * repeated names are problems), skips blank lines, and gives each row as a {@link Row} that reports
 * its own problems with file, line, column and value.
 *
 * <pre>{@code
 * try (TableReader in = TableReader.open(path, table, problems)) {
 *     for (Row row = in.next(); row != null; row = in.next()) { ... }
 * }
 * }</pre>
 *
 * <p>Mutable, for one read on one thread; closes the file.
 */
public final class TableReader implements Closeable {

    private final String source;
    private final Table table;
    private final Problems problems;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    /** For each field position in the file, the table column index, or -1 for an unnamed column. */
    private int[] fieldToColumn = new int[0];

    private boolean usable;

    private TableReader(String source, Table table, Problems problems, CsvReader<CsvRecord> csv) {
        this.source = source;
        this.table = table;
        this.problems = problems;
        this.csv = csv;
        this.records = csv.iterator();
    }

    /**
     * Opens a table and reads its header.
     *
     * @param path the file
     * @param table what the file holds
     * @param problems where problems go
     * @return the reader, positioned after the header
     * @throws IOException if the file cannot be opened
     */
    public static TableReader open(Path path, Table table, Problems problems) throws IOException {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .detectBomHeader(true)
                .ofCsvRecord(path, StandardCharsets.UTF_8);
        TableReader reader = new TableReader(table.file(), table, problems, csv);
        reader.header();
        return reader;
    }

    /** The file name problems are reported against. */
    public String source() {
        return source;
    }

    private void header() throws IOException {
        CsvRecord header = nextRecord();
        if (header == null) {
            if (!problems.full()) {
                problems.add(
                        source,
                        0,
                        null,
                        null,
                        "the file is empty: a table needs a header row naming " + "its columns, such as "
                                + String.join(",", table.names()));
            }
            return;
        }
        int[] map = new int[header.getFieldCount()];
        Arrays.fill(map, -1);
        boolean[] seen = new boolean[table.columns().size()];
        boolean ok = true;
        for (int f = 0; f < header.getFieldCount(); f++) {
            String name = header.getField(f).replace("\uFEFF", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            int c = find(name);
            if (c < 0) {
                ok = false;
                problems.add(
                        source,
                        header.getStartingLineNumber(),
                        name,
                        null,
                        "unknown column: the columns of " + source + " are " + String.join(", ", table.names()));
            } else if (seen[c]) {
                ok = false;
                problems.add(
                        source,
                        header.getStartingLineNumber(),
                        name,
                        null,
                        "the column " + table.columns().get(c).name() + " is named twice in the header");
            } else {
                seen[c] = true;
                map[f] = c;
            }
        }
        for (int c = 0; c < seen.length; c++) {
            if (!seen[c] && table.columns().get(c).required()) {
                ok = false;
                problems.add(
                        source,
                        header.getStartingLineNumber(),
                        table.columns().get(c).name(),
                        null,
                        "the required column " + table.columns().get(c).name() + " is missing from the header");
            }
        }
        fieldToColumn = map;
        usable = ok;
    }

    private int find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int c = 0; c < table.columns().size(); c++) {
            Column column = table.columns().get(c);
            if (column.name().equals(lower) || column.aliases().contains(lower)) {
                return c;
            }
        }
        return -1;
    }

    private CsvRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException e) {
            problems.add(source, 0, null, null, "not readable as CSV: " + message(e));
            usable = false;
            return null;
        } catch (UncheckedIOException e) {
            problems.add(source, 0, null, null, "not readable: " + e.getCause().getMessage());
            usable = false;
            return null;
        }
    }

    private static String message(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            s.append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    /**
     * The next row that is not blank, or {@code null} at the end, after a broken header, or once the
     * problem cap is reached.
     */
    public Row next() {
        while (usable && !problems.full()) {
            CsvRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            String[] cells = new String[table.columns().size()];
            Arrays.fill(cells, "");
            boolean blank = true;
            Row row = new Row(source, record.getStartingLineNumber(), table, cells, problems);
            for (int f = 0; f < record.getFieldCount(); f++) {
                String cell = record.getField(f).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                blank = false;
                int c = f < fieldToColumn.length ? fieldToColumn[f] : -1;
                if (c < 0) {
                    row.fail(null, cell, "a value in column " + (f + 1) + ", which the header does not name");
                } else {
                    cells[c] = cell;
                }
            }
            if (!blank) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
