package io.github.outturn.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a published conformance table (UTF-8, RFC 4180 without line breaks in cells, one header row)
 * from the test resources: one map of column to cell per row, printing as its {@code case}.
 *
 * <pre>{@code
 * List<Map<String, String>> rows = ConformanceTables.rows("/conformance/indicator-rating.csv");
 * }</pre>
 */
public final class ConformanceTables {

    private ConformanceTables() {}

    /**
     * The rows of a table.
     *
     * @param resource the resource's absolute path
     * @return the rows, blank lines skipped
     * @throws IllegalStateException if a row has another number of cells than the header
     */
    public static List<Map<String, String>> rows(String resource) {
        try (InputStream in = Objects.requireNonNull(ConformanceTables.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = split(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(resource + ": " + cells.size() + " cells where the header has "
                            + header.size() + ": " + line);
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(row));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one RFC 4180 line (quoted cells may hold commas and doubled quotes; no line breaks). */
    public static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A row that prints as its case name in test reports. */
    static final class Row extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;

        Row(Map<String, String> cells) {
            super(cells);
        }

        @Override
        public String toString() {
            return get("case");
        }
    }
}
