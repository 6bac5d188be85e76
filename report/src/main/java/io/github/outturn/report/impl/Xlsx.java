package io.github.outturn.report.impl;

import io.github.outturn.finance.Money;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What the workbooks share (the report's and the resources'): sheets written row by row with typed
 * cells, a status as its word on its fill, frozen filtered headers and fitted widths, and a package
 * with no date in it, so the same figures give the same bytes.
 *
 * <pre>{@code
 * byte[] xlsx = Xlsx.render("Resources", wb -> {
 *     Xlsx.Sheet s = new Xlsx.Sheet(wb.newWorksheet("Budgets"));
 *     s.header("Service", "Budget");
 *     s.finish();
 * });
 * }</pre>
 */
public final class Xlsx {

    private Xlsx() {}

    private static final int MAX_WIDTH = 60;

    /** Excel keeps 15 significant digits of a number: a value is stored exactly to those. */
    public static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

    /** Amounts of money: grouped thousands, to the pence, negatives with a minus. */
    static final String MONEY_FORMAT = "#,##0.00";

    /** The creation time FastExcel stamps on the workbook, removed so the same report gives the same bytes. */
    private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

    /** Every entry of the package is dated the earliest date a zip file can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** Writes the sheets of a workbook. */
    @FunctionalInterface
    public interface Sheets {
        /**
         * Adds the sheets.
         *
         * @param wb the workbook
         * @throws IOException if they cannot be written
         */
        void write(Workbook wb) throws IOException;
    }

