package io.github.outturn.cli;

import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.report.HtmlReport;
import io.github.outturn.report.Report;
import io.github.outturn.report.ReportOptions;
import io.github.outturn.report.Reports;
import io.github.outturn.report.XlsxReport;
import io.github.outturn.validation.DatasetValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn report DATASET --area CODE [--period P] [--detail] [--format xlsx] -o report.html}: the
 * committee report as one self-contained HTML file, or as an Excel workbook (docs/report.md).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Writes the committee report of an area as one self-contained HTML file: executive summary,"
                + " action RAG distributions, the scorecard, exceptions, optional pages per measure, and the"
                + " methods; charts as inline SVG, printable on A4. Or, with --format xlsx, the scorecard,"
                + " exceptions, action summary and series as an Excel workbook. A dataset with budget lines or"
                + " savings gets a resources section (and sheets).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Option(
            names = "--area",
            paramLabel = "AREA",
            description =
                    "The area by code or name. Default: the dataset's own area; none for a plan of actions" + " alone.")
    String area;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period; default: each measure's latest for the area, and the latest action update.")
    String period;

    @Option(names = "--detail", description = "Add a page per measure: its series and every authority ranked.")
    boolean detail;

    /** The report's forms. */
    enum Form {
        /** One self-contained HTML file. */
        html,
        /** An Excel workbook: Scorecard, Exceptions, Actions and Series sheets. */
        xlsx
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "html",
            description = "The report's form: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Form format;

    @Option(
            names = "--judged-only",
            description = "Leave out measures with no polarity (neither higher nor lower is better).")
    boolean judgedOnly;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The file to write (written whole or not at all).")
    Path output;

    @Mixin
    ReportPolicies policies;

    @Option(
            names = "--finance-policy",
            paramLabel = "FILE",
            description = "A finance policy in JSON for the resources section (see docs/finance.md); default "
                    + FinancePolicy.DEFAULT_ID + "@" + FinancePolicy.DEFAULT_VERSION + ".")
    Path financePolicy;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ReportOptions options = ReportOptions.defaults()
                .withPolicies(policies.highlight(), policies.rating(), policies.benchmark())
                .withDetail(detail)
                .withJudgedOnly(judgedOnly)
                .withFinancePolicy(PolicyOptions.read(
                        financePolicy, FinancePolicy.defaults(), OutturnJson.standard()::readFinancePolicy));
        Dataset ds = input.readValid(
                dataset,
                spec.commandLine().getErr(),
                DatasetValidator.create().withFinancePolicy(options.financePolicy()));
        Selection select = new Selection(ds, spec);
        ReportingPeriod p = period == null ? null : select.period("--period", period);
        Report report;
        if (area == null && ds.indicators().isEmpty()) {
            report = p == null ? Reports.assemble(ds, options) : Reports.assemble(ds, p, options);
        } else {
            String code = select.area(area);
            report = p == null ? Reports.assemble(ds, code, options) : Reports.assemble(ds, code, p, options);
        }
        switch (format) {
            case html -> HtmlReport.write(report, output);
            case xlsx -> XlsxReport.write(report, output);
        }
        out.println("Wrote " + output + ": " + report.cover().areaName().orElse("the plan's actions") + ", "
                + report.sections().stream()
                        .flatMap(s -> s.parts().stream())
                        .mapToInt(x -> x.scorecard().size())
                        .sum()
                + " measures, " + report.exceptions().size() + " needing attention, "
                + report.details().size()
                + " detail pages"
                + report.resources()
                        .map(r -> ", resources at " + r.finance().period())
                        .orElse("")
                + ".");
        return Outturn.OK;
    }
}
