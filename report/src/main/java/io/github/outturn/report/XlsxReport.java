package io.github.outturn.report;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Status;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.report.Report.Part;
import io.github.outturn.report.Report.ScorecardRow;
import io.github.outturn.report.Report.Section;
import io.github.outturn.report.impl.View;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.RagDistribution;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.numbers.fraction.BigFraction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Report} as an Excel workbook analysts can keep working in: sheets Scorecard,
 * Exceptions, Actions (the action RAG distribution of the plan, each theme and each priority) and
 * Series. Figures are numeric cells holding the exact value, shown at the indicator's decimal places
 * by a number format; a status is its word (as in the HTML) on the status's fill; each sheet has a
 * frozen header row, a filter and columns as wide as their contents. The workbook holds no rule:
 * every cell is a figure of the report.
 *
 * <pre>{@code
 * Report r = Reports.assemble(dataset, "892", Optional.empty(), ReportOptions.defaults());
 * XlsxReport.write(r, Path.of("report.xlsx"));   // whole or not at all
 * byte[] xlsx = XlsxReport.render(r);            // the same bytes for the same report
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class XlsxReport {

    private XlsxReport() {}

    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Scorecard", "Exceptions", "Actions", "Series");

    private static final int MAX_WIDTH = 60;

    /** Excel keeps 15 significant digits of a number: a value is stored exactly to those. */
    private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

    /** The creation time FastExcel stamps on the workbook, removed so the same report gives the same bytes. */
    private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");

    /** Every entry of the package is dated the earliest date a zip file can hold. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /**
     * The report as the bytes of an xlsx file.
     *
     * @param report the report, not null
     * @return the workbook
     */
    public static byte[] render(Report report) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 16);
            writeWorkbook(report, raw);
            return normalised(raw.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    /**
     * Writes the report as an xlsx file, whole or not at all (through {@link AtomicOutput}).
     *
     * @param report the report, not null
     * @param target the file
     * @throws IOException if it cannot be written; whatever was at the path is then untouched
     */
    public static void write(Report report, Path target) throws IOException {
        byte[] bytes = render(report);
        AtomicOutput.writeFile(target, out -> out.write(bytes));
    }

    private static void writeWorkbook(Report report, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Outturn", "0.1");
        wb.properties().setTitle(report.cover().planName());
        scorecard(new Sheet(wb.newWorksheet(SHEETS.get(0))), report);
        exceptions(new Sheet(wb.newWorksheet(SHEETS.get(1))), report);
        actions(new Sheet(wb.newWorksheet(SHEETS.get(2))), report);
        series(new Sheet(wb.newWorksheet(SHEETS.get(3))), report);
        wb.finish();
    }

    private static void scorecard(Sheet s, Report report) throws IOException {
        s.header(
                "Theme",
                "Priority",
                "Measure",
                "Period",
                "Value",
                "Target",
                "Target upper",
                "Status",
                "Short term",
                "Long term",
                "England",
                "Against England",
                "Region",
                "Against region",
                "Neighbours",
                "Against neighbours",
                "Rank",
                "Of",
                "Quartile",
                "Commentary",
                "Reason",
                "Policy");
        for (Section sec : report.sections()) {
            for (Part part : sec.parts()) {
                for (ScorecardRow r : part.scorecard()) {
                    Indicator i = r.indicator();
                    IndicatorAssessment a = r.result().assessment();
                    Optional<Comparison> neighbours = r.result().neighbours().map(g -> g.comparison());
                    s.next();
                    s.text(sec.name());
                    s.text(part.name());
                    s.text(i.name());
                    s.text(r.period().toString());
                    s.value(r.value(), i);
                    s.value(a.targetValue().or(a::targetLower), i);
                    s.value(a.targetUpper(), i);
                    s.status(Optional.of(a.status()));
                    s.text(View.direction(r.result().shortTerm()));
                    s.text(View.direction(r.result().longTerm()));
                    for (Optional<Comparison> c : List.of(r.result().england(), r.region(), neighbours)) {
                        s.value(c.flatMap(Comparison::comparatorValue), i);
                        s.text(View.judgement(c));
                    }
                    s.count(r.result().rank().map(k -> k.rank()));
                    s.count(r.result().rank().map(k -> k.of()));
                    s.text(View.quartile(r.result()));
                    s.text(r.commentary().orElse(""));
                    s.text(a.reason());
                    s.text(a.policyReference());
                }
            }
        }
        s.finish();
    }

    private static void exceptions(Sheet s, Report report) throws IOException {
        s.header("Measure or action", "Kind", "Period", "Status", "Reasons", "Why", "Commentary", "Policy");
        for (Concern e : report.exceptions()) {
            s.next();
            s.text(e.name());
            s.text(e.subject() == Concern.Subject.ACTION ? "Action" : "Measure");
            s.text(e.period().toString());
            s.status(e.status());
            s.text(e.reasons().stream().map(View::reason).collect(Collectors.joining("; ")));
            s.text(String.join(" ", e.sentences()));
            s.text(e.commentary().orElse(""));
            s.text(e.policyReference());
        }
        s.finish();
    }

    private static void actions(Sheet s, Report report) throws IOException {
        List<String> head = new ArrayList<>(List.of("Theme", "Priority", "Period", "Actions"));
        View.STATUSES.forEach(st -> head.add(View.statusWord(st)));
        View.STATUSES.forEach(st -> head.add(View.statusWord(st) + " %"));
        head.addAll(List.of("Total", "Policy"));
        s.header(head.toArray(String[]::new));
        report.summary().actions().ifPresent(a -> actionRow(s, "The whole plan", "", a));
        for (Section sec : report.sections()) {
            sec.actions().ifPresent(a -> actionRow(s, sec.name(), "", a));
            for (Part part : sec.parts()) {
                part.actions().ifPresent(a -> actionRow(s, sec.name(), part.name(), a));
            }
        }
        s.finish();
    }

    private static void actionRow(Sheet s, String theme, String priority, ActionSummary a) {
        RagDistribution d = a.distribution();
        s.next();
        s.text(theme);
        s.text(priority);
        s.text(a.period().toString());
        s.count(Optional.of(a.actionCount()));
        for (Status st : View.STATUSES) {
            s.number(exact(d.count(st)), d.countDecimals(), false);
        }
        for (Status st : View.STATUSES) {
            s.number(d.displayedPercentage(st), d.percentageDecimals(), true);
        }
        s.number(exact(d.overallTotal()), d.countDecimals(), false);
        s.text(d.policyReference());
    }

    private static void series(Sheet s, Report report) throws IOException {
        s.header(
                "Measure",
                "Period",
                "Value",
                "Region",
                "Neighbours' average",
                "England",
                "Target",
                "Target upper",
                "Commentary");
        for (Section sec : report.sections()) {
            for (Part part : sec.parts()) {
                for (ScorecardRow r : part.scorecard()) {
                    Indicator i = r.indicator();
                    for (SeriesPoint p : r.series().points()) {
                        s.next();
                        s.text(i.name());
                        s.text(p.period().toString());
                        s.value(p.value(), i);
                        s.value(p.region(), i);
                        s.value(p.neighbourAverage(), i);
                        s.value(p.england(), i);
                        s.value(p.target().or(p::targetLower), i);
                        s.value(p.targetUpper(), i);
                        s.text(p.commentary().orElse(""));
                    }
                }
            }
        }
        s.finish();
    }

    /** A fraction of actions as a decimal, to more digits than Excel keeps: 13/3 is 4.33333333333333. */
    private static Optional<BigDecimal> exact(BigFraction f) {
        return Optional.of(f.bigDecimalValue(EXCEL.getPrecision() + 5, RoundingMode.HALF_EVEN));
    }

    /**
     * Excel's number format for so many decimal places: {@code #,##0.0}, with a literal "%" for a
     * percentage that is already in hundreds (92.9 shows as 92.9%, not 9290%). The "%" is escaped by a
     * backslash, not quoted: FastExcel writes the format into an XML attribute without escaping
     * quotes, which would make the workbook unreadable.
     */
    static String numberFormat(int places, boolean percent) {
        return "#,##0" + (places > 0 ? "." + "0".repeat(places) : "") + (percent ? "\\%" : "");
    }

    /** The fill of a status, the report's palette (report.css): fill and text colour. */
    static String[] statusColours(Status st) {
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
    private static byte[] normalised(byte[] xlsx) throws IOException {
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
    private static final class Sheet {
        private final Worksheet ws;
        private final List<Integer> widths = new ArrayList<>();
        private int row = -1;
        private int col;

        Sheet(Worksheet ws) {
            this.ws = ws;
        }

        void header(String... names) {
            next();
            for (String n : names) {
                ws.style(row, col).bold().fillColor("F2F2F2").set();
                text(n);
            }
            ws.freezePane(0, 1);
        }

        void next() {
            row++;
            col = 0;
        }

        void text(String t) {
            if (!t.isEmpty()) {
                ws.value(row, col, t);
            }
            fit(t.length());
        }

        void value(Optional<BigDecimal> v, Indicator i) {
            boolean percent = i.unit().map(u -> u.strip().equals("%")).orElse(false);
            cell(v, numberFormat(i.decimalPlaces(), percent), v.map(x -> View.value(x, i)));
        }

        void count(Optional<Integer> n) {
            cell(n.map(BigDecimal::valueOf), "0", n.map(String::valueOf));
        }

        void number(Optional<BigDecimal> v, int places, boolean percent) {
            cell(v, numberFormat(places, percent), v.map(x -> View.number(x, places) + (percent ? "%" : "")));
        }

        /** A numeric cell holding the exact value, shown by the format (as wide as {@code shown}). */
        private void cell(Optional<BigDecimal> v, String format, Optional<String> shown) {
            v.ifPresent(x -> {
                ws.value(row, col, x.round(EXCEL));
                ws.style(row, col).format(format).set();
            });
            fit(shown.map(String::length).orElse(0));
        }

        void status(Optional<Status> st) {
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

        void finish() throws IOException {
            for (int c = 0; c < widths.size(); c++) {
                ws.width(c, Math.min(MAX_WIDTH, widths.get(c) + 2));
            }
            ws.setAutoFilter(0, 0, widths.size() - 1);
            ws.finish();
        }
    }
}
