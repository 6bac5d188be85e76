package io.github.outturn.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How text is written to a CSV cell so that a spreadsheet shows it and never runs it, and how it is
 * read back exactly: the one place that decides it, for the tables of {@link CsvFormat} and for the
 * command line's CSV output alike.
 *
 * <pre>{@code
 * CsvEscaping.neutralise("=SUM(A1)");           // "'=SUM(A1)"
 * CsvEscaping.neutralise("\t=1+1");             // "'\t=1+1"
 * CsvEscaping.neutralise("-5");                 // "-5": a plain number runs as nothing but itself
 * CsvEscaping.restore("'=SUM(A1)");             // "=SUM(A1)"
 * CsvEscaping.field("Poole, Dorset");           // "\"Poole, Dorset\""
 * CsvEscaping.record(List.of("E08000007", "Stockport, SK1", 2))   // "E08000007,\"Stockport, SK1\",2\r\n"
 * }</pre>
 *
 * <p>A spreadsheet runs a cell as a formula when it begins with {@code =}, {@code +}, {@code -} or
 * {@code @}, and some do so after leading tabs, carriage returns, spaces or other control characters
 * (the OWASP "CSV injection" triggers). {@link #neutralise} puts an apostrophe before any such text,
 * which spreadsheets show as text; a plain number such as {@code -5} or {@code +1.5} is left alone.
 * So that {@link #restore} gives every text back exactly, text that already begins with apostrophes
 * followed by such text gets one more, and the empty text is written as a lone apostrophe (an empty
 * cell being no value at all). Stateless and thread-safe.
 */
public final class CsvEscaping {

    private CsvEscaping() {}

    /**
     * Text as written to a cell: with a leading apostrophe if a spreadsheet could run it as a
     * formula, or if it is empty or would otherwise read back differently.
     *
     * @param text any text
     * @return the text to write, which {@link #restore} turns back into {@code text}
     */
    public static String neutralise(String text) {
        return escaped(text) ? "'" + text : text;
    }

    /**
     * Undoes {@link #neutralise}: drops one leading apostrophe from text that neutralising would have
     * given one, and leaves every other text alone ({@code 'plain} stays {@code 'plain}).
     *
     * @param cell a cell as read
     * @return the text it holds
     */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' && escaped(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * A whole RFC 4180 field: the text {@linkplain #neutralise neutralised}, then in double quotes
     * (inner quotes doubled) if it holds a comma, a quote or a line break, or begins or ends with
     * white space, which readers strip from unquoted fields. {@code null} and the empty text give an
     * empty field, no value; a table that must tell the empty text from none writes {@code
     * neutralise("")}, a lone apostrophe.
     *
     * @param text any text, or {@code null}
     * @return the field to write between commas
     */
    public static String field(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = neutralise(text);
        return needsQuotes(s) ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /**
     * A whole RFC 4180 record: each cell's text (its {@code toString()}, {@code null} for an empty
     * cell) as a {@linkplain #field field}, the fields separated by commas, ended with CRLF. The
     * command line writes its {@code --format csv} tables a record at a time through this.
     *
     * @param cells the cells, in column order
     * @return the record, line break included
     */
    public static String record(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            line.append(field(cell == null ? null : cell.toString()));
        }
        return line.append("\r\n").toString();
    }

    /** Whether a non-empty field must be quoted to read back as it is. */
    private static boolean needsQuotes(String s) {
        if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether the text, after any leading apostrophes, needs one more to be read back or shown safely. */
    private static boolean escaped(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return formula(text, i);
    }

    /** Whether the text from {@code start} is empty or could run as a formula. */
    private static boolean formula(String text, int start) {
        if (start == text.length()) {
            return true;
        }
        char first = text.charAt(start);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = start;
        while (i < text.length() && blank(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || "=+-@".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return i > start || !plainNumber(text, start);
    }

    /** Whether the text from {@code start} is a plain number: {@code [-+]?[0-9]+(\.[0-9]+)?}. */
    private static boolean plainNumber(String text, int start) {
        int i = start;
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        int whole = digits(text, i);
        if (whole == 0) {
            return false;
        }
        i += whole;
        if (i == text.length()) {
            return true;
        }
        int fraction = digits(text, i + 1);
        return text.charAt(i) == '.' && fraction > 0 && i + 1 + fraction == text.length();
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }
}
