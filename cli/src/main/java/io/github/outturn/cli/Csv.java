package io.github.outturn.cli;

import io.github.outturn.csv.CsvEscaping;
import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of RFC 4180 CSV for {@code --format csv}, each field escaped by {@link CsvEscaping#field} as
 * io-csv's tables are: quoted where needed, and neutralised so that a spreadsheet never runs it as a
 * formula.
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
        return CsvEscaping.field(text);
    }
}
