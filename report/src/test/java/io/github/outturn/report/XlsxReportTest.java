package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Status;
import io.github.outturn.report.Report.ScorecardRow;
import io.github.outturn.report.Workbooks.Table;
import io.github.outturn.report.impl.View;
import io.github.outturn.report.impl.Xlsx;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook read back with another library (fastexcel-reader) and checked cell by cell. */
class XlsxReportTest {

    private static Table sheet(byte[] xlsx, String name) throws IOException {
        return Workbooks.sheet(xlsx, name);
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        return Workbooks.parts(xlsx);
    }

    private static final String DTAP = "DTaP/IPV/Hib immunisation take-up at 12 months";

    @Test
    void nottinghamScorecardHoldsTheMinutesFigures() throws IOException {
        Table t = sheet(XlsxReport.render(Examples.nottingham()), "Scorecard");
        Row row = t.row("Measure", DTAP);
        // Nottingham's 2014/15 figures as the committee saw them: 92.9% against a target of 95.0%,
        // England 94.2%, East Midlands 94.8%, statistical neighbours 93.6%, 7th of 10, all worse.
        assertThat(t.text(row, "Period")).isEqualTo("2014/15");
        assertThat(t.number(row, "Value")).isEqualByComparingTo("92.9");
        assertThat(t.cell(row, "Value").getDataFormatString()).isEqualTo("#,##0.0\\%");
        assertThat(t.number(row, "Target")).isEqualByComparingTo("95.0");
        assertThat(t.text(row, "Status")).isEqualTo("Red");
        assertThat(t.number(row, "England")).isEqualByComparingTo("94.2");
        assertThat(t.number(row, "Region")).isEqualByComparingTo("94.8");
        // The neighbours' average, 842.8 / 9, kept to Excel's 15 digits and shown as 93.6%.
        assertThat(t.number(row, "Neighbours")).isEqualByComparingTo("93.6444444444444");
        assertThat(List.of(
                        t.text(row, "Against England"),
                        t.text(row, "Against region"),
                        t.text(row, "Against neighbours")))
                .containsExactly("worse", "worse", "worse");
        assertThat(t.number(row, "Rank")).isEqualByComparingTo("7");
        assertThat(t.number(row, "Of")).isEqualByComparingTo("10");
        assertThat(t.text(row, "Reason")).contains("92.9%", "95.0%").endsWith("RED");
    }

    @Test
    void everyScorecardRowIsTheReportsFigures() throws IOException {
        Report report = Examples.nottingham();
        Table t = sheet(XlsxReport.render(report), "Scorecard");
        List<ScorecardRow> rows = report.sections().stream()
                .flatMap(s -> s.parts().stream())
                .flatMap(p -> p.scorecard().stream())
                .toList();
        assertThat(t.rows()).hasSize(rows.size() + 1);
        for (int k = 0; k < rows.size(); k++) {
            ScorecardRow r = rows.get(k);
            Row row = t.rows().get(k + 1);
            assertThat(t.text(row, "Measure")).isEqualTo(r.indicator().name());
            assertThat(t.text(row, "Status"))
                    .isEqualTo(View.statusWord(r.result().assessment().status()));
            assertThat(Optional.ofNullable(t.number(row, "Value")))
                    .as(r.indicator().name())
                    .hasValueSatisfying(
                            v -> assertThat(v).isEqualByComparingTo(r.value().orElseThrow()));
        }
    }

    @Test
    void numbersAreNumericCellsNeverText() throws IOException {
        Pattern number = Pattern.compile("^-?[0-9][0-9,]*(\\.[0-9]+)?%?$");
        for (Report report : List.of(Examples.nottingham(), Examples.rotherham())) {
            byte[] xlsx = XlsxReport.render(report);
            int numeric = 0;
            for (String name : XlsxReport.SHEETS) {
                Table t = sheet(xlsx, name);
                for (Row row : t.rows().subList(1, t.rows().size())) {
                    for (Cell c : row) {
                        if (c == null) {
                            continue;
                        }
                        if (c.getType() == CellType.STRING) {
                            assertThat(c.asString())
                                    .as(name + " " + c.getAddress())
                                    .doesNotMatch(number);
                        } else if (c.getType() == CellType.NUMBER) {
                            numeric++;
                        }
                    }
                }
            }
            assertThat(numeric).isGreaterThan(10);
        }
    }

