package io.github.outturn.cli;

import io.github.outturn.finance.BudgetAssessment;
import io.github.outturn.finance.Finance;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.finance.FinanceScope;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingProgress;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.finance.SavingsSummary;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.report.XlsxFinance;
import io.github.outturn.validation.DatasetValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn finance DATASET [--period P] [--portfolio NAME] [--policy FILE] [--format
 * text|json|csv|xlsx] [-o FILE]}: the budget position (each
 * service's variance and status, the portfolio and council roll-ups, movement since the previous
 * forecast) and the savings programme, as the library's {@link Finance#report} gives them.
 */
@Command(
        name = "finance",
        mixinStandardHelpOptions = true,
        description = "Shows the resources position: each budget line's forecast outturn against its budget with a"
                + " status and the reason, roll-ups by portfolio and for the council, movement since the previous"
                + " forecast, and the savings programme.")
final class FinanceCommand implements Callable<Integer> {

    /** The columns of {@code --format csv}: budget rows, then saving rows, then savings roll-ups. */
    static final List<String> CSV_HEADER = List.of(
            "section",
            "scope",
            "portfolio",
            "name",
            "period",
            "kind",
            "cash_limit",
            "currency",
            "budget",
            "forecast",
            "actual",
            "variance",
            "percent_of_budget",
            "required",
            "delivered",
            "shortfall",
            "status",
            "significant_underspend",
            "movement",
            "reason",
            "movement_reason",
            "commentary",
            "policy");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file or a CSV folder.")
    Path dataset;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period the forecasts were made at, such as \"2016/17 Q1\"; default: the latest.")
    String period;

    @Option(
            names = "--portfolio",
            paramLabel = "NAME",
            description = "Only this portfolio (no council totals); default: every portfolio and the council.")
    String portfolio;

    /** The forms the resources position is written in. */
    enum Form {
        /** Aligned tables for a person at a terminal. */
        text,
        /** io-json's result form of the FinanceReport. */
        json,
        /** One row per budget, saving and programme, RFC 4180. */
        csv,
        /** An Excel workbook: Budgets, Savings and Savings programme sheets (needs -o). */
        xlsx
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "${COMPLETION-CANDIDATES}; xlsx writes a workbook to the file given by -o."
                    + " Default: ${DEFAULT-VALUE}.")
    Form format = Form.text;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file (whole or not at all) instead of the terminal; needed for xlsx.")
    Path outputFile;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A finance policy in JSON (see docs/finance.md); default " + FinancePolicy.DEFAULT_ID + "@"
                    + FinancePolicy.DEFAULT_VERSION + ".")
    Path policyFile;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        if (format == Form.xlsx && outputFile == null) {
            throw usage("--format xlsx writes a workbook: give the file with -o FILE");
        }
        FinancePolicy policy =
                PolicyOptions.read(policyFile, FinancePolicy.defaults(), OutturnJson.standard()::readFinancePolicy);
        Dataset ds = input.readValid(
                dataset, spec.commandLine().getErr(), DatasetValidator.create().withFinancePolicy(policy));
        ReportingPeriod p = period == null
                ? Finance.latestPeriod(ds)
                        .orElseThrow(() -> usage("the dataset has no budget lines or savings to report"))
                : new Selection(ds, spec).period("--period", period);
        if (portfolio != null && !portfolios(ds).contains(portfolio)) {
            throw usage("--portfolio: no budget line or saving is for \"" + portfolio + "\"; the portfolios are "
                    + String.join(", ", portfolios(ds)));
        }
        FinanceReport report =
                portfolio == null ? Finance.report(ds, p, policy) : Finance.report(ds, p, portfolio, policy);
        if (format == Form.xlsx) {
            XlsxFinance.write(report, policy, outputFile);
            spec.commandLine()
                    .getOut()
                    .println("Wrote " + outputFile + ": "
                            + report.allBudgets().size() + " budgets, "
                            + report.savingItems().size() + " savings at " + report.period() + ".");
        } else if (outputFile != null) {
            StringWriter text = new StringWriter();
            try (PrintWriter w = new PrintWriter(text)) {
                print(report, policy, format, w);
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            AtomicOutput.writeFile(outputFile, out -> out.write(bytes));
        } else {
            print(report, policy, format, spec.commandLine().getOut());
        }
        return Outturn.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static Set<String> portfolios(Dataset ds) {
        Set<String> names = new LinkedHashSet<>();
        ds.budgetLines().forEach(l -> names.add(l.portfolio()));
        ds.savings().forEach(s -> names.add(s.portfolio()));
        return names;
    }

    /**
     * Prints a report in a text form: the library's result as JSON, rows as CSV, or tables as text
     * with amounts shown as the policy says.
     */
    static void print(FinanceReport r, FinancePolicy policy, Form format, PrintWriter out) {
        switch (format) {
            case json -> new OutputOptions().json(out, r);
            case csv -> csv(r, out);
            default -> text(r, policy, out);
        }
    }

    private static void csv(FinanceReport r, PrintWriter out) {
        Csv.row(out, CSV_HEADER);
        for (BudgetAssessment a : r.allBudgets()) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", "budget");
            row.put("scope", Codes.of(a.scope()));
            row.put("portfolio", a.portfolio().orElse(""));
            row.put("name", a.name());
            row.put("period", a.period());
            row.put("kind", Codes.of(a.kind()));
            row.put("cash_limit", a.cashLimit());
            row.put("currency", a.budget().currency());
            row.put("budget", plain(a.budget()));
            row.put("forecast", plain(a.forecast()));
            row.put("actual", a.actual().map(FinanceCommand::plain).orElse(""));
            row.put("variance", plain(a.variance()));
            row.put(
                    "percent_of_budget",
                    a.percentOfBudget().map(x -> x.toPlainString()).orElse(""));
            row.put("status", Codes.of(a.status()));
            row.put("significant_underspend", a.significantUnderspend());
            row.put("movement", a.movement().map(FinanceCommand::plain).orElse(""));
            row.put("reason", a.reason());
            row.put("movement_reason", a.movementReason().orElse(""));
            row.put("commentary", a.commentary().orElse(""));
            row.put("policy", a.policyReference());
            csvRow(out, row);
        }
        for (SavingProgress p : r.savingItems()) {
            Saving s = p.saving();
            Map<String, Object> row = savingsRow(
                    "saving",
                    "saving",
                    s.portfolio(),
                    s.reference() + " " + s.title(),
                    s.period(),
                    s.required(),
                    s.forecast(),
                    p.shortfall(),
                    p.policyReference());
            row.put("delivered", s.delivered().map(FinanceCommand::plain).orElse(""));
            row.put("status", Codes.of(s.status()));
            row.put(
                    "movement",
                    p.previousForecast()
                            .map(was -> plain(s.forecast().minus(was)))
                            .orElse(""));
            row.put("reason", p.reason());
            row.put("commentary", s.commentary().orElse(""));
            csvRow(out, row);
        }
        for (SavingsSummary s : r.allSavings()) {
            Map<String, Object> row = savingsRow(
                    "savings",
                    Codes.of(s.scope()),
                    s.scope() == FinanceScope.PORTFOLIO ? s.name() : "",
                    s.name(),
                    s.period(),
                    s.required(),
                    s.forecast(),
                    s.shortfall(),
                    s.policyReference());
            row.put("delivered", plain(s.delivered()));
            row.put("movement", s.movement().map(FinanceCommand::plain).orElse(""));
            row.put("reason", s.reason());
            row.put("movement_reason", s.movementReason().orElse(""));
            csvRow(out, row);
        }
    }

    private static Map<String, Object> savingsRow(
            String section,
            String scope,
            String portfolio,
            String name,
            ReportingPeriod period,
            Money required,
            Money forecast,
            Money shortfall,
            String policy) {
        Map<String, Object> row = new HashMap<>();
        row.put("section", section);
        row.put("scope", scope);
        row.put("portfolio", portfolio);
        row.put("name", name);
        row.put("period", period);
        row.put("currency", required.currency());
        row.put("required", plain(required));
        row.put("forecast", plain(forecast));
        row.put("shortfall", plain(shortfall));
        row.put("policy", policy);
        return row;
    }

    /** One row of {@link #CSV_HEADER}, each cell taken by its column's name, empty where not given. */
    private static void csvRow(PrintWriter out, Map<String, Object> cells) {
        Csv.row(out, CSV_HEADER.stream().map(c -> cells.getOrDefault(c, "")).toList());
    }

    private static String plain(Money m) {
        return m.amount().toPlainString();
    }

    private static void text(FinanceReport r, FinancePolicy shown, PrintWriter out) {
        out.println("Resources at " + r.period()
                + r.portfolio().map(p -> " · " + p).orElse("") + " · policy " + r.policyReference());
        out.println("Figures shown: " + r.displayRounding() + ".");
        List<BudgetAssessment> budgets = r.allBudgets();
        if (budgets.isEmpty()) {
            out.println("No budget lines for " + r.period() + ".");
        } else {
            out.println();
            TextTable t = new TextTable("Budget", "Budget", "Forecast", "Variance", "% of budget", "Status");
            for (BudgetAssessment a : budgets) {
                t.row(
                        label(a),
                        shown.display(a.budget()),
                        shown.display(a.forecast()),
                        shown.display(a.variance()),
                        a.percentOfBudget().map(x -> x.toPlainString() + "%").orElse("-"),
                        a.status() + (a.significantUnderspend() ? " (underspend)" : ""));
            }
            t.print(out);
            if (budgets.stream().anyMatch(a -> !a.cashLimit())) {
                out.println("* outside the cash limit: judged apart from it, and not in the totals above it");
            }
            out.println();
            for (BudgetAssessment a : budgets) {
                out.println("  " + label(a) + ": " + a.reason());
                a.movementReason().ifPresent(m -> out.println("      " + capital(m) + "."));
                a.commentary().ifPresent(c -> out.println("      Note: " + c));
            }
        }
        if (r.savingItems().isEmpty()) {
            return;
        }
        out.println();
        out.println("Savings programme");
        TextTable t = new TextTable("Saving", "Portfolio", "Required", "Forecast", "Shortfall", "Status", "Risk");
        for (SavingProgress p : r.savingItems()) {
            Saving s = p.saving();
            t.row(
                    s.reference() + " " + s.title(),
                    s.portfolio(),
                    shown.display(s.required()),
                    shown.display(s.forecast()),
                    shown.display(p.shortfall()),
                    s.status(),
                    s.risk().map(Codes::of).orElse(""));
        }
        t.print(out);
        out.println();
        for (SavingProgress p : r.savingItems()) {
            out.println("  " + p.saving().reference() + ": " + p.reason());
        }
        out.println();
        List<SavingsSummary> summaries = r.allSavings();
        TextTable s = new TextTable(
                "Programme", "Required", "Forecast", "Delivered", "Shortfall", "Blue", "Green", "Amber", "Red");
        for (SavingsSummary x : summaries) {
            s.row(Stream.concat(
                            Stream.of(
                                    x.name(),
                                    shown.display(x.required()),
                                    shown.display(x.forecast()),
                                    shown.display(x.delivered()),
                                    shown.display(x.shortfall())),
                            Arrays.stream(SavingStatus.values())
                                    .map(st -> x.countByStatus().get(st) + " ("
                                            + shown.display(x.valueByStatus().get(st)) + ")"))
                    .toArray());
        }
        s.print(out);
        out.println();
        for (SavingsSummary x : summaries) {
            out.println("  " + x.name() + ": " + x.reason());
            x.movementReason().ifPresent(m -> out.println("      " + capital(m) + "."));
        }
    }

    private static String label(BudgetAssessment a) {
        return switch (a.scope()) {
            case SERVICE -> a.portfolio().orElse("") + " / " + a.name() + (a.cashLimit() ? "" : " *");
            case PORTFOLIO -> a.name() + " (total)";
            case COUNCIL -> a.name() + (a.cashLimit() ? " (total)" : " * (total)");
        };
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