    /**
     * A workbook as the bytes of an xlsx file, with no date in them.
     *
     * @param title the document's title
     * @param sheets writes the sheets
     * @return the workbook
     */
    public static byte[] render(String title, Sheets sheets) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
            Workbook wb = new Workbook(raw, "Outturn", "0.1");
            wb.properties().setTitle(title);
            sheets.write(wb);
            wb.finish();
            return normalised(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    /**
     * Excel's number format for so many decimal places: {@code #,##0.0}, with a literal "%" for a
     * percentage that is already in hundreds (92.9 shows as 92.9%, not 9290%). The "%" is escaped by a
     * backslash, not quoted: FastExcel writes the format into an XML attribute without escaping
     * quotes, which would make the workbook unreadable.
     */
    public static String numberFormat(int places, boolean percent) {
        return "#,##0" + (places > 0 ? "." + "0".repeat(places) : "") + (percent ? "\\%" : "");
    }

    /** The fill of a status, the report's palette (report.css): fill and text colour. */
    public static String[] statusColours(Status st) {
        return switch (st) {
            case BLUE -> new String[] {"1F5FA8", "FFFFFF"};
            case GREEN -> new String[] {"1A7A3C", "FFFFFF"};
            case AMBER -> new String[] {"F2B705", "1B1B1B"};
            case RED -> new String[] {"B3261E", "FFFFFF"};
            case NOT_RATED -> new String[] {"767676", "FFFFFF"};
            case NO_DATA -> new String[] {"FFFFFF", "1B1B1B"};
        };
    }

    /**
     * The workbook's bytes with no date in them: entries dated 1980-01-01, no creation time. FastExcel
     * stamps both with the clock. Its zip's local headers carry no sizes, which Java's ZipInputStream
     * cannot follow, so the package is read through its central directory, from a temporary file.
     */
    static byte[] normalised(byte[] xlsx) throws IOException {
        Path temp = Files.createTempFile("outturn-", ".xlsx");
        try {
            Files.write(temp, xlsx);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length);
            try (ZipFile in = new ZipFile(temp.toFile());
                    ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    byte[] data;
                    try (InputStream entry = in.getInputStream(e)) {
                        data = entry.readAllBytes();
                    }
                    if (e.getName().equals("docProps/core.xml")) {
                        data = CREATED.matcher(new String(data, StandardCharsets.UTF_8))
                                .replaceAll("")
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(ENTRY_TIME);
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A sheet being written row by row, keeping each column's width to fit its widest cell. */
    public static final class Sheet {
        private final Worksheet ws;
        private final List<Integer> widths = new ArrayList<>();
        private int row = -1;
        private int col;

        /**
         * A sheet of a workbook.
         *
         * @param ws the worksheet
         */
        public Sheet(Worksheet ws) {
            this.ws = ws;
        }

        /**
         * The header row: bold on grey, frozen.
         *
         * @param names the columns
         */
        public void header(String... names) {
            next();
            for (String n : names) {
                ws.style(row, col).bold().fillColor("F2F2F2").set();
                text(n);
            }
            ws.freezePane(0, 1);
        }

        /** Starts the next row. */
        public void next() {
            row++;
            col = 0;
        }

        /**
         * A text cell, nothing when empty.
         *
         * @param t the text
         */
        public void text(String t) {
            if (!t.isEmpty()) {
                ws.value(row, col, t);
            }
            fit(t.length());
        }

        /**
         * An indicator's value at its decimal places.
         *
         * @param v the value
         * @param i the indicator
         */
        public void value(Optional<BigDecimal> v, Indicator i) {
            boolean percent = i.unit().map(u -> u.strip().equals("%")).orElse(false);
            cell(v, numberFormat(i.decimalPlaces(), percent), v.map(x -> View.value(x, i)));
        }

        /**
         * A whole number.
         *
         * @param n the number
         */
        public void count(Optional<Integer> n) {
            cell(n.map(BigDecimal::valueOf), "0", n.map(String::valueOf));
        }

        /**
         * A number shown to so many places, with a literal "%" when it is a percentage.
         *
         * @param v the number
         * @param places the decimal places shown
         * @param percent whether it is a percentage in hundreds
         */
        public void number(Optional<BigDecimal> v, int places, boolean percent) {
            cell(v, numberFormat(places, percent), v.map(x -> View.number(x, places) + (percent ? "%" : "")));
        }

        /**
         * A figure the library computed (a mean, a limit), kept to Excel's 15 digits and shown to one
         * more decimal place than the indicator's values, as the HTML shows it.
         *
         * @param v the figure, empty when not finite
         * @param i the indicator
         */
        public void computed(double v, Indicator i) {
            boolean percent = i.unit().map(u -> u.strip().equals("%")).orElse(false);
            Optional<BigDecimal> x = Double.isFinite(v) ? Optional.of(BigDecimal.valueOf(v)) : Optional.empty();
            cell(x, numberFormat(i.decimalPlaces() + 1, percent), x.map(y -> View.computed(v, i)));
        }

        /** A numeric cell holding the exact value, shown by the format (as wide as {@code shown}). */
        private void cell(Optional<BigDecimal> v, String format, Optional<String> shown) {
            v.ifPresent(x -> {
                ws.value(row, col, x.round(EXCEL));
                ws.style(row, col).format(format).set();
            });
            fit(shown.map(String::length).orElse(0));
        }

        /**
         * An amount of money: the exact amount in a numeric cell, shown to the pence.
         *
         * @param m the amount
         */
        public void money(Optional<Money> m) {
            cell(m.map(Money::amount), MONEY_FORMAT, m.map(x -> View.number(x.amount(), 2)));
        }

        /**
         * A yes or no.
         *
         * @param b the value
         */
        public void flag(boolean b) {
            text(b ? "Yes" : "No");
        }

        /**
         * A status as its word on its fill.
         *
         * @param st the status
         */
        public void status(Optional<Status> st) {
            st.ifPresent(x -> {
                String[] c = statusColours(x);
                ws.style(row, col).fillColor(c[0]).fontColor(c[1]).set();
            });
            text(st.map(View::statusWord).orElse(""));
        }

        private void fit(int length) {
            while (widths.size() <= col) {
                widths.add(0);
            }
            widths.set(col, Math.max(widths.get(col), length));
            col++;
        }

        /**
         * Sets the widths and the filter and finishes the sheet.
         *
         * @throws IOException if it cannot be written
         */
        public void finish() throws IOException {
            for (int c = 0; c < widths.size(); c++) {
                ws.width(c, Math.min(MAX_WIDTH, widths.get(c) + 2));
            }
            ws.setAutoFilter(0, 0, widths.size() - 1);
            ws.finish();
        }
    }
}
