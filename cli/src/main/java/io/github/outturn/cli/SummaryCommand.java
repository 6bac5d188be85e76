package io.github.outturn.cli;

import io.github.outturn.io.Codes;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.CountingMethod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PeriodComparison;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.RagDistribution;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.numbers.fraction.BigFraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outturn summary DATASET}: the action RAG distribution per priority, per theme and for the
 * plan, with the movement between two periods.
 */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Counts the plan's actions by RAG status per priority, per theme and for the plan"
                + " (exact fractional weights), with the movement from an earlier review period.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file or a CSV folder with actions.")
    Path dataset;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The review period, such as \"2014/15 H1\"; default: the latest with ratings.")
    String period;

    @Option(
            names = "--counting",
            paramLabel = "METHOD",
            description = "fractional (1/k in each of k priorities, the default), full or primary.")
    CountingMethod counting;

    @Option(
            names = "--compare",
            paramLabel = "P2",
            description = "An earlier review period: show how many actions moved between statuses since.")
    String compare;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    PolicyOptions policy;

    /** The whole result, as {@code --format json} prints it. */
    record Result(PlanSummary summary, Optional<PeriodComparison> movement) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        if (ds.getActions().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), dataset + " has no actions to summarise (an action register is needed)");
        }
        Selection select = new Selection(ds, spec);
        RatingPolicy rating = policy.rating();
        if (counting != null) {
            rating =
                    RatingPolicy.builder().from(rating).countingMethod(counting).build();
        }
        List<ReportingPeriod> reviews = ds.getActionUpdates().stream()
                .map(ActionUpdate::getPeriod)
                .distinct()
                .sorted()
                .toList();
        ReportingPeriod p = period != null ? reviewed(select, "--period", period, reviews) : latestReview(reviews);
        PlanSummary summary = ActionSummaries.summarise(ds, p, rating);
        Optional<PeriodComparison> movement = compare == null
                ? Optional.empty()
                : Optional.of(ActionSummaries.compare(ds, reviewed(select, "--compare", compare, reviews), p, rating));
        Result result = new Result(summary, movement);
        switch (output.format) {
            case json -> output.json(out, result);
            case csv -> csv(out, ds, summary, movement);
            default -> text(out, ds, summary, movement);
        }
        return Outturn.OK;
    }

    private ReportingPeriod latestReview(List<ReportingPeriod> reviews) {
        if (reviews.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), dataset + " has no action ratings: nothing to summarise");
        }
        return reviews.get(reviews.size() - 1);
    }

    /** A review period asked for, or a usage error when no action is rated in it. */
    private static ReportingPeriod reviewed(
            Selection select, String option, String label, List<ReportingPeriod> reviews) {
        ReportingPeriod p = select.period(option, label);
        if (!reviews.contains(p)) {
            throw select.noData(option, label, "action ratings", reviews);
        }
        return p;
    }

    /** The statuses worth a column: the denominator's, and any other with a count anywhere. */
    private static Set<Status> columns(PlanSummary summary) {
        Set<Status> shown = EnumSet.noneOf(Status.class);
        RagDistribution plan = summary.getPlan().getDistribution();
        for (Status s : Status.values()) {
            if (plan.getCount(s).signum() != 0
                    || (s != Status.BLUE && plan.getDenominatorStatuses().contains(s))) {
                shown.add(s);
            }
        }
        return shown;
    }

    private static List<Object> cells(String scope, String name, ActionSummary a, Set<Status> statuses) {
        RagDistribution d = a.getDistribution();
        List<Object> row = new ArrayList<>(List.of(
                scope, name, a.getActionCount(), d.getDisplayedOverallTotal().toPlainString()));
        for (Status s : statuses) {
            row.add(d.getDisplayedCount(s).toPlainString());
        }
        for (Status s : statuses) {
            if (d.getDenominatorStatuses().contains(s)) {
                row.add(d.getDisplayedPercentage(s)
                        .map(v -> v.toPlainString() + "%")
                        .orElse("-"));
            }
        }
        return row;
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private void text(PrintWriter out, Dataset ds, PlanSummary summary, Optional<PeriodComparison> movement) {
        String plan = ds.getPlan().map(pl -> pl.getName()).orElse("The plan");
        out.println(plan + ": actions rated in " + summary.getPeriod() + " (" + Codes.of(summary.getCountingMethod())
                + " counting, policy " + summary.getPolicyReference() + ")");
        out.println();
        Set<Status> statuses = columns(summary);
        List<String> header = new ArrayList<>(List.of("Scope", "Name", "Linked", "Weighted"));
        statuses.forEach(s -> header.add(title(s)));
        RagDistribution planDistribution = summary.getPlan().getDistribution();
        statuses.stream()
                .filter(planDistribution.getDenominatorStatuses()::contains)
                .forEach(s -> header.add(title(s) + " %"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Priority priority : ds.getPriorities()) {
            ActionSummary a = summary.getPriorities().get(priority.getId());
            if (a != null) {
                table.row(cells(priority.getId(), shorten(priority.getName(), 40), a, statuses)
                        .toArray());
            }
        }
        for (Theme theme : ds.getThemes()) {
            ActionSummary a = summary.getThemes().get(theme.getId());
            if (a != null) {
                table.row(cells("theme " + theme.getId(), shorten(theme.getName(), 40), a, statuses)
                        .toArray());
            }
        }
        table.row(
                cells("Plan", "every action once", summary.getPlan(), statuses).toArray());
        table.print(out);
        if (summary.getCountingMethod() == CountingMethod.FULL) {
            out.println();
            out.println("Full counting: an action counts once in every priority it serves, so the priorities add"
                    + " up to more than the plan.");
        }
        movement.ifPresent(m -> movement(out, ds, m));
    }

    private static String title(Status s) {
        String code = Codes.of(s).replace('-', ' ');
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private static String count(BigFraction f) {
        return f.bigDecimalValue(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private void movement(PrintWriter out, Dataset ds, PeriodComparison m) {
        out.println();
        out.println("Movement from " + m.getEarlier() + " to " + m.getLater() + " (rows: " + m.getEarlier()
                + ", columns: " + m.getLater() + ")");
        out.println();
        MovementMatrix plan = m.getPlan();
        List<Status> used = new ArrayList<>();
        for (Status s : Status.values()) {
            if (plan.getFromTotal(s).signum() != 0 || plan.getToTotal(s).signum() != 0) {
                used.add(s);
            }
        }
        List<String> header = new ArrayList<>(List.of("From \\ to"));
        used.forEach(s -> header.add(title(s)));
        header.add("Total");
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Status from : used) {
            List<Object> row = new ArrayList<>(List.of(title(from)));
            for (Status to : used) {
                row.add(count(plan.get(from, to)));
            }
            row.add(count(plan.getFromTotal(from)));
            table.row(row.toArray());
        }
        table.print(out);
        out.println();
        for (Map.Entry<String, MovementMatrix> e : m.getPriorities().entrySet()) {
            MovementMatrix pm = e.getValue();
            BigFraction total = BigFraction.ZERO;
            for (Status s : Status.values()) {
                total = total.add(pm.getFromTotal(s));
            }
            out.println(e.getKey() + ": " + count(pm.getChanged()) + " of " + count(total) + " changed status"
                    + improvedText(pm));
        }
        out.println("Plan: " + count(plan.getChanged()) + " of "
                + ds.getActions().size() + " actions changed status" + improvedText(plan));
    }

    /** ", 3 to green from amber or red" style detail of the movement into GREEN. */
    private static String improvedText(MovementMatrix m) {
        BigFraction toGreen = m.get(Status.AMBER, Status.GREEN).add(m.get(Status.RED, Status.GREEN));
        BigFraction toRed = m.get(Status.GREEN, Status.RED).add(m.get(Status.AMBER, Status.RED));
        return " (" + count(toGreen) + " up to Green, " + count(toRed) + " down to Red)";
    }

    /**
     * One row per priority, theme and the plan: its name, counts and percentages per status, and,
     * with --compare, the earlier period, how many changed status and the movement table's cells
     * ({@code green_to_amber}: weighted actions Green then and Amber now).
     */
    private static void csv(PrintWriter out, Dataset ds, PlanSummary summary, Optional<PeriodComparison> movement) {
        List<Object> header = new ArrayList<>(List.of("scope", "scope_id", "name", "period", "actions"));
        for (Status s : Status.values()) {
            header.add(column(s));
        }
        for (Status s : Status.values()) {
            header.add(column(s) + "_pct");
        }
        header.add("policy");
        if (movement.isPresent()) {
            header.addAll(List.of("compared_with", "changed"));
            for (Status from : Status.values()) {
                for (Status to : Status.values()) {
                    header.add(column(from) + "_to_" + column(to));
                }
            }
        }
        Csv.row(out, header);
        for (Priority p : ds.getPriorities()) {
            Optional.ofNullable(summary.getPriorities().get(p.getId()))
                    .ifPresent(a -> csvRow(
                            out,
                            List.of("priority", p.getId(), p.getName()),
                            a,
                            movement,
                            m -> m.getPriorities().get(p.getId())));
        }
        for (Theme t : ds.getThemes()) {
            Optional.ofNullable(summary.getThemes().get(t.getId()))
                    .ifPresent(a -> csvRow(
                            out,
                            List.of("theme", t.getId(), t.getName()),
                            a,
                            movement,
                            m -> m.getThemes().get(t.getId())));
        }
        csvRow(
                out,
                List.of("plan", "", ds.getPlan().map(Plan::getName).orElse("")),
                summary.getPlan(),
                movement,
                PeriodComparison::getPlan);
    }

    /** A status as a CSV column: {@code not_rated}. */
    private static String column(Status s) {
        return Codes.of(s).replace('-', '_');
    }

    /**
     * A scope's row, with its movement when there is a comparison ({@code matrix} gives the scope's,
     * or null when the comparison has none for it: empty cells).
     */
    private static void csvRow(
            PrintWriter out,
            List<String> scope,
            ActionSummary a,
            Optional<PeriodComparison> movement,
            Function<PeriodComparison, MovementMatrix> matrix) {
        RagDistribution d = a.getDistribution();
        List<Object> row = new ArrayList<>(scope);
        row.add(a.getPeriod());
        row.add(a.getActionCount());
        for (Status s : Status.values()) {
            row.add(d.getDisplayedCount(s).toPlainString());
        }
        for (Status s : Status.values()) {
            row.add(d.getDisplayedPercentage(s).map(BigDecimal::toPlainString).orElse(""));
        }
        row.add(a.getPolicyReference());
        movement.ifPresent(m -> {
            row.add(m.getEarlier());
            MovementMatrix cells = matrix.apply(m);
            row.add(cells == null ? "" : count(cells.getChanged()));
            for (Status from : Status.values()) {
                for (Status to : Status.values()) {
                    row.add(cells == null ? "" : count(cells.get(from, to)));
                }
            }
        });
        Csv.row(out, row);
    }
}
