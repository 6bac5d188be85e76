package io.github.outturn.cli;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.Correction;
import io.github.outturn.summary.Discrepancy;
import io.github.outturn.summary.PrintedFigure;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.summary.ReconciliationReport;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outturn reconcile DATASET}: the printed figures checked; exit 1 on any disagreement. */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Checks the figures a report printed against each other and against the action register,"
                + " and names the single slipped figure that would make them agree. Exit 1 on any disagreement.")
final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file or a CSV folder with printed figures.")
    Path dataset;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    PolicyOptions policy;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        if (ds.reported().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), dataset + " has no printed figures (\"reported\") to reconcile");
        }
        RatingPolicy rating = policy.rating();
        List<Check> checks = new ArrayList<>();
        for (List<ReportedSummary> printed : groups(ds)) {
            ReconciliationReport among = Reconciliation.reconcile(printed, rating);
            ReconciliationReport withData = Reconciliation.reconcile(printed, ds, rating);
            checks.add(new Check(among, withData.againstData() ? Optional.of(withData) : Optional.empty()));
        }
        switch (output.format) {
            case json -> output.json(out, checks);
            case csv -> csv(out, checks);
            default -> text(out, checks);
        }
        return checks.stream().allMatch(Check::isConsistent) ? Outturn.OK : Outturn.FINDINGS;
    }

    /**
     * One printed report checked twice: its figures against each other, and, when the action
     * register is rated for its period, against the register as well. The two can differ: figures
     * that agree among themselves once a slip is corrected may still disagree with the register.
     *
     * @param amongThemselves the printed figures against each other
     * @param againstRegister the printed figures against each other and the register
     */
    record Check(ReconciliationReport amongThemselves, Optional<ReconciliationReport> againstRegister) {
        boolean isConsistent() {
            return amongThemselves.isConsistent()
                    && againstRegister.map(ReconciliationReport::isConsistent).orElse(true);
        }
    }

    /** The printed figures grouped by source and period, in the order they first appear. */
    private static List<List<ReportedSummary>> groups(Dataset ds) {
        Map<List<Object>, List<ReportedSummary>> groups = new LinkedHashMap<>();
        for (ReportedSummary s : ds.reported()) {
            groups.computeIfAbsent(List.of(s.source(), s.period()), k -> new ArrayList<>())
                    .add(s);
        }
        return new ArrayList<>(groups.values());
    }

    private static void text(PrintWriter out, List<Check> checks) {
        boolean first = true;
        for (Check c : checks) {
            if (!first) {
                out.println();
            }
            first = false;
            ReconciliationReport r = c.amongThemselves();
            out.println(r.source().orElse("Printed figures")
                    + r.period().map(p -> ", " + p).orElse("") + ": " + r.figureCount()
                    + " figures; counts printed to " + r.countDecimals() + " decimal"
                    + (r.countDecimals() == 1 ? "" : "s") + ", percentages to " + r.percentageDecimals()
                    + " (policy " + r.policyReference() + ")");
            out.println();
            section(out, "The printed figures against each other", r);
            c.againstRegister().ifPresent(withData -> {
                out.println();
                section(out, "The printed figures against the action register", withData);
            });
        }
    }

    private static void section(PrintWriter out, String title, ReconciliationReport r) {
        out.println(title + " (" + r.checkCount() + " checks): "
                + (r.isConsistent()
                        ? "CONSISTENT"
                        : "INCONSISTENT, " + r.discrepancies().size() + " disagreement"
                                + (r.discrepancies().size() == 1 ? "" : "s")));
        for (Discrepancy d : r.discrepancies()) {
            out.println("  " + d.getMessage());
        }
        if (r.isConsistent()) {
            return;
        }
        if (r.corrections().isEmpty()) {
            out.println("  No single changed figure makes them agree.");
        } else {
            out.println(
                    r.corrections().size() == 1
                            ? "  One changed figure makes them agree:"
                            : "  " + r.corrections().size() + " single changes make them agree, most plausible first:");
            int i = 1;
            for (Correction k : r.corrections()) {
                out.println("    " + i++ + ". " + k.getMessage());
            }
        }
    }

    /**
     * One line of the CSV: a disagreement or a correction found by one check of one printed report.
     *
     * @param report the report the check made
     * @param check {@code among-themselves} or {@code against-register}
     * @param kind {@code disagreement} or {@code correction}
     * @param figure the printed figure it is about
     * @param implied the figure the others imply, or the corrected figure
     * @param message the sentence saying it
     */
    private record Finding(
            ReconciliationReport report,
            String check,
            String kind,
            PrintedFigure figure,
            String implied,
            String message) {}

    /** The columns of {@code --format csv}, one row per disagreement and correction. */
    private static final Columns<Finding> CSV = Columns.<Finding>of()
            .add("source", f -> f.report().source().orElse(""))
            .add("period", f -> f.report().period().map(Object::toString).orElse(""))
            .add("check", Finding::check)
            .add("kind", Finding::kind)
            .add("figure", f -> f.figure().describe())
            .add("printed", f -> f.figure().printed().toPlainString())
            .add("implied", Finding::implied)
            .add("message", Finding::message);

    private static void csv(PrintWriter out, List<Check> checks) {
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) {
            findings(findings, "among-themselves", c.amongThemselves());
            c.againstRegister().ifPresent(r -> findings(findings, "against-register", r));
        }
        CSV.csv(out, findings);
    }

    private static void findings(List<Finding> findings, String check, ReconciliationReport r) {
        for (Discrepancy d : r.discrepancies()) {
            findings.add(new Finding(
                    r,
                    check,
                    "disagreement",
                    d.figure(),
                    d.impliedValue()
                            .map(v -> v.bigDecimalValue(3, RoundingMode.HALF_UP)
                                    .stripTrailingZeros()
                                    .toPlainString())
                            .orElse(""),
                    d.getMessage()));
        }
        for (Correction k : r.corrections()) {
            findings.add(new Finding(
                    r, check, "correction", k.figure(), k.corrected().toPlainString(), k.getMessage()));
        }
    }
}
