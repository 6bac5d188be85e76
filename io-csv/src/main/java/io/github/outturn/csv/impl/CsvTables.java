package io.github.outturn.csv.impl;

import io.github.outturn.io.AtomicOutput;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * The tables of the CSV format and how each row maps to the model: the one place that knows the
 * columns (documented in {@code docs/csv-format.md}).
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

    private static Column text(String name) {
        return Column.optional(name).asText();
    }

    private static Column requiredText(String name) {
        return Column.required(name).asText();
    }

    /** {@code plan.csv}: at most one row. */
    public static final Table PLAN = new Table(
            "plan.csv",
            List.of(
                    requiredText("id"),
                    requiredText("name"),
                    text("owner"),
                    Column.optional("start"),
                    Column.optional("end")));

    /** {@code themes.csv}. */
    public static final Table THEMES =
            new Table("themes.csv", List.of(requiredText("id"), requiredText("name"), text("description")));

    /** {@code priorities.csv}. */
    public static final Table PRIORITIES = new Table(
            "priorities.csv",
            List.of(requiredText("id"), requiredText("name"), text("theme").alias("theme_id")));

    /** {@code actions.csv}. */
    public static final Table ACTIONS = new Table(
            "actions.csv",
            List.of(
                    requiredText("id"),
                    requiredText("title"),
                    requiredText("priorities").alias("priority_ids"),
                    Column.optional("weights"),
                    text("lead")));

    /** {@code action_updates.csv}. */
    public static final Table ACTION_UPDATES = new Table(
            "action_updates.csv",
            List.of(
                    requiredText("action").alias("action_id"),
                    Column.required("period"),
                    Column.required("status"),
                    text("commentary"),
                    Column.optional("updated_on")));

    /** {@code indicators.csv}. */
    public static final Table INDICATORS = new Table(
            "indicators.csv",
            List.of(
                    requiredText("id"),
                    requiredText("name"),
                    text("unit"),
                    Column.optional("decimal_places"),
                    Column.required("polarity"),
                    Column.optional("measure_type"),
                    Column.optional("statistic_type"),
                    Column.optional("multiplier"),
                    Column.optional("frequency"),
                    Column.optional("year_type"),
                    Column.optional("quartile_banded"),
                    text("priorities").alias("priority_ids"),
                    text("description")));

    /** {@code targets.csv}. */
    public static final Table TARGETS = new Table(
            "targets.csv",
            List.of(
                    requiredText("indicator").alias("indicator_id"),
                    Column.required("period"),
                    text("area").alias("area_code"),
                    Column.optional("value"),
                    Column.optional("lower"),
                    Column.optional("upper"),
                    Column.optional("tolerance")));

    /** {@code observations.csv}. */
    public static final Table OBSERVATIONS = new Table(
            "observations.csv",
            List.of(
                    requiredText("indicator").alias("indicator_id"),
                    requiredText("area").alias("area_code"),
                    Column.required("period"),
                    Column.optional("value"),
                    Column.optional("numerator"),
                    Column.optional("denominator"),
                    Column.optional("lower_ci"),
                    Column.optional("upper_ci"),
                    Column.optional("ci_level"),
                    Column.optional("status"),
                    text("note")));

    /** {@code areas.csv}. */
    public static final Table AREAS = new Table(
            "areas.csv",
            List.of(
                    requiredText("code"),
                    requiredText("name"),
                    Column.required("type"),
                    text("region").alias("region_code"),
                    text("subtype"),
                    Column.optional("current")));

    /** {@code comparator_groups.csv}. */
    public static final Table COMPARATOR_GROUPS = new Table(
            "comparator_groups.csv",
            List.of(
                    requiredText("id"),
                    requiredText("name"),
                    Column.required("type"),
                    text("area").alias("area_code"),
                    text("members").alias("member_codes")));

    /** {@code benchmarks.csv}. */
    public static final Table BENCHMARKS = new Table(
            "benchmarks.csv",
            List.of(
                    requiredText("indicator").alias("indicator_id"),
                    Column.required("period"),
                    requiredText("comparator"),
                    Column.required("type"),
                    text("area").alias("area_code"),
                    Column.optional("value"),
                    Column.optional("lower_ci"),
                    Column.optional("upper_ci")));

    private static final List<Status> STATUSES = List.of(Status.values());

    /** {@code reported.csv}: one column per status for counts, one per status for percentages. */
    public static final Table REPORTED = new Table("reported.csv", reportedColumns());

    private static List<Column> reportedColumns() {
        List<Column> columns = new ArrayList<>(
                List.of(text("source"), Column.optional("period"), Column.required("scope"), text("scope_id")));
        for (Status s : STATUSES) {
            columns.add(Column.optional(Cells.code(s).replace('-', '_')));
        }
        columns.add(Column.optional("total"));
        for (Status s : STATUSES) {
            columns.add(Column.optional(Cells.code(s).replace('-', '_') + "_pct"));
        }
        return columns;
    }

    /** Every table, in the order they are read and written. */
    public static final List<Table> ALL = List.of(
            PLAN,
            THEMES,
            PRIORITIES,
            ACTIONS,
            ACTION_UPDATES,
            INDICATORS,
            TARGETS,
            OBSERVATIONS,
            AREAS,
            COMPARATOR_GROUPS,
            BENCHMARKS,
            REPORTED);

    /** The file names of the tables, such as {@code areas.csv}. */
    public static final Set<String> FILES = ALL.stream().map(Table::file).collect(Collectors.toUnmodifiableSet());

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
                                        ", ", ALL.stream().map(Table::file).toList())
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

    /** Maps one row to a value, or returns {@code null} after reporting why it cannot. */
    private interface RowMapper<T> {
        T map(Row row);
    }

    private static <T> List<T> readTable(Path folder, Table table, Problems problems, RowMapper<T> mapper)
            throws IOException {
        Path file = folder.resolve(table.file());
        List<T> items = new ArrayList<>();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || unreadable(file).isPresent()) {
            return items; // a missing table is empty; checkFolder reported an unreadable one
        }
        try (TableReader in = TableReader.open(file, table, problems)) {
            for (Row row = in.next(); row != null; row = in.next()) {
                T item = build(row, mapper);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static <T> T build(Row row, RowMapper<T> mapper) {
        try {
            T item = mapper.map(row);
            return row.ok() ? item : null;
        } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
            if (row.ok()) {
                // A cell-level problem was reported already when ok() is false; else the builder's own check.
                row.fail(null, null, String.valueOf(e.getMessage()));
            }
            return null;
        }
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
        List<Plan> plans = readTable(folder, PLAN, problems, CsvTables::plan);
        if (plans.size() > 1) {
            problems.add(PLAN.file(), 0, null, null, "holds " + plans.size() + " plans: a dataset has at most one");
        }
        List<Theme> themes = readTable(folder, THEMES, problems, CsvTables::theme);
        List<Priority> priorities = readTable(folder, PRIORITIES, problems, CsvTables::priority);
        List<Action> actions = readTable(folder, ACTIONS, problems, CsvTables::action);
        List<ActionUpdate> updates = readTable(folder, ACTION_UPDATES, problems, CsvTables::actionUpdate);
        List<Indicator> indicators = readTable(folder, INDICATORS, problems, CsvTables::indicator);
        Function<String, YearType> yearTypes = yearTypes(indicators);
        Sharing shared = new Sharing();
        List<Target> targets = readTable(folder, TARGETS, problems, row -> target(row, yearTypes));
        List<Observation> observations =
                readTable(folder, OBSERVATIONS, problems, row -> observation(row, yearTypes, shared));
        List<Area> areas = readTable(folder, AREAS, problems, CsvTables::area);
        List<ComparatorGroup> groups = readTable(folder, COMPARATOR_GROUPS, problems, CsvTables::group);
        List<BenchmarkValue> benchmarks = readTable(folder, BENCHMARKS, problems, row -> benchmark(row, yearTypes));
        List<ReportedSummary> reported = readTable(folder, REPORTED, problems, CsvTables::reported);
        problems.throwIfAny();
        return Dataset.builder()
                .plan(plans.stream().findFirst())
                .addAllThemes(themes)
                .addAllPriorities(priorities)
                .addAllActions(actions)
                .addAllActionUpdates(updates)
                .addAllIndicators(indicators)
                .addAllTargets(targets)
                .addAllAreas(areas)
                .addAllComparatorGroups(groups)
                .addAllReported(reported)
                .build()
                // with* copies a large list once at its size; the builder grows one and copies it again.
                .withObservations(observations)
                .withBenchmarks(benchmarks);
    }

    /** Each indicator's year type by id; {@code null} for an unknown id. */
    public static Function<String, YearType> yearTypes(List<Indicator> indicators) {
        Map<String, YearType> map = new HashMap<>();
        indicators.forEach(i -> map.putIfAbsent(i.getId(), i.getYearType()));
        return map::get;
    }

    /**
     * Streams the rows of an observations table, one at a time, in constant memory.
     *
     * @param file the observations file
     * @param yearTypes the year type of each indicator id ({@code null} when unknown)
     * @return the observations in file order; close the stream to close the file. A malformed row
     *     ends the stream with an {@link UncheckedIOException} whose cause is an
     *     {@link InvalidInputException} naming the row
     * @throws IOException if the file cannot be opened
     * @throws InvalidInputException if the header is malformed
     */
    public static Stream<Observation> streamObservations(Path file, Function<String, YearType> yearTypes)
            throws IOException {
        Problems problems = new Problems(100);
        TableReader in = TableReader.open(file, OBSERVATIONS, problems);
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            in.close();
            throw e;
        }
        Sharing shared = new Sharing();
        Iterator<Observation> it = new Iterator<>() {
            private Observation next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = advance();
                    done = next == null;
                }
                return next != null;
            }

            private Observation advance() {
                Row row = in.next();
                Observation o = row == null ? null : build(row, r -> observation(r, yearTypes, shared));
                try {
                    problems.throwIfAny();
                } catch (InvalidInputException e) {
                    throw new UncheckedIOException(e);
                }
                return o;
            }

            @Override
            public Observation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Observation o = next;
                next = null;
                return o;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static Plan plan(Row r) {
        String id = r.text("id");
        String name = r.text("name");
        Optional<String> owner = r.optText("owner");
        Optional<ReportingPeriod> start = r.period("start", null);
        Optional<ReportingPeriod> end = r.period("end", null);
        if (!r.ok()) {
            return null;
        }
        return Plan.builder()
                .id(id)
                .name(name)
                .owner(owner)
                .start(start)
                .end(end)
                .build();
    }

    private static Theme theme(Row r) {
        String id = r.text("id");
        String name = r.text("name");
        Optional<String> description = r.optText("description");
        if (!r.ok()) {
            return null;
        }
        return Theme.builder().id(id).name(name).description(description).build();
    }

    private static Priority priority(Row r) {
        String id = r.text("id");
        String name = r.text("name");
        Optional<String> theme = r.optText("theme");
        if (!r.ok()) {
            return null;
        }
        return Priority.builder().id(id).name(name).themeId(theme).build();
    }

    private static Action action(Row r) {
        String id = r.text("id");
        String title = r.text("title");
        boolean noPriorities = r.isEmpty("priorities");
        List<String> priorities = r.list("priorities");
        List<Fraction> weights = r.fractions("weights");
        Optional<String> lead = r.optText("lead");
        if (noPriorities) {
            r.fail("priorities", null, "an action serves at least one priority: give ids such as P1;P5");
        }
        if (!r.ok()) {
            return null;
        }
        if (!weights.isEmpty() && weights.size() != priorities.size()) {
            r.fail(
                    "weights",
                    weightsText(weights),
                    "gives " + weights.size() + " weights for " + priorities.size()
                            + " priorities: give one weight per priority, in the same order, or none");
            return null;
        }
        return Action.builder()
                .id(id)
                .title(title)
                .addAllPriorityIds(priorities)
                .addAllWeights(weights)
                .lead(lead)
                .build();
    }

    private static ActionUpdate actionUpdate(Row r) {
        String action = r.text("action");
        ReportingPeriod period = r.requiredPeriod("period", null);
        Status status = r.requiredCode("status", Status.class);
        Optional<String> commentary = r.optText("commentary");
        Optional<LocalDate> updatedOn = r.date("updated_on");
        if (!r.ok()) {
            return null;
        }
        return ActionUpdate.builder()
                .actionId(action)
                .period(period)
                .status(status)
                .commentary(commentary)
                .updatedOn(updatedOn)
                .build();
    }

    private static Indicator indicator(Row r) {
        String id = r.text("id");
        String name = r.text("name");
        Optional<String> unit = r.optText("unit");
        Optional<Integer> decimalPlaces = r.integer("decimal_places", 0, 10);
        Polarity polarity = r.requiredCode("polarity", Polarity.class);
        Optional<MeasureType> measureType = r.code("measure_type", MeasureType.class);
        Optional<StatisticType> statisticType = r.code("statistic_type", StatisticType.class);
        Optional<BigDecimal> multiplier = r.decimal("multiplier");
        Optional<Frequency> frequency = r.code("frequency", Frequency.class);
        Optional<YearType> yearType = r.code("year_type", YearType.class);
        Optional<Boolean> banded = r.bool("quartile_banded");
        List<String> priorities = r.list("priorities");
        Optional<String> description = r.optText("description");
        if (!r.ok()) {
            return null;
        }
        var b = Indicator.builder()
                .id(id)
                .name(name)
                .unit(unit)
                .polarity(polarity)
                .multiplier(multiplier)
                .addAllPriorityIds(priorities)
                .description(description);
        decimalPlaces.ifPresent(b::decimalPlaces);
        measureType.ifPresent(b::measureType);
        statisticType.ifPresent(b::statisticType);
        frequency.ifPresent(b::frequency);
        yearType.ifPresent(b::yearType);
        banded.ifPresent(b::quartileBanded);
        return b.build();
    }

    private static YearType yearTypeOf(String indicator, Function<String, YearType> yearTypes) {
        return indicator == null ? null : yearTypes.apply(indicator);
    }

    private static Target target(Row r, Function<String, YearType> yearTypes) {
        String indicator = r.text("indicator");
        ReportingPeriod period = r.requiredPeriod("period", yearTypeOf(indicator, yearTypes));
        Optional<String> area = r.optText("area");
        Optional<BigDecimal> value = r.decimal("value");
        Optional<BigDecimal> lower = r.decimal("lower");
        Optional<BigDecimal> upper = r.decimal("upper");
        Optional<Tolerance> tolerance = r.tolerance("tolerance");
        if (!r.ok()) {
            return null;
        }
        return Target.builder()
                .indicatorId(indicator)
                .period(period)
                .areaCode(area)
                .value(value)
                .lower(lower)
                .upper(upper)
                .tolerance(tolerance)
                .build();
    }

    /**
     * One observation row: an empty status means ACTUAL when there is a value and MISSING when there
     * is none.
     */
    static Observation observation(Row r, Function<String, YearType> yearTypes, Sharing shared) {
        String indicator = shared.text(r, "indicator");
        String area = shared.text(r, "area");
        ReportingPeriod period = shared.period(r, "period", yearTypeOf(indicator, yearTypes));
        Optional<BigDecimal> value = r.decimal("value");
        Optional<BigDecimal> numerator = r.decimal("numerator");
        Optional<BigDecimal> denominator = r.decimal("denominator");
        Optional<BigDecimal> lowerCi = r.decimal("lower_ci");
        Optional<BigDecimal> upperCi = r.decimal("upper_ci");
        Optional<BigDecimal> ciLevel = r.decimal("ci_level");
        Optional<ObservationStatus> status = shared.code(r, "status", ObservationStatus.class);
        Optional<String> note = r.optText("note");
        if (!r.ok()) {
            return null;
        }
        return Observation.builder()
                .indicatorId(indicator)
                .areaCode(area)
                .period(period)
                .value(value)
                .numerator(numerator)
                .denominator(denominator)
                .lowerCi(lowerCi)
                .upperCi(upperCi)
                .ciLevel(ciLevel)
                .status(status.orElse(value.isPresent() ? ObservationStatus.ACTUAL : ObservationStatus.MISSING))
                .note(note)
                .build();
    }

    private static Area area(Row r) {
        String code = r.text("code");
        String name = r.text("name");
        AreaType type = r.requiredCode("type", AreaType.class);
        Optional<String> region = r.optText("region");
        Optional<String> subtype = r.optText("subtype");
        Optional<Boolean> current = r.bool("current");
        if (!r.ok()) {
            return null;
        }
        var b = Area.builder()
                .code(code)
                .name(name)
                .type(type)
                .regionCode(region)
                .subtype(subtype);
        current.ifPresent(b::current);
        return b.build();
    }

    private static ComparatorGroup group(Row r) {
        String id = r.text("id");
        String name = r.text("name");
        ComparatorType type = r.requiredCode("type", ComparatorType.class);
        Optional<String> area = r.optText("area");
        List<String> members = r.list("members");
        if (!r.ok()) {
            return null;
        }
        return ComparatorGroup.builder()
                .id(id)
                .name(name)
                .type(type)
                .areaCode(area)
                .addAllMemberCodes(members)
                .build();
    }

    private static BenchmarkValue benchmark(Row r, Function<String, YearType> yearTypes) {
        String indicator = r.text("indicator");
        ReportingPeriod period = r.requiredPeriod("period", yearTypeOf(indicator, yearTypes));
        String comparator = r.text("comparator");
        ComparatorType type = r.requiredCode("type", ComparatorType.class);
        Optional<String> area = r.optText("area");
        Optional<BigDecimal> value = r.decimal("value");
        Optional<BigDecimal> lowerCi = r.decimal("lower_ci");
        Optional<BigDecimal> upperCi = r.decimal("upper_ci");
        if (!r.ok()) {
            return null;
        }
        return BenchmarkValue.builder()
                .indicatorId(indicator)
                .period(period)
                .comparator(comparator)
                .type(type)
                .areaCode(area)
                .value(value)
                .lowerCi(lowerCi)
                .upperCi(upperCi)
                .build();
    }

    private static ReportedSummary reported(Row r) {
        Optional<String> source = r.optText("source");
        Optional<ReportingPeriod> period = r.period("period", null);
        SummaryScope scope = r.requiredCode("scope", SummaryScope.class);
        Optional<String> scopeId = r.optText("scope_id");
        Optional<BigDecimal> total = r.decimal("total");
        Map<Status, BigDecimal> counts = new EnumMap<>(Status.class);
        Map<Status, BigDecimal> percentages = new EnumMap<>(Status.class);
        for (Status s : STATUSES) {
            String column = Cells.code(s).replace('-', '_');
            r.decimal(column).ifPresent(v -> counts.put(s, v));
            r.decimal(column + "_pct").ifPresent(v -> percentages.put(s, v));
        }
        if (!r.ok()) {
            return null;
        }
        return ReportedSummary.builder()
                .source(source)
                .period(period)
                .scope(scope)
                .scopeId(scopeId)
                .total(total)
                .putAllCounts(counts)
                .putAllPercentages(percentages)
                .build();
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
        try (TableWriter out = TableWriter.open(folder.resolve(PLAN.file()), PLAN, bom, problems)) {
            if (dataset.getPlan().isPresent()) {
                Plan p = dataset.getPlan().get();
                out.row(p.getId(), p.getName(), s(p.getOwner()), label(p.getStart()), label(p.getEnd()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(THEMES.file()), THEMES, bom, problems)) {
            for (Theme t : dataset.getThemes()) {
                out.row(t.getId(), t.getName(), s(t.getDescription()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(PRIORITIES.file()), PRIORITIES, bom, problems)) {
            for (Priority p : dataset.getPriorities()) {
                out.row(p.getId(), p.getName(), s(p.getThemeId()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(ACTIONS.file()), ACTIONS, bom, problems)) {
            for (Action a : dataset.getActions()) {
                out.row(
                        a.getId(),
                        a.getTitle(),
                        out.list("priorities", a.getPriorityIds()),
                        a.getWeights().isEmpty() ? null : weightsText(a.getWeights()),
                        s(a.getLead()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(ACTION_UPDATES.file()), ACTION_UPDATES, bom, problems)) {
            for (ActionUpdate u : dataset.getActionUpdates()) {
                out.row(
                        u.getActionId(),
                        u.getPeriod().toString(),
                        Cells.code(u.getStatus()),
                        s(u.getCommentary()),
                        u.getUpdatedOn().map(Object::toString).orElse(null));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(INDICATORS.file()), INDICATORS, bom, problems)) {
            for (Indicator i : dataset.getIndicators()) {
                out.row(
                        i.getId(),
                        i.getName(),
                        s(i.getUnit()),
                        Integer.toString(i.getDecimalPlaces()),
                        Cells.code(i.getPolarity()),
                        Cells.code(i.getMeasureType()),
                        Cells.code(i.getStatisticType()),
                        d(i.getMultiplier()),
                        Cells.code(i.getFrequency()),
                        Cells.code(i.getYearType()),
                        Boolean.toString(i.isQuartileBanded()),
                        out.list("priorities", i.getPriorityIds()),
                        s(i.getDescription()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(TARGETS.file()), TARGETS, bom, problems)) {
            for (Target t : dataset.getTargets()) {
                out.row(
                        t.getIndicatorId(),
                        t.getPeriod().toString(),
                        s(t.getAreaCode()),
                        d(t.getValue()),
                        d(t.getLower()),
                        d(t.getUpper()),
                        t.getTolerance().map(Object::toString).orElse(null));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(OBSERVATIONS.file()), OBSERVATIONS, bom, problems)) {
            for (Observation o : dataset.getObservations()) {
                out.row(
                        o.getIndicatorId(),
                        o.getAreaCode(),
                        o.getPeriod().toString(),
                        d(o.getValue()),
                        d(o.getNumerator()),
                        d(o.getDenominator()),
                        d(o.getLowerCi()),
                        d(o.getUpperCi()),
                        d(o.getCiLevel()),
                        Cells.code(o.getStatus()),
                        s(o.getNote()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(AREAS.file()), AREAS, bom, problems)) {
            for (Area a : dataset.getAreas()) {
                out.row(
                        a.getCode(),
                        a.getName(),
                        Cells.code(a.getType()),
                        s(a.getRegionCode()),
                        s(a.getSubtype()),
                        Boolean.toString(a.isCurrent()));
            }
        }
        try (TableWriter out =
                TableWriter.open(folder.resolve(COMPARATOR_GROUPS.file()), COMPARATOR_GROUPS, bom, problems)) {
            for (ComparatorGroup g : dataset.getComparatorGroups()) {
                out.row(
                        g.getId(),
                        g.getName(),
                        Cells.code(g.getType()),
                        s(g.getAreaCode()),
                        out.list("members", g.getMemberCodes()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(BENCHMARKS.file()), BENCHMARKS, bom, problems)) {
            for (BenchmarkValue b : dataset.getBenchmarks()) {
                out.row(
                        b.getIndicatorId(),
                        b.getPeriod().toString(),
                        b.getComparator(),
                        Cells.code(b.getType()),
                        s(b.getAreaCode()),
                        d(b.getValue()),
                        d(b.getLowerCi()),
                        d(b.getUpperCi()));
            }
        }
        try (TableWriter out = TableWriter.open(folder.resolve(REPORTED.file()), REPORTED, bom, problems)) {
            for (ReportedSummary r : dataset.getReported()) {
                List<String> cells = new ArrayList<>(); // null cells (no value) allowed
                cells.add(s(r.getSource()));
                cells.add(label(r.getPeriod()));
                cells.add(Cells.code(r.getScope()));
                cells.add(s(r.getScopeId()));
                for (Status st : STATUSES) {
                    cells.add(d(Optional.ofNullable(r.getCounts().get(st))));
                }
                cells.add(d(r.getTotal()));
                for (Status st : STATUSES) {
                    cells.add(d(Optional.ofNullable(r.getPercentages().get(st))));
                }
                out.row(cells.toArray(String[]::new));
            }
        }
    }

    private static String s(Optional<String> text) {
        return text.orElse(null);
    }

    private static String d(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse(null);
    }

    private static String label(Optional<ReportingPeriod> period) {
        return period.map(ReportingPeriod::toString).orElse(null);
    }

    private static String weightsText(List<Fraction> weights) {
        StringBuilder s = new StringBuilder();
        for (Fraction w : weights) {
            s.append(s.length() == 0 ? "" : ";").append(w.getNumerator());
            if (w.getDenominator() != 1) {
                s.append('/').append(w.getDenominator());
            }
        }
        return s.toString();
    }
}
