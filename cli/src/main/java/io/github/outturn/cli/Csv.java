package io.github.outturn.cli;

import io.github.outturn.csv.CsvEscaping;
import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of RFC 4180 CSV for {@code --format csv}, each written by io-csv's {@link CsvEscaping#record}, as
 * io-csv's tables are: quoted where needed, and neutralised so that a spreadsheet never runs it as a
 * formula.
 *
 * <pre>{@code
 * Csv.row(out, List.of("scope", "scope_id", "name"));   // scope,scope_id,name CRLF
 * }</pre>
 */
final class Csv {

    private Csv() {}

    static void row(PrintWriter out, List<?> cells) {
        out.print(CsvEscaping.record(cells));
    }
}
