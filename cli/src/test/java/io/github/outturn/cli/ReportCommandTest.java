package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code outturn report}: the file it writes, and its errors. */
class ReportCommandTest {

    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";
    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";

    @TempDir
    Path tmp;

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Outturn.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesTheReportOfAnArea() throws Exception {
        Path html = tmp.resolve("nottingham.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "report", NOTTINGHAM, "--area", "nottingham", "--detail", "-o", html.toString());
        assertThat(exit).as(err.toString()).isZero();
        // Six measures, each with a detail page; one needs attention (DTaP at 12 months, Red).
        assertThat(out.toString().strip())
                .isEqualTo("Wrote " + html + ": Nottingham, 6 measures, 1 needing attention, 6 detail pages.");
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">", "92.9%");
    }

    @Test
    void writesTheWorkbookWithFormatXlsx() throws Exception {
        Path xlsx = tmp.resolve("nottingham.xlsx");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "report", NOTTINGHAM, "--area", "892", "--format", "xlsx", "-o", xlsx.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Wrote " + xlsx + ": Nottingham, 6 measures");
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // Four sheets; DTaP's 92.9 is a number in the scorecard, not text.
        assertThat(parts).containsKeys("xl/workbook.xml", "xl/worksheets/sheet4.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("Scorecard", "Exceptions", "Actions", "Series");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<v>92.9</v>");
    }

    @Test
    void writesTheResourcesUnderAFinancePolicy() throws Exception {
        // Red only past both 2% and £500,000: special guardianship's £350k (19.4%) is then Amber.
        Path policy = tmp.resolve("finance-policy.json");
        Files.writeString(
                policy,
                "{\"id\": \"stockport-2016\", \"version\": \"1\", \"amberAmount\": 500000, \"breach\": \"both-limits\"}");
        Path html = tmp.resolve("stockport.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(
                out,
                err,
                "report",
                "../examples/data/stockport-resources-2016.json",
                "--finance-policy",
                policy.toString(),
                "-o",
                html.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("resources at 2016/17 Q1.");
        assertThat(Files.readString(html, StandardCharsets.UTF_8))
                .contains("stockport-2016@1")
                .contains("projected overspend of £350k (19.4% of the £1.8m budget): AMBER");
    }

    @Test
    void writesThePlanOfActionsWithoutAnArea() throws Exception {
        Path html = tmp.resolve("rotherham.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "report", ROTHERHAM, "--period", "2013/14 H2", "-o", html.toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Actions by status, 2013/14 H2");
    }

    @Test
    void anUnknownAreaIsAUsageErrorAndWritesNothing() {
        Path html = tmp.resolve("none.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "report", NOTTINGHAM, "--area", "Atlantis", "-o", html.toString());
        assertThat(exit).isEqualTo(Outturn.USAGE);
        assertThat(err.toString()).contains("--area").doesNotContain("Exception");
        assertThat(html).doesNotExist();
    }

    @Test
    void theOutputIsRequired() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "report", NOTTINGHAM)).isEqualTo(Outturn.USAGE);
        assertThat(err.toString()).contains("--output");
    }
}
