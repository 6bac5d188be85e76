package io.github.outturn.csv.impl;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One of LAIT's small tables (the data dictionary, the LA code list, a statistical neighbour model)
 * read whole: its header is the first row whose first cell names a given column, in any case, since
 * DfE's exports put notes above it.
 *
 * <p>{@code LaitSheet s = LaitSheet.read(file, "LA Number", problems); s.cell(row, s.column("Region"));}
 *
 * <p>Immutable once read; for one read on one thread.
 */
final class LaitSheet {

    final String source;
    private final Map<String, Integer> columns = new HashMap<>();
    final List<CsvRecord> rows = new ArrayList<>();
    private final Problems problems;

    private LaitSheet(String source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The index of a column by name in any case, or -1. */
    int column(String name) {
        Integer i = columns.get(name.toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    /** A cell without its surrounding blanks, empty if the row is short or the column absent. */
    String cell(CsvRecord r, int column) {
        return column >= 0 && column < r.getFieldCount() ? r.getField(column).strip() : "";
    }

    /** Whether the header names every column, reporting each it does not. */
    boolean require(String... names) {
        boolean ok = true;
        for (String name : names) {
            if (column(name) < 0) {
                ok = false;
                problems.add(
                        source,
                        0,
                        name,
                        null,
                        "the column " + name + " is missing: the header found has " + columns.keySet());
            }
        }
        return ok;
    }

    /** A reader of LAIT's CSV, tolerant of blank lines and ragged rows. */
    static CsvReader<CsvRecord> csv(Reader reader) {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader);
    }

    /** UTF-8 text, without a byte-order mark. */
    static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(3);
        byte[] bom = b.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return new InputStreamReader(b, StandardCharsets.UTF_8);
    }

    /**
     * Reads a whole small table.
     *
     * @param file the file
     * @param firstColumn the name in the first cell of the header row
     * @param problems where a missing header or unreadable file is reported
     * @return the table, without rows if it could not be read
     * @throws IOException if the file cannot be opened
     */
    static LaitSheet read(Path file, String firstColumn, Problems problems) throws IOException {
        LaitSheet sheet = new LaitSheet(file.getFileName().toString(), problems);
        try (CsvReader<CsvRecord> in = csv(utf8(Files.newInputStream(file)))) {
            boolean header = false;
            for (CsvRecord r : in) {
                if (!header) {
                    if (r.getFieldCount() > 0 && r.getField(0).strip().equalsIgnoreCase(firstColumn)) {
                        for (int i = 0; i < r.getFieldCount(); i++) {
                            sheet.columns.putIfAbsent(r.getField(i).strip().toLowerCase(Locale.ROOT), i);
                        }
                        header = true;
                    }
                } else if (!r.getFields().stream().allMatch(String::isBlank)) {
                    sheet.rows.add(r);
                }
            }
            if (!header) {
                problems.add(
                        sheet.source,
                        0,
                        firstColumn,
                        null,
                        "no header row starting with " + firstColumn + " was found");
            }
        } catch (CsvParseException | UncheckedIOException e) {
            problems.add(sheet.source, 0, null, null, "not readable as CSV: " + e.getMessage());
        }
        return sheet;
    }

    /** LAIT's way of saying nothing: empty, {@code -} or {@code NA} are {@code null}. */
    static String given(String s) {
        return s.isEmpty() || s.equals("-") || s.equalsIgnoreCase("NA") ? null : s;
    }
}