    @Test
    void rotherhamActionsAreCountedAsTheMinutesPrint() throws IOException {
        Table t = sheet(XlsxReport.render(Examples.rotherham()), "Actions");
        Row plan = t.row("Theme", "The whole plan");
        // The plan: 159 actions at the review of 2014/15 H1 (the minutes).
        assertThat(t.text(plan, "Period")).isEqualTo("2014/15 H1");
        assertThat(t.number(plan, "Total")).isEqualByComparingTo("159");
        // A whole count is shown whole (159, not 159.0); only a shared action's fraction gets decimals.
        assertThat(t.cell(plan, "Total").getDataFormatString()).isEqualTo("#,##0");
        // Priority 5 printed (4.3, 23.3, 2.3): actions shared three ways, 13/3, 70/3 and 7/3,
        // kept to Excel's 15 digits and shown at one decimal.
        Row five = t.rows().stream()
                .filter(r -> t.text(r, "Green").isEmpty()
                        && t.number(r, "Green") != null
                        && t.number(r, "Green").compareTo(new BigDecimal("4.33333333333333")) == 0)
                .findFirst()
                .orElseThrow();
        assertThat(t.number(five, "Amber")).isEqualByComparingTo("23.3333333333333");
        assertThat(t.number(five, "Red")).isEqualByComparingTo("2.33333333333333");
        assertThat(t.text(five, "Priority")).isNotEmpty();
        // Shares as the library rounds them, numbers shown with a literal "%".
        assertThat(t.cell(plan, "Green %").getType()).isEqualTo(CellType.NUMBER);
        assertThat(t.cell(plan, "Green %").getDataFormatString()).endsWith("\\%");
    }

    @Test
    void exceptionsAndSeriesAreTheReports() throws IOException {
        Report report = Examples.nottingham();
        byte[] xlsx = XlsxReport.render(report);
        Table e = sheet(xlsx, "Exceptions");
        assertThat(e.rows()).hasSize(report.exceptions().size() + 1);
        for (int k = 0; k < report.exceptions().size(); k++) {
            var c = report.exceptions().get(k);
            Row row = e.rows().get(k + 1);
            assertThat(e.text(row, "Measure or action")).isEqualTo(c.name());
            assertThat(e.text(row, "Why")).isEqualTo(String.join(" ", c.sentences()));
            assertThat(e.text(row, "Status"))
                    .isEqualTo(c.status().map(View::statusWord).orElse(""));
        }
        Table s = sheet(xlsx, "Series");
        List<Row> dtap =
                s.rows().stream().filter(r -> s.text(r, "Measure").equals(DTAP)).toList();
        assertThat(dtap).isNotEmpty();
        Row last = dtap.get(dtap.size() - 1);
        assertThat(s.text(last, "Period")).isEqualTo("2014/15");
        assertThat(s.number(last, "Value")).isEqualByComparingTo("92.9");
        assertThat(s.number(last, "England")).isEqualByComparingTo("94.2");
        assertThat(s.number(last, "Target")).isEqualByComparingTo("95.0");
    }

    @Test
    void headersAreFrozenFilteredAndColumnsFit() throws IOException {
        byte[] xlsx = XlsxReport.render(Examples.nottingham());
        Map<String, String> parts = parts(xlsx);
        for (int k = 1; k <= XlsxReport.SHEETS.size(); k++) {
            String xml = parts.get("xl/worksheets/sheet" + k + ".xml");
            assertThat(xml).as("sheet " + k).containsPattern("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"");
            assertThat(xml).containsPattern("<autoFilter ref=\"A1:[A-Z]+[0-9]+\"");
            assertThat(xml).containsPattern("<col [^>]*customWidth=\"true\"");
        }
        // The measure column fits the longest name (DTaP's 46 characters and more).
        String scorecard = parts.get("xl/worksheets/sheet1.xml");
        Matcher m =
                Pattern.compile("<col min=\"3\" max=\"3\" width=\"([0-9.]+)\"").matcher(scorecard);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(DTAP.length());
    }

    @Test
    void statusFillsAreTheReportsPalette() throws IOException {
        String css;
        try (InputStream in = HtmlReport.class.getResourceAsStream("impl/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> vars = new HashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+): #([0-9a-f]{6})").matcher(css);
        while (m.find()) {
            vars.put(m.group(1), m.group(2).toUpperCase(java.util.Locale.ROOT));
        }
        for (Status st : Status.values()) {
            String name = st.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            assertThat(Xlsx.statusColours(st)[0]).as(name).isEqualTo(vars.get(name));
        }
        String styles = parts(XlsxReport.render(Examples.nottingham())).get("xl/styles.xml");
        assertThat(styles).contains("B3261E");
    }

    @Test
    void theSameReportGivesTheSameBytesWrittenWhole(@TempDir Path dir) throws IOException {
        Report report = Examples.rotherham();
        byte[] first = XlsxReport.render(report);
        assertThat(XlsxReport.render(report)).isEqualTo(first);
        assertThat(parts(first).get("docProps/core.xml")).doesNotContain("dcterms:created");
        Path file = dir.resolve("report.xlsx");
        XlsxReport.write(report, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
