package io.github.outturn.cli;

import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.IndicatorRollups;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.ActionPolicy;
import io.github.outturn.summary.ActionProgress;
import io.github.outturn.summary.ActionSchedule;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.CountingMethod;
import io.github.outturn.summary.DuePeriodSummary;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PeriodComparison;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.ProgressState;
import io.github.outturn.summary.RagDistribution;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * plan, with the movement between two periods, and the indicator roll-up ({@link IndicatorRollups})
 * of the dataset's area when it has indicators.
 *
 * <p>It runs past 400 lines because it prints three tables (actions, movement, indicators), and its CSV
 * joins the action, movement and indicator rows into one table whose columns depend on what was asked.
 */
@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Counts the plan's actions by RAG status per priority, per theme and for the plan"
                + " (exact fractional weights), with the movement from an earlier review period; and the"
                + " area's indicators by status against target and direction of travel.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A JSON file or a CSV folder with actions, indicators or both.")
    Path dataset;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The review period, such as \"2014/15 H1\"; default: the latest with action ratings,"
                    + " and each indicator's latest for the area.")
    String period;

    @Option(
            names = "--area",
            paramLabel = "AREA",
            description = "The area whose indicators are rolled up, by code or name; default: the dataset's own.")
    String area;

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

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "The reporting date actions' due dates and milestones are judged on, such as"
                    + " 2017-03-31; default: the last day of the review period.")
    LocalDate asOf;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    PolicyOptions policy;

    /**
     * The whole result, as {@code --format json} prints it: the action summary when the dataset has
     * actions, the indicator roll-ups (plan, themes, priorities) when it has indicators.
     */
    record Result(
            Optional<PlanSummary> summary,
            Optional<PeriodComparison> movement,
            Optional<List<IndicatorRollup>> indicators,
            Optional<ActionDates> dates) {}

    /**
     * The actions against their dates, when any action has a due date, a completion date or
     * milestones: each dated action's progress on the reporting date and the actions and milestones
     * due in each period of the review period's kind.
     */
    record ActionDates(
            LocalDate asOf, String policy, List<ActionProgress> actions, List<DuePeriodSummary> duePeriods) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        if (ds.actions().isEmpty() && ds.indicators().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    dataset + " has no actions to summarise (an action register is needed) and no indicators");
        }
        Selection select = new Selection(ds, spec);
        RatingPolicy rating = policy.rating();
        if (counting != null) {
            rating =
                    RatingPolicy.builder().from(rating).countingMethod(counting).build();
        }
        Optional<PlanSummary> summary = Optional.empty();
        Optional<PeriodComparison> movement = Optional.empty();
        Optional<ActionDates> dates = Optional.empty();
        if (!ds.actions().isEmpty() || compare != null) {
            List<ReportingPeriod> reviews = ds.actionUpdates().stream()
                    .map(ActionUpdate::period)
                    .distinct()
                    .sorted()
                    .toList();
            ReportingPeriod p = period != null ? reviewed(select, "--period", period, reviews) : latestReview(reviews);
            summary = Optional.of(ActionSummaries.summarise(ds, p, rating));
            dates = dates(ds, p);
            movement = compare == null
                    ? Optional.empty()
                    : Optional.of(
                            ActionSummaries.compare(ds, reviewed(select, "--compare", compare, reviews), p, rating));
        }
        Optional<List<IndicatorRollup>> indicators = Optional.empty();
        if (area != null && ds.indicators().isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--area: " + dataset + " has no indicators to roll up for an area");
        }
        if (!ds.indicators().isEmpty()) {
            String code = select.area(area);
            Optional<ReportingPeriod> asked =
                    period == null ? Optional.empty() : Optional.of(select.period("--period", period));
            if (summary.isEmpty() && asked.isPresent()) {
                // Without actions the period is the indicators' alone: one without data is a usage error.
                List<ReportingPeriod> observed = select.observedPeriods(ds.indicators(), code);
                if (!observed.contains(asked.get())) {
                    throw select.noData("--period", period, "observations for " + select.areaName(code), observed);
                }
            }
            indicators = Optional.of(
                    asked.isPresent()
                            ? IndicatorRollups.of(ds, code, asked.get(), rating)
                            : IndicatorRollups.of(ds, code, rating));
        }
        Result result = new Result(summary, movement, indicators, dates);
        switch (output.format) {
            case json -> output.json(out, result);
            case csv -> csv(out, ds, result);
            default -> {
                summary.ifPresent(s -> text(out, ds, s, result.movement()));
                dates.ifPresent(d -> datesText(out, ds, d));
                if (summary.isPresent() && indicators.isPresent()) {
                    out.println();
                }
                indicators.ifPresent(r -> indicatorText(out, ds, select, r));
            }
        }
        return Outturn.OK;
    }

    /** The actions against their dates on --as-of or the review period's last day, if any action is dated. */
    private Optional<ActionDates> dates(Dataset ds, ReportingPeriod review) {
        boolean dated = !ds.milestones().isEmpty()
                || ds.actions().stream()
                        .anyMatch(
                                a -> a.dueDate().isPresent() || a.completedOn().isPresent());
        if (!dated) {
            return Optional.empty();
        }
        LocalDate on = asOf != null ? asOf : review.end();
        ActionPolicy policy = ActionPolicy.defaults();
        PeriodKind kind = review.kind() == PeriodKind.POOLED_YEARS || review.kind() == PeriodKind.ROLLING_YEAR
                ? PeriodKind.FINANCIAL_QUARTER
                : review.kind();
        List<ActionProgress> actions = ActionSchedule.progress(ds, on, policy).stream()
                .filter(a -> a.state() != ProgressState.UNDATED)
                .toList();
        return Optional.of(
                new ActionDates(on, policy.reference(), actions, ActionSchedule.byDuePeriod(ds, on, kind, policy)));
    }

    private static final Columns<ActionProgress> PROGRESS_TEXT = Columns.<ActionProgress>of()
            .add("Action", ActionProgress::actionId)
            .add("Due", a -> a.dueDate().map(Object::toString).orElse("-"))
            .add("Complete", a -> a.percentComplete().map(p -> p + "%").orElse("-"))
            .add("Milestones", a -> a.milestones() == 0 ? "-" : a.milestonesDone() + " of " + a.milestones() + " done")
            .add("Late", a -> a.lateMilestones().size())
            .add("State", a -> Codes.of(a.state()).replace('-', ' '))
            .add("Status", a -> a.status().map(SummaryCommand::title).orElse("-"));

    private static final Columns<DuePeriodSummary> DUE_TEXT = Columns.<DuePeriodSummary>of()
            .add("Due in", DuePeriodSummary::period)
            .add("Actions", DuePeriodSummary::actionsDue)
            .add("Complete", DuePeriodSummary::complete)
            .add("Overdue", DuePeriodSummary::overdue)
            .add("Open", DuePeriodSummary::open)
            .add("Milestones", DuePeriodSummary::milestonesDue)
            .add("Done", DuePeriodSummary::milestonesDone)
            .add("Late", DuePeriodSummary::milestonesLate);

    private static void datesText(PrintWriter out, Dataset ds, ActionDates d) {
        out.println();
        long overdue = d.actions().stream().filter(ActionProgress::overdue).count();
        long flagged = d.actions().stream()
                .filter(a -> a.state() == ProgressState.MILESTONE_LATE)
                .count();
        out.println("Actions against their dates on " + d.asOf() + " (policy " + d.policy() + "): " + overdue
                + " overdue, " + flagged + " with a late milestone");
        out.println();
        PROGRESS_TEXT.text(out, d.actions());
        out.println();
        for (ActionProgress a : d.actions()) {
            out.println(a.actionId() + ": " + a.reason());
        }
        if (!d.duePeriods().isEmpty()) {
            out.println();
            DUE_TEXT.text(out, d.duePeriods());
        }
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
        RagDistribution plan = summary.plan().distribution();
        for (Status s : Status.values()) {
            if (plan.count(s).signum() != 0
                    || (s != Status.BLUE && plan.denominatorStatuses().contains(s))) {
                shown.add(s);
            }
        }
        return shown;
    }

    /**
     * A row of the action table: a priority, a theme or the plan.
     *
     * @param scope the scope as the table shows it ("P1", "theme T1", "Plan")
     * @param name its name, shortened
     * @param summary its summary
     */
    private record Scoped(String scope, String name, ActionSummary summary) {
        RagDistribution distribution() {
            return summary.distribution();
        }
    }

    /** The action table's columns: the statuses shown, then the percentages of those in the denominator. */
    private static Columns<Scoped> actionColumns(Set<Status> statuses, Set<Status> denominator) {
        Columns<Scoped> columns = Columns.<Scoped>of()
                .add("Scope", Scoped::scope)
                .add("Name", Scoped::name)
                .add("Linked", r -> r.summary().actionCount())
                .add("Weighted", r -> r.distribution().displayedOverallTotal().toPlainString());
        for (Status s : statuses) {
            columns = columns.add(
                    title(s), r -> r.distribution().displayedCount(s).toPlainString());
        }
        for (Status s : statuses) {
            if (denominator.contains(s)) {
                columns = columns.add(
                        title(s) + " %",
                        r -> r.distribution()
                                .displayedPercentage(s)
                                .map(v -> v.toPlainString() + "%")
                                .orElse("-"));
            }
        }
        return columns;
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private void text(PrintWriter out, Dataset ds, PlanSummary summary, Optional<PeriodComparison> movement) {
        String plan = ds.plan().map(pl -> pl.name()).orElse("The plan");
        out.println(plan + ": actions rated in " + summary.period() + " (" + Codes.of(summary.countingMethod())
                + " counting, policy " + summary.policyReference() + ")");
        out.println();
        List<Scoped> rows = new ArrayList<>();
        for (Priority priority : ds.priorities()) {
            Optional.ofNullable(summary.priorities().get(priority.id()))
                    .ifPresent(a -> rows.add(new Scoped(priority.id(), shorten(priority.name(), 40), a)));
        }
        for (Theme theme : ds.themes()) {
            Optional.ofNullable(summary.themes().get(theme.id()))
                    .ifPresent(a -> rows.add(new Scoped("theme " + theme.id(), shorten(theme.name(), 40), a)));
        }
        rows.add(new Scoped("Plan", "every action once", summary.plan()));
        actionColumns(columns(summary), summary.plan().distribution().denominatorStatuses())
                .text(out, rows);
        if (summary.countingMethod() == CountingMethod.FULL) {
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
        out.println("Movement from " + m.earlier() + " to " + m.later() + " (rows: " + m.earlier() + ", columns: "
                + m.later() + ")");
        out.println();
        MovementMatrix plan = m.plan();
        List<Status> used = new ArrayList<>();
        for (Status s : Status.values()) {
            if (plan.fromTotal(s).signum() != 0 || plan.toTotal(s).signum() != 0) {
                used.add(s);
            }
        }
        Columns<Status> columns = Columns.<Status>of().add("From \\ to", SummaryCommand::title);
        for (Status to : used) {
            columns = columns.add(title(to), from -> count(plan.get(from, to)));
        }
        columns.add("Total", from -> count(plan.fromTotal(from))).text(out, used);
        out.println();
        for (Map.Entry<String, MovementMatrix> e : m.priorities().entrySet()) {
            MovementMatrix pm = e.getValue();
            BigFraction total = BigFraction.ZERO;
            for (Status s : Status.values()) {
                total = total.add(pm.fromTotal(s));
            }
            out.println(e.getKey() + ": " + count(pm.changed()) + " of " + count(total) + " changed status"
                    + improvedText(pm));
        }
        out.println("Plan: " + count(plan.changed()) + " of " + ds.actions().size() + " actions changed status"
                + improvedText(plan));
    }

    /** ", 3 to green from amber or red" style detail of the movement into GREEN. */
    private static String improvedText(MovementMatrix m) {
        BigFraction toGreen = m.get(Status.AMBER, Status.GREEN).add(m.get(Status.RED, Status.GREEN));
        BigFraction toRed = m.get(Status.GREEN, Status.RED).add(m.get(Status.AMBER, Status.RED));
        return " (" + count(toGreen) + " up to Green, " + count(toRed) + " down to Red)";
    }

    /** The indicator roll-ups in the action table's order: priorities, then themes, then the plan. */
    private static List<IndicatorRollup> tableOrder(List<IndicatorRollup> rollups) {
        List<IndicatorRollup> ordered = new ArrayList<>();
        for (SummaryScope scope : List.of(SummaryScope.PRIORITY, SummaryScope.THEME, SummaryScope.PLAN)) {
            rollups.stream().filter(r -> r.scope() == scope).forEach(ordered::add);
        }
        return ordered;
    }

    /** How many measures a roll-up counts: the sum of its status counts. */
    private static int measures(IndicatorRollup r) {
        return r.counts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The indicator roll-up's text table: status and direction counts per scope. */
    private static final Columns<IndicatorRollup> INDICATOR_TEXT = indicatorText();

    private static Columns<IndicatorRollup> indicatorText() {
        Columns<IndicatorRollup> columns = Columns.<IndicatorRollup>of()
                .add("Scope", r -> switch (r.scope()) {
                    case PLAN -> "Plan";
                    case THEME -> "theme " + r.scopeId().orElse("");
                    default -> r.scopeId().orElse("");
                })
                .add("Name", r -> shorten(r.name(), 40))
                .add("Measures", SummaryCommand::measures);
        for (Status s : Status.values()) {
            columns = columns.add(title(s), r -> r.counts().get(s));
        }
        return columns.add("Improving", IndicatorRollup::improving)
                .add("No change", IndicatorRollup::noChange)
                .add("Worsening", IndicatorRollup::worsening)
                .add("Not judged", IndicatorRollup::notJudged)
                .add("On target", r -> r.onTarget() + " of " + r.rated());
    }

    /**
     * The indicator roll-up as text: a table of status and direction counts per priority, theme and
     * the plan, then the "n of m on target" sentences of the plan and of each scope with a rated
     * measure.
     */
    private static void indicatorText(PrintWriter out, Dataset ds, Selection select, List<IndicatorRollup> rollups) {
        IndicatorRollup plan = rollups.get(0);
        String planName = ds.plan().map(Plan::name).orElse("The plan");
        out.println(planName + ": indicators of " + select.areaName(plan.areaCode()) + " "
                + plan.period().map(p -> "in " + p).orElse("at their latest values") + " (policy "
                + plan.policyReference() + ")");
        out.println();
        INDICATOR_TEXT.text(out, tableOrder(rollups));
        out.println();
        for (IndicatorRollup r : rollups) {
            if (r.scope() == SummaryScope.PLAN || r.rated() > 0) {
                out.println(r.sentence());
            }
        }
    }

    /**
     * One row per priority, theme and the plan: its name, counts and percentages per status, and,
     * with --compare, the earlier period, how many changed status and the movement table's cells
     * ({@code green_to_amber}: weighted actions Green then and Amber now). When the dataset has
     * indicators, their roll-ups follow as rows of scope {@code priority-indicators},
     * {@code theme-indicators} and {@code plan-indicators}: the status columns count measures, and
     * columns added at the end give the area, the measures and the directions of travel.
     */
    private static void csv(PrintWriter out, Dataset ds, Result result) {
        Optional<PeriodComparison> movement = result.movement();
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
        if (result.indicators().isPresent()) {
            header.addAll(INDICATOR_COLUMNS);
        }
        if (result.dates().isPresent()) {
            header.addAll(DATE_COLUMNS);
        }
        Csv.row(out, header);
        int dateWidth = result.dates().isPresent() ? DATE_COLUMNS.size() : 0;
        result.summary().ifPresent(summary -> actionRows(out, ds, summary, movement, header.size()));
        result.indicators().ifPresent(rollups -> {
            for (IndicatorRollup r : tableOrder(rollups)) {
                List<Object> row = new ArrayList<>(List.of(
                        Codes.of(r.scope()) + "-indicators",
                        r.scopeId().orElse(""),
                        r.name(),
                        r.period().map(Object::toString).orElse(""),
                        ""));
                for (Status s : Status.values()) {
                    row.add(r.counts().get(s));
                }
                for (int i = 0; i < Status.values().length; i++) {
                    row.add("");
                }
                row.add(r.policyReference());
                while (row.size() < header.size() - INDICATOR_COLUMNS.size() - dateWidth) {
                    row.add(""); // the movement columns, with --compare
                }
                row.addAll(List.of(
                        r.areaCode(),
                        measures(r),
                        r.improving(),
                        r.noChange(),
                        r.worsening(),
                        r.notJudged(),
                        r.onTarget(),
                        r.rated()));
                while (row.size() < header.size()) {
                    row.add(""); // the date columns, when actions have dates
                }
                Csv.row(out, row);
            }
        });
        result.dates()
                .ifPresent(d -> dateRows(out, ds, result.summary().orElseThrow().period(), d, header.size()));
    }

    /** The columns the actions' dates add to the CSV, last. */
    private static final List<String> DATE_COLUMNS = List.of(
            "as_of",
            "due_date",
            "percent_complete",
            "milestones",
            "milestones_done",
            "milestones_late",
            "state",
            "derived_status",
            "reason",
            "actions_due",
            "complete",
            "overdue",
            "open");

    /**
     * The rows of the actions' dates: one of scope {@code action} per dated action (its id, title and
     * the review period, then the date columns), then one of scope {@code due} per period with
     * something due (the period, then the counts; {@code milestones} and its neighbours count the
     * period's milestones).
     */
    private static void dateRows(PrintWriter out, Dataset ds, ReportingPeriod review, ActionDates d, int width) {
        for (ActionProgress a : d.actions()) {
            List<Object> row = padded(
                    List.of(
                            "action",
                            a.actionId(),
                            ds.findAction(a.actionId()).map(x -> x.title()).orElse(""),
                            review),
                    width);
            row.addAll(List.of(
                    d.asOf(),
                    a.dueDate().map(Object::toString).orElse(""),
                    a.percentComplete().map(Object::toString).orElse(""),
                    a.milestones(),
                    a.milestonesDone(),
                    a.lateMilestones().size(),
                    Codes.of(a.state()),
                    a.status().map(Codes::of).orElse(""),
                    a.reason(),
                    "",
                    "",
                    "",
                    ""));
            Csv.row(out, row);
        }
        for (DuePeriodSummary p : d.duePeriods()) {
            List<Object> row = padded(List.of("due", "", "", p.period()), width);
            row.addAll(List.of(
                    d.asOf(),
                    "",
                    "",
                    p.milestonesDue(),
                    p.milestonesDone(),
                    p.milestonesLate(),
                    "",
                    "",
                    "",
                    p.actionsDue(),
                    p.complete(),
                    p.overdue(),
                    p.open()));
            Csv.row(out, row);
        }
    }

    /** The first cells of a row, padded with empty cells to {@code width} less the date columns. */
    private static List<Object> padded(List<Object> first, int width) {
        List<Object> row = new ArrayList<>(first);
        while (row.size() < width - DATE_COLUMNS.size()) {
            row.add("");
        }
        return row;
    }

    /** The columns the indicator roll-up adds to the CSV, after the action columns. */
    private static final List<String> INDICATOR_COLUMNS =
            List.of("area", "measures", "improving", "no_change", "worsening", "not_judged", "on_target", "rated");

    /** The action rows of the CSV, padded to {@code width} cells. */
    private static void actionRows(
            PrintWriter out, Dataset ds, PlanSummary summary, Optional<PeriodComparison> movement, int width) {
        for (Priority p : ds.priorities()) {
            Optional.ofNullable(summary.priorities().get(p.id()))
                    .ifPresent(a -> csvRow(
                            out,
                            List.of("priority", p.id(), p.name()),
                            a,
                            movement,
                            m -> m.priorities().get(p.id()),
                            width));
        }
        for (Theme t : ds.themes()) {
            Optional.ofNullable(summary.themes().get(t.id()))
                    .ifPresent(a -> csvRow(
                            out,
                            List.of("theme", t.id(), t.name()),
                            a,
                            movement,
                            m -> m.themes().get(t.id()),
                            width));
        }
        csvRow(
                out,
                List.of("plan", "", ds.plan().map(Plan::name).orElse("")),
                summary.plan(),
                movement,
                PeriodComparison::plan,
                width);
    }

    /** A status as a CSV column: {@code not_rated}. */
    private static String column(Status s) {
        return Codes.of(s).replace('-', '_');
    }

    /**
     * A scope's row, with its movement when there is a comparison ({@code matrix} gives the scope's,
     * or null when the comparison has none for it: empty cells), padded with empty cells to
     * {@code width}.
     */
    private static void csvRow(
            PrintWriter out,
            List<String> scope,
            ActionSummary a,
            Optional<PeriodComparison> movement,
            Function<PeriodComparison, MovementMatrix> matrix,
            int width) {
        RagDistribution d = a.distribution();
        List<Object> row = new ArrayList<>(scope);
        row.add(a.period());
        row.add(a.actionCount());
        for (Status s : Status.values()) {
            row.add(d.displayedCount(s).toPlainString());
        }
        for (Status s : Status.values()) {
            row.add(d.displayedPercentage(s).map(BigDecimal::toPlainString).orElse(""));
        }
        row.add(a.policyReference());
        movement.ifPresent(m -> {
            row.add(m.earlier());
            MovementMatrix cells = matrix.apply(m);
            row.add(cells == null ? "" : count(cells.changed()));
            for (Status from : Status.values()) {
                for (Status to : Status.values()) {
                    row.add(cells == null ? "" : count(cells.get(from, to)));
                }
            }
        });
        while (row.size() < width) {
            row.add("");
        }
        Csv.row(out, row);
    }
}
