package io.github.outturn.csv.impl;

import static io.github.outturn.csv.impl.CellType.BOOLEAN;
import static io.github.outturn.csv.impl.CellType.DATE;
import static io.github.outturn.csv.impl.CellType.DECIMAL;
import static io.github.outturn.csv.impl.CellType.FINANCIAL_YEAR;
import static io.github.outturn.csv.impl.CellType.ID;
import static io.github.outturn.csv.impl.CellType.LIST;
import static io.github.outturn.csv.impl.CellType.MONEY;
import static io.github.outturn.csv.impl.CellType.PERIOD;
import static io.github.outturn.csv.impl.CellType.PROFILE;
import static io.github.outturn.csv.impl.CellType.TEXT;
import static io.github.outturn.csv.impl.CellType.TOLERANCE;
import static io.github.outturn.csv.impl.CellType.WEIGHTS;
import static io.github.outturn.csv.impl.CellType.code;
import static io.github.outturn.csv.impl.CellType.periodOf;
import static io.github.outturn.csv.impl.CellType.wholeNumber;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.LineKind;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The tables of the CSV format and how each row maps to the model: the one place that knows the
 * columns (documented in {@code docs/csv-format.md}), each table one {@link TableMapping}
 * declaration from which both reading and writing follow. Longer than most classes because it
 * declares all fifteen tables, one line per column; the reading and writing around them is short.
 *
 * <pre>{@code
 * Dataset ds = CsvTables.read(folder, 100);
 * CsvTables.write(ds, folder, true);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvTables {

    private CsvTables() {}

    /** {@code plan.csv}: at most one row. */
    public static final TableMapping<Plan> PLAN = TableMapping.of(
                    "plan.csv",
                    Plan::builder,
                    b -> b.build(),
                    ds -> ds.plan().stream().toList(),
                    (ds, plans) -> ds.withPlan(plans.stream().findFirst()))
            .required("id", TEXT, Plan::id, (b, v) -> b.id(v))
            .required("name", TEXT, Plan::name, (b, v) -> b.name(v))
            .optional("owner", TEXT, Plan::owner, (b, v) -> b.owner(v))
            .optional("start", PERIOD, Plan::start, (b, v) -> b.start(v))
            .optional("end", PERIOD, Plan::end, (b, v) -> b.end(v))
            .build();

    /** {@code themes.csv}. */
    public static final TableMapping<Theme> THEMES = TableMapping.of(
                    "themes.csv", Theme::builder, b -> b.build(), Dataset::themes, ImmutableDataset::withThemes)
            .required("id", TEXT, Theme::id, (b, v) -> b.id(v))
            .required("name", TEXT, Theme::name, (b, v) -> b.name(v))
            .optional("description", TEXT, Theme::description, (b, v) -> b.description(v))
            .build();

    /** {@code priorities.csv}. */
    public static final TableMapping<Priority> PRIORITIES = TableMapping.of(
                    "priorities.csv",
                    Priority::builder,
                    b -> b.build(),
                    Dataset::priorities,
                    ImmutableDataset::withPriorities)
            .required("id", TEXT, Priority::id, (b, v) -> b.id(v))
            .required("name", TEXT, Priority::name, (b, v) -> b.name(v))
            .optional("theme", ID, Priority::themeId, (b, v) -> b.themeId(v))
            .alias("theme_id")
            .build();

    /** {@code actions.csv}: as many weights as priorities, or none. */
    public static final TableMapping<Action> ACTIONS = TableMapping.of(
                    "actions.csv", Action::builder, b -> b.build(), Dataset::actions, ImmutableDataset::withActions)
            .required("id", TEXT, Action::id, (b, v) -> b.id(v))
            .required("title", TEXT, Action::title, (b, v) -> b.title(v))
            .required("priorities", LIST, Action::priorityIds, (b, v) -> b.addAllPriorityIds(v))
            .alias("priority_ids")
            .ifEmpty("an action serves at least one priority: give ids such as P1;P5")
            .withDefault("weights", WEIGHTS, Action::weights, (b, v) -> b.addAllWeights(v))
            .optional("lead", TEXT, Action::lead, (b, v) -> b.lead(v))
            .optional("due_date", DATE, Action::dueDate, (b, v) -> b.dueDate(v))
            .optional("completed_on", DATE, Action::completedOn, (b, v) -> b.completedOn(v))
            .optional("percent_complete", wholeNumber(0, 100), Action::percentComplete, (b, v) -> b.percentComplete(v))
            .check(CsvTables::checkWeights)
            .build();

    /** {@code action_updates.csv}. */
    public static final TableMapping<ActionUpdate> ACTION_UPDATES = TableMapping.of(
                    "action_updates.csv",
                    ActionUpdate::builder,
                    b -> b.build(),
                    Dataset::actionUpdates,
                    ImmutableDataset::withActionUpdates)
            .required("action", ID, ActionUpdate::actionId, (b, v) -> b.actionId(v))
            .alias("action_id")
            .required("period", PERIOD, ActionUpdate::period, (b, v) -> b.period(v))
            .required("status", code(Status.class), ActionUpdate::status, (b, v) -> b.status(v))
            .optional("commentary", TEXT, ActionUpdate::commentary, (b, v) -> b.commentary(v))
            .optional("updated_on", DATE, ActionUpdate::updatedOn, (b, v) -> b.updatedOn(v))
            .build();

    /** {@code milestones.csv}: an action's dated steps, one row each. */
    public static final TableMapping<Milestone> MILESTONES = TableMapping.of(
                    "milestones.csv",
                    Milestone::builder,
                    b -> b.build(),
                    Dataset::milestones,
                    ImmutableDataset::withMilestones)
            .required("action", ID, Milestone::actionId, (b, v) -> b.actionId(v))
            .alias("action_id")
            .required("description", TEXT, Milestone::description, (b, v) -> b.description(v))
            .required("due", DATE, Milestone::due, (b, v) -> b.due(v))
            .withDefault("done", BOOLEAN, Milestone::done, (b, v) -> b.done(v))
            .optional("done_on", DATE, Milestone::doneOn, (b, v) -> b.doneOn(v))
            .build();

    /** {@code indicators.csv}. */
    public static final TableMapping<Indicator> INDICATORS = TableMapping.of(
                    "indicators.csv",
                    Indicator::builder,
                    b -> b.build(),
                    Dataset::indicators,
                    ImmutableDataset::withIndicators)
            .required("id", TEXT, Indicator::id, (b, v) -> b.id(v))
            .required("name", TEXT, Indicator::name, (b, v) -> b.name(v))
            .optional("unit", TEXT, Indicator::unit, (b, v) -> b.unit(v))
            .withDefault("decimal_places", wholeNumber(0, 10), Indicator::decimalPlaces, (b, v) -> b.decimalPlaces(v))
            .required("polarity", code(Polarity.class), Indicator::polarity, (b, v) -> b.polarity(v))
            .withDefault("measure_type", code(MeasureType.class), Indicator::measureType, (b, v) -> b.measureType(v))
            .withDefault(
                    "statistic_type", code(StatisticType.class), Indicator::statisticType, (b, v) -> b.statisticType(v))
            .optional("multiplier", DECIMAL, Indicator::multiplier, (b, v) -> b.multiplier(v))
            .withDefault("frequency", code(Frequency.class), Indicator::frequency, (b, v) -> b.frequency(v))
            .withDefault("year_type", code(YearType.class), Indicator::yearType, (b, v) -> b.yearType(v))
            .withDefault("quartile_banded", BOOLEAN, Indicator::quartileBanded, (b, v) -> b.quartileBanded(v))
            .withDefault("priorities", LIST, Indicator::priorityIds, (b, v) -> b.addAllPriorityIds(v))
            .alias("priority_ids")
            .optional("description", TEXT, Indicator::description, (b, v) -> b.description(v))
            .optional("series_break", PERIOD, Indicator::seriesBreak, (b, v) -> b.seriesBreak(v))
            .optional("series_break_note", TEXT, Indicator::seriesBreakNote, (b, v) -> b.seriesBreakNote(v))
            .optional(
                    "standardisation_method",
                    code(StandardisationMethod.class),
                    i -> Optional.of(i.standardisationMethod()).filter(m -> m != StandardisationMethod.NONE),
                    (b, v) -> b.standardisationMethod(v))
            .optional("standard_population", ID, Indicator::standardPopulation, (b, v) -> b.standardPopulation(v))
            .build();

    /** {@code targets.csv}: periods read as the indicator's year type says. */
    public static final TableMapping<Target> TARGETS = TableMapping.of(
                    "targets.csv", Target::builder, b -> b.build(), Dataset::targets, ImmutableDataset::withTargets)
            .required("indicator", ID, Target::indicatorId, (b, v) -> b.indicatorId(v))
            .alias("indicator_id")
            .required("period", periodOf("indicator"), Target::period, (b, v) -> b.period(v))
            .optional("area", ID, Target::areaCode, (b, v) -> b.areaCode(v))
            .alias("area_code")
            .optional("value", DECIMAL, Target::value, (b, v) -> b.value(v))
            .optional("lower", DECIMAL, Target::lower, (b, v) -> b.lower(v))
            .optional("upper", DECIMAL, Target::upper, (b, v) -> b.upper(v))
            .optional("tolerance", TOLERANCE, Target::tolerance, (b, v) -> b.tolerance(v))
            .optional("profile", PROFILE, Target::profile, (b, v) -> b.profile(v))
            .build();

    /**
     * {@code observations.csv}: periods read as the indicator's year type says; an empty status means
     * ACTUAL when there is a value and MISSING when there is none.
     */
    public static final TableMapping<Observation> OBSERVATIONS = TableMapping.of(
                    "observations.csv",
                    Observation::builder,
                    b -> b.build(),
                    Dataset::observations,
                    ImmutableDataset::withObservations)
            .required("indicator", ID, Observation::indicatorId, (b, v) -> b.indicatorId(v))
            .alias("indicator_id")
            .required("area", ID, Observation::areaCode, (b, v) -> b.areaCode(v))
            .alias("area_code")
            .required("period", periodOf("indicator"), Observation::period, (b, v) -> b.period(v))
            .optional("value", DECIMAL, Observation::value, (b, v) -> b.value(v))
            .optional("numerator", DECIMAL, Observation::numerator, (b, v) -> b.numerator(v))
            .optional("denominator", DECIMAL, Observation::denominator, (b, v) -> b.denominator(v))
            .optional("lower_ci", DECIMAL, Observation::lowerCi, (b, v) -> b.lowerCi(v))
            .optional("upper_ci", DECIMAL, Observation::upperCi, (b, v) -> b.upperCi(v))
            .optional("ci_level", DECIMAL, Observation::ciLevel, (b, v) -> b.ciLevel(v))
            .withDefault("status", code(ObservationStatus.class), Observation::status, (b, v) -> b.status(v))
            .optional("note", TEXT, Observation::note, (b, v) -> b.note(v))
            .optional(
                    "series_break",
                    BOOLEAN,
                    o -> Optional.of(true).filter(t -> o.seriesBreak()),
                    (b, v) -> b.seriesBreak(v))
            .complete((row, b) -> {
                if (row.value("status", code(ObservationStatus.class)) == null && row.value("value", DECIMAL) == null) {
                    b.status(ObservationStatus.MISSING);
                }
            })
            .build();

    /** {@code areas.csv}. */
    public static final TableMapping<Area> AREAS = TableMapping.of(
                    "areas.csv", Area::builder, b -> b.build(), Dataset::areas, ImmutableDataset::withAreas)
            .required("code", TEXT, Area::code, (b, v) -> b.code(v))
            .required("name", TEXT, Area::name, (b, v) -> b.name(v))
            .required("type", code(AreaType.class), Area::type, (b, v) -> b.type(v))
            .optional("region", ID, Area::regionCode, (b, v) -> b.regionCode(v))
            .alias("region_code")
            .optional("subtype", TEXT, Area::subtype, (b, v) -> b.subtype(v))
            .withDefault("current", BOOLEAN, Area::current, (b, v) -> b.current(v))
            .build();

    /** {@code comparator_groups.csv}. */
    public static final TableMapping<ComparatorGroup> COMPARATOR_GROUPS = TableMapping.of(
                    "comparator_groups.csv",
                    ComparatorGroup::builder,
                    b -> b.build(),
                    Dataset::comparatorGroups,
                    ImmutableDataset::withComparatorGroups)
            .required("id", TEXT, ComparatorGroup::id, (b, v) -> b.id(v))
            .required("name", TEXT, ComparatorGroup::name, (b, v) -> b.name(v))
            .required("type", code(ComparatorType.class), ComparatorGroup::type, (b, v) -> b.type(v))
            .optional("area", ID, ComparatorGroup::areaCode, (b, v) -> b.areaCode(v))
            .alias("area_code")
            .withDefault("members", LIST, ComparatorGroup::memberCodes, (b, v) -> b.addAllMemberCodes(v))
            .alias("member_codes")
            .build();

    /** {@code benchmarks.csv}: periods read as the indicator's year type says. */
    public static final TableMapping<BenchmarkValue> BENCHMARKS = TableMapping.of(
                    "benchmarks.csv",
                    BenchmarkValue::builder,
                    b -> b.build(),
                    Dataset::benchmarks,
                    ImmutableDataset::withBenchmarks)
            .required("indicator", ID, BenchmarkValue::indicatorId, (b, v) -> b.indicatorId(v))
            .alias("indicator_id")
            .required("period", periodOf("indicator"), BenchmarkValue::period, (b, v) -> b.period(v))
            .required("comparator", ID, BenchmarkValue::comparator, (b, v) -> b.comparator(v))
            .required("type", code(ComparatorType.class), BenchmarkValue::type, (b, v) -> b.type(v))
            .optional("area", ID, BenchmarkValue::areaCode, (b, v) -> b.areaCode(v))
            .alias("area_code")
            .optional("value", DECIMAL, BenchmarkValue::value, (b, v) -> b.value(v))
            .optional("lower_ci", DECIMAL, BenchmarkValue::lowerCi, (b, v) -> b.lowerCi(v))
            .optional("upper_ci", DECIMAL, BenchmarkValue::upperCi, (b, v) -> b.upperCi(v))
            .build();

    /** {@code age_band_counts.csv}: one row per age band; periods read as the indicator's year type says. */
    public static final TableMapping<AgeBandCount> AGE_BAND_COUNTS = TableMapping.of(
                    "age_band_counts.csv",
                    AgeBandCount::builder,
                    b -> b.build(),
                    Dataset::ageBandCounts,
                    ImmutableDataset::withAgeBandCounts)
            .required("indicator", ID, AgeBandCount::indicatorId, (b, v) -> b.indicatorId(v))
            .required("area", ID, AgeBandCount::areaCode, (b, v) -> b.areaCode(v))
            .required("period", periodOf("indicator"), AgeBandCount::period, (b, v) -> b.period(v))
            .required("band", TEXT, AgeBandCount::band, (b, v) -> b.band(v))
            .required("count", DECIMAL, AgeBandCount::count, (b, v) -> b.count(v))
            .required("population", DECIMAL, AgeBandCount::population, (b, v) -> b.population(v))
            .build();

    /** {@code reported.csv}: one column per status for counts, one per status for percentages. */
    public static final TableMapping<ReportedSummary> REPORTED = reported();

    private static TableMapping<ReportedSummary> reported() {
        var table = TableMapping.of(
                        "reported.csv",
                        ReportedSummary::builder,
                        b -> b.build(),
                        Dataset::reported,
                        ImmutableDataset::withReported)
                .optional("source", TEXT, ReportedSummary::source, (b, v) -> b.source(v))
                .optional("period", PERIOD, ReportedSummary::period, (b, v) -> b.period(v))
                .required("scope", code(SummaryScope.class), ReportedSummary::scope, (b, v) -> b.scope(v))
                .optional("scope_id", TEXT, ReportedSummary::scopeId, (b, v) -> b.scopeId(v));
        for (Status s : Status.values()) {
            table.optional(
                    Cells.code(s).replace('-', '_'),
                    DECIMAL,
                    r -> Optional.ofNullable(r.counts().get(s)),
                    (b, count) -> b.putCounts(s, count));
        }
        table.optional("total", DECIMAL, ReportedSummary::total, (b, v) -> b.total(v));
        for (Status s : Status.values()) {
            table.optional(
                    Cells.code(s).replace('-', '_') + "_pct",
                    DECIMAL,
                    r -> Optional.ofNullable(r.percentages().get(s)),
                    (b, share) -> b.putPercentages(s, share));
        }
        return table.build();
    }

    /** {@code budgets.csv}: amounts in pounds, or with their currency's code ({@code EUR 10.00}). */
    public static final TableMapping<BudgetLine> BUDGETS = TableMapping.of(
                    "budgets.csv",
                    BudgetLine::builder,
                    b -> b.build(),
                    Dataset::budgetLines,
                    ImmutableDataset::withBudgetLines)
            .required("portfolio", ID, BudgetLine::portfolio, (b, v) -> b.portfolio(v))
            .required("service", TEXT, BudgetLine::service, (b, v) -> b.service(v))
            .required("year", FINANCIAL_YEAR, BudgetLine::year, (b, v) -> b.year(v))
            .required("period", PERIOD, BudgetLine::period, (b, v) -> b.period(v))
            .required("budget", MONEY, BudgetLine::budget, (b, v) -> b.budget(v))
            .required("forecast", MONEY, BudgetLine::forecast, (b, v) -> b.forecast(v))
            .optional("actual", MONEY, BudgetLine::actual, (b, v) -> b.actual(v))
            .withDefault("cash_limit", BOOLEAN, BudgetLine::cashLimit, (b, v) -> b.cashLimit(v))
            .withDefault("kind", code(LineKind.class), BudgetLine::kind, (b, v) -> b.kind(v))
            .optional("commentary", TEXT, BudgetLine::commentary, (b, v) -> b.commentary(v))
            .build();

    /** {@code savings.csv}: the savings programme, amounts as in {@code budgets.csv}. */
    public static final TableMapping<Saving> SAVINGS = TableMapping.of(
                    "savings.csv", Saving::builder, b -> b.build(), Dataset::savings, ImmutableDataset::withSavings)
            .required("reference", ID, Saving::reference, (b, v) -> b.reference(v))
            .required("title", TEXT, Saving::title, (b, v) -> b.title(v))
            .required("portfolio", ID, Saving::portfolio, (b, v) -> b.portfolio(v))
            .required("year", FINANCIAL_YEAR, Saving::year, (b, v) -> b.year(v))
            .required("period", PERIOD, Saving::period, (b, v) -> b.period(v))
            .required("required", MONEY, Saving::required, (b, v) -> b.required(v))
            .required("forecast", MONEY, Saving::forecast, (b, v) -> b.forecast(v))
            .optional("delivered", MONEY, Saving::delivered, (b, v) -> b.delivered(v))
            .required("status", code(SavingStatus.class), Saving::status, (b, v) -> b.status(v))
            .optional("risk", code(RiskRating.class), Saving::risk, (b, v) -> b.risk(v))
            .optional("commentary", TEXT, Saving::commentary, (b, v) -> b.commentary(v))
            .build();

    /** Reports an action whose weights do not match its priorities one to one. */
    private static void checkWeights(Row row) {
        List<Fraction> weights = row.value("weights", WEIGHTS);
        List<String> priorities = row.value("priorities", LIST);
        if (weights != null && weights.size() != priorities.size()) {
            row.fail(
                    "weights",
                    CellType.weightsText(weights),
                    "gives " + weights.size() + " weights for " + priorities.size()
                            + " priorities: give one weight per priority, in the same order, or none");
        }
    }

    /** Every table, in the order they are read and written. */
    public static final List<TableMapping<?>> ALL = List.of(
            PLAN,
            THEMES,
            PRIORITIES,
            ACTIONS,
            ACTION_UPDATES,
            MILESTONES,
            INDICATORS,
            TARGETS,
            OBSERVATIONS,
            AREAS,
            COMPARATOR_GROUPS,
            BENCHMARKS,
            AGE_BAND_COUNTS,
            REPORTED,
            BUDGETS,
            SAVINGS);

    /** The file names of the tables, such as {@code areas.csv}. */
    public static final Set<String> FILES =
            ALL.stream().map(TableMapping::file).collect(Collectors.toUnmodifiableSet());

    /**
     * Whether the folder holds at least one of the tables, or a file named as one in another case
     * (which reading then refuses with a clear message). Never throws.
     */
    public static boolean isTablesFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (FILES.contains(String.valueOf(entry.getFileName()).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Reports every entry of the folder that is not a readable table: a file named as a table in
     * another case, a table that is a folder, a broken or looping link or unreadable, and any other
     * file (hidden files, whose names begin with a dot, are left alone).
     */
    private static void checkFolder(Path folder, Problems problems) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        entries.sort(Comparator.comparing(Path::toString));
        for (Path entry : entries) {
            String name = String.valueOf(entry.getFileName());
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".")) {
                continue;
            }
            if (FILES.contains(name)) {
                unreadable(entry).ifPresent(why -> problems.add(entry.toString(), 0, null, null, why));
            } else if (FILES.contains(lower)) {
                problems.add(
                        entry.toString(),
                        0,
                        null,
                        null,
                        "the table files are named in lower case: rename this " + lower
                                + " (on a file system that ignores case it would be read as " + lower + ")");
            } else {
                problems.add(
                        entry.toString(),
                        0,
                        null,
                        null,
                        "not a table of the CSV format, which are "
                                + String.join(
                                        ", ",
                                        ALL.stream().map(TableMapping::file).toList())
                                + ": move other files out of the dataset's folder, so that nothing in it is"
                                + " silently left out");
            }
        }
    }

    /** Why a table's file cannot be read, or empty if it can. */
    private static Optional<String> unreadable(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of("is a folder, not a table file");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(
                    Files.isSymbolicLink(file)
                            ? "is a symbolic link that leads to no file (broken, or a loop)"
                            : "is not a regular file");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot be read: permission denied");
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- reading

    private static <T> ImmutableDataset readTable(
            Path folder, TableMapping<T> table, ImmutableDataset dataset, Reading reading, Problems problems)
            throws IOException {
        Path file = folder.resolve(table.file());
        List<T> items = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || unreadable(file).isPresent()) {
            return dataset; // a missing table is empty; checkFolder reported an unreadable one
        }
        try (TableReader in = TableReader.open(file, table, problems)) {
            for (Row row = in.next(); row != null; row = in.next()) {
                T item = table.read(row, reading);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        if (table == PLAN && items.size() > 1) {
            problems.add(PLAN.file(), 0, null, null, "holds " + items.size() + " plans: a dataset has at most one");
        }
        return table.withRows(dataset, items);
    }

    /**
     * Reads a whole folder of tables.
     *
     * @param folder the folder
     * @param cap the most problems reported
     * @return the dataset
     * @throws InvalidInputException with every problem found (up to the cap)
     * @throws IOException if a file cannot be read
     */
    public static Dataset read(Path folder, int cap) throws IOException {
        if (!Files.isDirectory(folder)) {
            Problems p = new Problems(1);
            p.add(
                    folder.toString(),
                    0,
                    null,
                    null,
                    "not a folder: the CSV format is a folder of tables such as "
                            + "indicators.csv and observations.csv");
            p.throwIfAny();
        }
        Problems problems = new Problems(cap);
        checkFolder(folder, problems);
        ImmutableDataset dataset = Dataset.builder().build();
        Reading reading = new Reading();
        for (TableMapping<?> table : ALL) {
            dataset = readTable(folder, table, dataset, reading, problems);
            if (table == INDICATORS) {
                reading.knowIndicators(dataset.indicators()); // the later tables' periods follow them
            }
        }
        problems.throwIfAny();
        return dataset;
    }

    /**
     * Streams the rows of an observations table, one at a time, in constant memory.
     *
     * @param file the observations file
     * @param indicators the indicators, whose year types say how bare period labels read
     * @return the observations in file order; close the stream to close the file. A malformed row
     *     ends the stream with an {@link UncheckedIOException} whose cause is an
     *     {@link InvalidInputException} naming the row
     * @throws IOException if the file cannot be opened
     * @throws InvalidInputException if the header is malformed
     */
    public static Stream<Observation> streamObservations(Path file, List<Indicator> indicators) throws IOException {
        Problems problems = new Problems(100);
        TableReader in = TableReader.open(file, OBSERVATIONS, problems);
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            in.close();
            throw e;
        }
        Reading reading = new Reading();
        reading.knowIndicators(indicators);
        return Stream.iterate(in.next(), Objects::nonNull, row -> in.next())
                .map(row -> {
                    Observation o = OBSERVATIONS.read(row, reading);
                    try {
                        problems.throwIfAny();
                    } catch (InvalidInputException e) {
                        throw new UncheckedIOException(e);
                    }
                    return o;
                })
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes every table into a folder, each with its header even when empty, whole or not at all
     * ({@link AtomicOutput#writeFolder}): an existing folder is replaced only if it holds nothing but
     * tables.
     *
     * @param dataset the dataset
     * @param folder the folder
     * @param byteOrderMark whether each file begins with a UTF-8 byte-order mark
     * @throws InvalidInputException with every value that CSV cannot carry, located by table, line and
     *     column, or if the folder holds other files; nothing is then written
     * @throws IOException if a file cannot be written
     */
    public static void write(Dataset dataset, Path folder, boolean byteOrderMark) throws IOException {
        AtomicOutput.writeFolder(folder, FILES, dir -> {
            Problems problems = new Problems(100);
            writeTables(dataset, dir, byteOrderMark, problems);
            problems.throwIfAny();
        });
    }

    private static void writeTables(Dataset dataset, Path folder, boolean bom, Problems problems) throws IOException {
        for (TableMapping<?> table : ALL) {
            writeTable(dataset, table, folder, bom, problems);
        }
    }

    private static <T> void writeTable(
            Dataset dataset, TableMapping<T> table, Path folder, boolean bom, Problems problems) throws IOException {
        try (TableWriter out = TableWriter.open(folder.resolve(table.file()), table, bom, problems)) {
            for (T item : table.rows(dataset)) {
                out.row(table.cells(item, out));
            }
        }
    }
}
