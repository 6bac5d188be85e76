package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Workbooks read back with another library (fastexcel-reader): sheets as tables, and the package's parts. */
final class Workbooks {

    private Workbooks() {}

    /** A sheet read back, with its columns found by their headers. */
    record Table(List<Row> rows, Map<String, Integer> columns) {

        Row row(String column, String value) {
            return rows.stream()
                    .filter(r -> text(r, column).equals(value))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
        }

        Cell cell(Row row, String column) {
            Integer c = columns.get(column);
            assertThat(c).as(column).isNotNull();
            return row.getOptionalCell(c).orElse(null);
        }

        String text(Row row, String column) {
            Cell c = cell(row, column);
            return c == null || c.getType() != CellType.STRING ? "" : c.asString();
        }

        BigDecimal number(Row row, String column) {
            Cell c = cell(row, column);
            return c == null || c.getType() != CellType.NUMBER ? null : c.asNumber();
        }
    }

    static Table sheet(byte[] xlsx, String name) throws IOException {
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, true))) {
            List<Row> rows = new ArrayList<>(wb.findSheet(name).orElseThrow().read());
            Map<String, Integer> columns = new HashMap<>();
            for (Cell c : rows.get(0)) {
                columns.put(c.asString(), c.getColumnIndex());
            }
            return new Table(rows, columns);
        }
    }

    static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
