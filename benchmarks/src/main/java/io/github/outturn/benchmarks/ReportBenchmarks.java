package io.github.outturn.benchmarks;

import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Dataset;
import io.github.outturn.report.HtmlReport;
import io.github.outturn.report.Report;
import io.github.outturn.report.ReportOptions;
import io.github.outturn.report.Reports;
import io.github.outturn.report.XlsxReport;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The committee report of Lancashire (888) over every LAIT measure with a polarity, as the README's
 * command makes it: rendering (HTML, and the workbook) against computing its results (assembling the
 * {@link Report}: ratings, directions, comparisons, ranks, highlights, exceptions, series), in the
 * same run, on a loaded dataset. The goal (issue 17): rendering within 2x of computing. Also the HTML
 * with every measure's detail page, whose size a test of the report module checks.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ReportBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReportBenchmarks {

    private static final String AREA = "888";

    private Dataset lait;
    private Report report;
    private Report detailed;
    private final ReportOptions options = ReportOptions.defaults().withJudgedOnly(true);

    /** Loads the files and assembles the reports once, or stops with the reason. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        lait = LaitReader.read(LaitPipeline.folder()
                .orElseThrow(() -> new IllegalStateException("LAIT data absent: set -D" + LaitPipeline.LAIT_DIR_PROPERTY
                        + " to the folder; the report benchmarks are skipped")));
        report = Reports.assemble(lait, AREA, options);
        detailed = Reports.assemble(lait, AREA, options.withDetail(true));
    }

    /** Computing the results: the report assembled from the loaded dataset. */
    @Benchmark
    public Report assemble() {
        return Reports.assemble(lait, AREA, options);
    }

    /** Rendering the assembled report as HTML. */
    @Benchmark
    public String renderHtml() {
        return HtmlReport.render(report);
    }

    /** Rendering the assembled report as a workbook. */
    @Benchmark
    public byte[] renderXlsx() {
        return XlsxReport.render(report);
    }

    /** Computing the results with every measure's detail page (every authority ranked). */
    @Benchmark
    public Report assembleDetailed() {
        return Reports.assemble(lait, AREA, options.withDetail(true));
    }

    /** Rendering the report with every measure's detail page as HTML. */
    @Benchmark
    public String renderHtmlDetailed() {
        return HtmlReport.render(detailed);
    }
}
