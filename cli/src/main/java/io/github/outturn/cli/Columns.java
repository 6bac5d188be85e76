package io.github.outturn.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A table's columns, each declared once as its header and how its cell is got from a row, and the
 * one place every command's tables are printed: as CSV through {@link Csv} (one escaping function)
 * or as an aligned {@link TextTable}. A null cell prints empty. Immutable: {@link #add} returns a new
 * declaration, so a command keeps its columns in a constant.
 *
 * <pre>{@code
 * static final Columns<Violation> CSV = Columns.<Violation>of()
 *         .add("path", Violation::getPath)
 *         .add("message", Violation::getMessage);
 * CSV.csv(out, report.getViolations());   // path,message\r\n ... one row per violation
 * }</pre>
 *
 * @param <R> the type of a row
 */
final class Columns<R> {

    private final List<String> headers;
    private final List<Function<? super R, ?>> cells;

    private Columns(List<String> headers, List<Function<? super R, ?>> cells) {
        this.headers = Collections.unmodifiableList(headers);
        this.cells = Collections.unmodifiableList(cells);
    }

    /** No columns yet. */
    static <R> Columns<R> of() {
        return new Columns<>(List.of(), List.of());
    }

    /** These columns and one more after them. */
    Columns<R> add(String header, Function<? super R, ?> cell) {
        List<String> h = new ArrayList<>(headers);
        List<Function<? super R, ?>> c = new ArrayList<>(cells);
        h.add(header);
        c.add(cell);
        return new Columns<>(h, c);
    }

    /** The headers, in order. */
    List<String> headers() {
        return headers;
    }

    /** One row's cells, in the headers' order. */
    List<Object> cells(R row) {
        List<Object> line = new ArrayList<>(cells.size());
        for (Function<? super R, ?> cell : cells) {
            line.add(cell.apply(row));
        }
        return line;
    }

    /** The header line of the CSV. */
    void csvHeader(PrintWriter out) {
        Csv.row(out, headers);
    }

    /** One CSV line per row, without the header. */
    void csvRows(PrintWriter out, Iterable<? extends R> rows) {
        for (R row : rows) {
            Csv.row(out, cells(row));
        }
    }

    /** The header and then one CSV line per row. */
    void csv(PrintWriter out, Iterable<? extends R> rows) {
        csvHeader(out);
        csvRows(out, rows);
    }

    /** The rows as an aligned text table under the headers. */
    void text(PrintWriter out, Iterable<? extends R> rows) {
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (R row : rows) {
            table.row(cells(row).toArray());
        }
        table.print(out);
    }
}
