package io.github.outturn.testkit;

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
 * Reads a conformance table (UTF-8, RFC 4180 without line breaks in cells, one header row): one map
 * of column to cell per row, printing as its {@code case}. The tables published with the test kit
 * are read by name; each has a column guide in {@code README.md} beside it in the jar
 * ({@code io/github/outturn/testkit/conformance/}).
 *
 * <pre>{@code
 * List<Map<String, String>> rows = ConformanceTables.rows("indicator-rating.csv");
 * rows.get(0).get("expected_status"); // "green"
 * }</pre>
 */
public final class ConformanceTables {

    /** The folder of the published tables in the test kit's jar. */
    public static final String FOLDER = "/io/github/outturn/testkit/conformance/";

    /** The published tables, by file name. */
    public static final List<String> PUBLISHED = List.of(
            "indicator-rating.csv",
            "indicator-rating-in-year.csv",
            "direction-of-travel.csv",
            "highlights.csv",
            "percentage-rounding.csv",
            "rank-and-bands.csv",
            "confidence-intervals.csv",
            "finance.csv",
            "action-progress.csv");

    private ConformanceTables() {}

    /**
     * The rows of a published table.
     *
     * @param name the table's file name, one of {@link #PUBLISHED}
     * @return the rows, blank lines skipped
     * @throws IllegalArgumentException if there is no such table
     */
    public static List<Map<String, String>> rows(String name) {
        if (!PUBLISHED.contains(name)) {
            throw new IllegalArgumentException("No conformance table \"" + name + "\": expected one of " + PUBLISHED);
        }
        return rows(
                Objects.requireNonNull(ConformanceTables.class.getResourceAsStream(FOLDER + name), name),
                FOLDER + name);
    }

    /**
     * The rows of a table read from a stream, which is closed.
     *
     * @param in the table's bytes, UTF-8
     * @param source the table's name, for messages
     * @return the rows, blank lines skipped
     * @throws IllegalStateException if a row has another number of cells than the header
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static List<Map<String, String>> rows(InputStream in, String source) {
        try (InputStream stream = Objects.requireNonNull(in, source);
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> header = split(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != header.size()) {
                    throw new IllegalStateException(source + ":" + number + ": " + cells.size()
                            + " cells where the header has " + header.size() + ": " + line);
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

    /**
     * Splits one RFC 4180 line (quoted cells may hold commas and doubled quotes; no line breaks).
     *
     * @param line the line
     * @return its cells, unquoted
     */
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
