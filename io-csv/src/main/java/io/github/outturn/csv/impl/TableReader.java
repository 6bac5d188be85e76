package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldModifier;
import io.github.outturn.csv.CsvEscaping;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads one table row by row: checks the header (columns in any order, names in any case, unknown or
 * repeated names are problems), skips blank lines, strips the blanks around unquoted fields, undoes
 * {@link CsvEscaping#neutralise} on value columns (text columns are restored by their {@link CellType}), and gives each row as a {@link Row} that reports
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

    /**
     * Strips the blanks around an unquoted field and keeps a quoted one exactly as written, so that
     * text with leading or trailing spaces (which the writer quotes) reads back as it was.
     */
    private static final FieldModifier STRIP_UNQUOTED = new FieldModifier() {
        @Override
        public String modify(long startingLineNumber, int fieldIdx, boolean quoted, String field) {
            return quoted ? field : field.strip();
        }
    };

    private final String source;
    private final TableMapping<?> table;
    private final Problems problems;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    /** For each field position in the file, the table column index, or -1 for an unnamed column. */
    private int[] fieldToColumn = new int[0];
    /** The fields up to the last one the header names, worked out once from the header. */
    private int namedWidth;

    private boolean usable;

    /** Whether the file could not be decoded or parsed: nothing more is said of it. */
    private boolean unreadable;

    private TableReader(String source, TableMapping<?> table, Problems problems, CsvReader<CsvRecord> csv) {
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
    public static TableReader open(Path path, TableMapping<?> table, Problems problems) throws IOException {
        // Decoded strictly: a byte that is not UTF-8 (a Latin-1 "é" from an old Excel export) is a
        // located problem, never a silent replacement character. A byte-order mark is skipped.
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (bom.length < 3 || (bom[0] & 0xFF) != 0xEF || (bom[1] & 0xFF) != 0xBB || (bom[2] & 0xFF) != 0xBF) {
            in.reset();
        }
        Reader text = new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .build(CsvRecordHandler.of(b -> b.fieldModifier(STRIP_UNQUOTED)), text);
        TableReader reader = new TableReader(table.file(), table, problems, csv);
        reader.header();
        return reader;
    }

    /** The file name problems are reported against. */
    public String source() {
        return source;
    }

    /** Reports a problem with a column of the header; false, for the header is then not usable. */
    private boolean headerProblem(CsvRecord header, String column, String message) {
        problems.add(source, header.getStartingLineNumber(), column, null, message);
        return false;
    }

    private void header() throws IOException {
        CsvRecord header = nextRecord();
        if (header == null) {
            if (!unreadable && !problems.full()) {
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
                ok = headerProblem(
                        header,
                        name,
                        "unknown column: the columns of " + source + " are " + String.join(", ", table.names()));
            } else if (seen[c]) {
                ok = headerProblem(
                        header, name, "the column " + table.columns().get(c).name() + " is named twice in the header");
            } else {
                seen[c] = true;
                map[f] = c;
            }
        }
        for (int c = 0; c < seen.length; c++) {
            String name = table.columns().get(c).name();
            if (!seen[c] && table.columns().get(c).required()) {
                ok = headerProblem(header, name, "the required column " + name + " is missing from the header");
            }
        }
        fieldToColumn = map;
        namedWidth = namedWidth();
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

    /**
     * How many fields a row needs: up to the header's last named column (an Excel export may end its
     * header with empty cells, and its rows without them).
     */
    private int namedWidth() {
        int width = 0;
        for (int f = 0; f < fieldToColumn.length; f++) {
            if (fieldToColumn[f] >= 0) {
                width = f + 1;
            }
        }
        return width;
    }

    /** The line the last record read started on, for a decoding problem found after it. */
    private long lastLine;

    private CsvRecord nextRecord() {
        try {
            CsvRecord record = records.hasNext() ? records.next() : null;
            if (record != null) {
                lastLine = record.getStartingLineNumber();
            }
            return record;
        } catch (CsvParseException e) {
            problems.add(source, 0, null, null, "not readable as CSV: " + message(e));
            usable = false;
            unreadable = true;
            return null;
        } catch (UncheckedIOException e) {
            problems.add(
                    source,
                    0,
                    null,
                    null,
                    e.getCause() instanceof CharacterCodingException
                            ? "not UTF-8 text" + (lastLine > 0 ? " after line " + lastLine : "")
                                    + ": save it as \"CSV UTF-8\" (Excel), or convert it from its encoding to UTF-8"
                            : "not readable: " + e.getCause().getMessage());
            usable = false;
            unreadable = true;
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
                String cell = record.getField(f);
                if (cell.isEmpty()) {
                    continue;
                }
                blank = false;
                int c = f < fieldToColumn.length ? fieldToColumn[f] : -1;
                if (c < 0) {
                    row.fail(-1, cell, "a value in column " + (f + 1) + ", which the header does not name");
                } else if (table.columns().get(c).text()) {
                    cells[c] = cell; // restored and checked by its CellType, which tells the empty text from none
                } else {
                    cells[c] = CsvEscaping.restore(cell.strip());
                }
            }
            int fields = record.getFieldCount();
            if (!blank && row.ok() && (fields > fieldToColumn.length || fields < namedWidth)) {
                // RFC 4180: every record has the header's number of fields. A value with an unquoted
                // comma ("1,520") or a missing field would otherwise shift every later column.
                row.fail(
                        -1,
                        null,
                        "the row has " + fields + " fields but the header has "
                                + (fields > fieldToColumn.length ? fieldToColumn.length : namedWidth)
                                + ": quote a value that holds a comma (\"1,520\"), and give every column, empty"
                                + " or not");
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
