package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference test vectors kept beside the repository in {@code ../shared/data/reference-vectors}
 * (README there): test cases copied from the test suites of PHEindicatormethods (GPL-3,
 * ukhsa-collaboration/PHEindicatormethods), NHSRplotthedots (MIT, NHS-R Community) and Fingertips
 * (MIT, Crown copyright, Public Health England), with the attribution of each row in its {@code
 * source} column. They are read as data, never copied into the library. A test using them is skipped,
 * saying so, when the folder is absent.
 */
final class ReferenceVectors {

    private ReferenceVectors() {}

    /** The folder, found from the module or the repository root. */
    static Path folder() {
        for (Path start : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))) {
            Path p = start.resolve("data").resolve("reference-vectors");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        Assumptions.abort("The reference vectors (../shared/data/reference-vectors from the repository root) are"
                + " not on this machine: skipped");
        throw new IllegalStateException("unreachable");
    }

    /** Every row of one file, each a map from column to text. */
    static List<Map<String, String>> rows(String file) {
        String text;
        try {
            text = Files.readString(folder().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> records = parseCsv(text);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.get(i));
            }
            rows.add(row);
        }
        assertThat(rows).as(file).isNotEmpty();
        return rows;
    }

    /** RFC 4180. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Whether a cell is R's NA. */
    static boolean na(String cell) {
        return cell.equals("NA");
    }

    /** A number, NaN for NA. */
    static double num(String cell) {
        return na(cell) ? Double.NaN : Double.parseDouble(cell);
    }

    /** A JSON array of numbers, {@code null} as NaN. */
    static double[] numbers(String json) {
        return items(json).stream()
                .mapToDouble(s -> s.equals("null") ? Double.NaN : Double.parseDouble(s))
                .toArray();
    }

    /** A JSON array of strings, numbers, booleans or nulls: each item's text, strings unquoted. */
    static List<String> items(String json) {
        String t = json.strip();
        assertThat(t).startsWith("[").endsWith("]");
        List<String> out = new ArrayList<>();
        String body = t.substring(1, t.length() - 1).strip();
        if (body.isEmpty()) {
            return out;
        }
        StringBuilder item = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    item.append(body.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                } else {
                    item.append(c);
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ',') {
                out.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        out.add(item.toString().strip());
        return out;
    }

    /** A JSON object whose values are arrays of numbers, such as {@code {"1":[75,16],"2":[16,3]}}. */
    static Map<String, double[]> arrays(String json) {
        Map<String, double[]> out = new LinkedHashMap<>();
        String t = json.strip();
        int i = 1;
        while (true) {
            int keyStart = t.indexOf('"', i);
            if (keyStart < 0) {
                return out;
            }
            int keyEnd = t.indexOf('"', keyStart + 1);
            int open = t.indexOf('[', keyEnd);
            int close = t.indexOf(']', open);
            out.put(t.substring(keyStart + 1, keyEnd), numbers(t.substring(open, close + 1)));
            i = close + 1;
        }
    }

    /** A JSON array of flat objects, such as {@code [{"year":2018,"count":1367}]}: each a map of its fields' text. */
    static List<Map<String, String>> objects(String json) {
        List<Map<String, String>> out = new ArrayList<>();
        int i = json.indexOf('{');
        while (i >= 0) {
            int close = json.indexOf('}', i);
            Map<String, String> object = new LinkedHashMap<>();
            for (String pair : json.substring(i + 1, close).split(",")) {
                int colon = pair.indexOf(':');
                object.put(
                        pair.substring(0, colon).strip().replace("\"", ""),
                        pair.substring(colon + 1).strip().replace("\"", ""));
            }
            out.add(object);
            i = json.indexOf('{', close);
        }
        return out;
    }

    /**
     * Checks a result against a row's expectation under the row's tolerance ({@code rel:1e-9}, {@code
     * abs:5e-5}, {@code rel:1e-9|abs:1e-9}, {@code exact}); NA expects NaN.
     */
    static void check(Map<String, String> row, String column, double actual) {
        String expectedText = row.get(column);
        String what = row.get("case_id") + " " + column;
        if (na(expectedText)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        double expected = Double.parseDouble(expectedText);
        assertThat(within(actual, expected, row.get("tolerance")))
                .as("%s: %s against %s (%s)", what, actual, expected, row.get("tolerance"))
                .isTrue();
    }

    static boolean within(double actual, double expected, String tolerance) {
        boolean ok = false;
        for (String bound : tolerance.split("\\|")) {
            if (bound.equals("exact")) {
                ok |= actual == expected;
            } else if (bound.startsWith("rel:")) {
                ok |= Math.abs(actual - expected) <= Double.parseDouble(bound.substring(4)) * Math.abs(expected);
            } else if (bound.startsWith("abs:")) {
                ok |= Math.abs(actual - expected) <= Double.parseDouble(bound.substring(4));
            } else {
                throw new IllegalArgumentException("tolerance " + tolerance);
            }
        }
        return ok;
    }
}
