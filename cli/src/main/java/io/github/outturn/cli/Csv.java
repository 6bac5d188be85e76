package io.github.outturn.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of RFC 4180 CSV for {@code --format csv}: fields with a comma, quote or line break are
 * quoted, and text beginning with {@code =}, {@code +}, {@code -} or {@code @} that is not a number
 * gets a leading apostrophe so that a spreadsheet does not run it as a formula (as io-csv does).
 */
final class Csv {

    private Csv() {}

    static void row(PrintWriter out, List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(cells.get(i) == null ? "" : cells.get(i).toString()));
        }
        out.print(line.append("\r\n"));
    }

    static String field(String text) {
        String s = text;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
