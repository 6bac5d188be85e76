package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.outturn.io.Codes;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.ImmutableAction;
import io.github.outturn.model.ImmutableActionUpdate;
import io.github.outturn.model.ImmutableArea;
import io.github.outturn.model.ImmutableBenchmarkValue;
import io.github.outturn.model.ImmutableComparatorGroup;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.ImmutableIndicator;
import io.github.outturn.model.ImmutablePlan;
import io.github.outturn.model.ImmutablePriority;
import io.github.outturn.model.ImmutableReportedSummary;
import io.github.outturn.model.ImmutableTarget;
import io.github.outturn.model.ImmutableTheme;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.commons.numbers.fraction.Fraction;

/**
 * Reads a dataset document token by token with Jackson's streaming parser: each element is read
 * field by field straight into its builder, so no tree of the document (nor of an element) is built.
 *
 * <p>Every problem is collected with its place; the dataset is built only when there are none. A
 * period of an observation, target or benchmark is parsed with its indicator's year type: at once when
 * the indicator came earlier in the document (as written by {@link DatasetWriter}), otherwise once the
 * whole document has been read. One instance reads one document.
 */
public final class DatasetReader {

    static final String ROOT_FIELDS = "schemaVersion, plan, themes, priorities, actions, actionUpdates,"
            + " indicators, targets, observations, areas, comparatorGroups, benchmarks, reported";
    static final String PLAN_FIELDS = "id, name, owner, start, end";
    static final String THEME_FIELDS = "id, name, description";
    static final String PRIORITY_FIELDS = "id, name, themeId";
    static final String ACTION_FIELDS = "id, title, priorityIds, weights, lead";
    static final String UPDATE_FIELDS = "actionId, period, status, commentary, updatedOn";
    static final String INDICATOR_FIELDS = "id, name, unit, decimalPlaces, polarity, measureType, statisticType,"
            + " multiplier, frequency, yearType, quartileBanded, priorityIds, description";
    static final String TARGET_FIELDS = "indicatorId, period, areaCode, value, lower, upper, tolerance";
    static final String OBSERVATION_FIELDS = "indicatorId, areaCode, period, value, numerator, denominator,"
            + " lowerCi, upperCi, ciLevel, status, note";
    static final String AREA_FIELDS = "code, name, type, regionCode, subtype, current";
    static final String GROUP_FIELDS = "id, name, type, areaCode, memberCodes";
    static final String BENCHMARK_FIELDS = "indicatorId, period, comparator, type, areaCode, value, lowerCi, upperCi";
    static final String REPORTED_FIELDS = "source, period, scope, scopeId, counts, total, percentages";

    private static final String TEXT = "a string";
    private static final String LABEL = "a period label such as \"2014/15 Q2\"";

    @FunctionalInterface
    private interface ElementReader {
        void read(int index) throws IOException;
    }

    private final JsonInput in;
    private final JsonParser p;

    /** The year type of each indicator read so far (the first of duplicate ids). */
    private final Map<String, YearType> yearTypes = new HashMap<>();

    /** Elements whose period waits for an indicator later in the document. */
    private final List<Runnable> deferred = new ArrayList<>();

    private final ImmutableDataset.Builder dataset = Dataset.builder();
    private final List<Target> targets = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<BenchmarkValue> benchmarks = new ArrayList<>();

    private DatasetReader(JsonParser p, String source, boolean lenient, int maxProblems) {
        this.p = p;
        this.in = new JsonInput(p, source, lenient, maxProblems);
    }

    /**
     * Reads one dataset document.
     *
     * @param parser a parser at the start of the document; not closed here
     * @param source the file name for problems
     * @param lenient whether unknown fields are skipped rather than reported
     * @param maxProblems the number of problems after which reading stops
     * @return the dataset
     * @throws InvalidInputException with every problem found
     * @throws IOException if the input cannot be read
     */
    public static Dataset read(JsonParser parser, String source, boolean lenient, int maxProblems) throws IOException {
        return new DatasetReader(parser, source, lenient, maxProblems).read();
    }

    private Dataset read() throws IOException {
        try {
            readDocument();
            for (Runnable r : deferred) {
                r.run();
            }
        } catch (JsonProcessingException e) {
            fatal(in, e);
        } catch (JsonInput.TooManyProblems e) {
            // The cap is reached: report what was found.
        }
        in.throwIfProblems();
        // The large lists go in through with*, which copies each once at its size; the builder would
        // grow a list of its own step by step and then copy it again.
        return dataset.targets(targets).build().withObservations(observations).withBenchmarks(benchmarks);
    }

    /** Records a malformed or truncated document: the parser cannot go on. */
    static void fatal(JsonInput in, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String pointer = in.p.getParsingContext() == null
                ? null
                : in.p.getParsingContext().pathAsPointer().toString();
        in.problem(
                where,
                pointer == null || pointer.isEmpty() ? null : pointer,
                null,
                null,
                (e instanceof StreamConstraintsException ? "document exceeds a reading limit: " : "malformed JSON: ")
                        + e.getOriginalMessage());
    }

    private void readDocument() throws IOException {
        JsonToken t = p.nextToken();
        in.enter("", -1);
        if (t == null) {
            in.problem(null, null, null, null, "empty document: expected a JSON object with \"schemaVersion\": 1");
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            in.problem(
                    in.here(),
                    null,
                    null,
                    in.shown(),
                    "expected a dataset document, a JSON object with \"schemaVersion\": 1, found " + in.found());
            return;
        }
        JsonLocation start = in.here();
        long seen = 0;
        boolean version = false;
        for (String f; (f = in.nextField()) != null; in.enter("", -1)) {
            int bit = rootBit(f);
            if (bit < 0) {
                in.unknown(f, ROOT_FIELDS);
                continue;
            }
            if ((seen & (1L << bit)) != 0) {
                in.problem(
                        in.fieldLocation(),
                        in.at(f),
                        f,
                        null,
                        "duplicate key " + Quote.of(f) + ": each field may appear once");
                p.skipChildren();
                continue;
            }
            seen |= 1L << bit;
            switch (f) {
                case "schemaVersion" -> {
                    version = true;
                    schemaVersion();
                }
                case "plan" -> {
                    if (p.currentToken() != JsonToken.VALUE_NULL && in.expectObject(f, "a plan object")) {
                        in.enter("plan", -1);
                        readPlan();
                    }
                }
                case "themes" -> array(f, "a theme", this::readTheme);
                case "priorities" -> array(f, "a priority", this::readPriority);
                case "actions" -> array(f, "an action", this::readAction);
                case "actionUpdates" -> array(f, "an action update", this::readUpdate);
                case "indicators" -> array(f, "an indicator", this::readIndicator);
                case "targets" -> array(f, "a target", this::readTarget);
                case "observations" -> array(f, "an observation", this::readObservation);
                case "areas" -> array(f, "an area", this::readArea);
                case "comparatorGroups" -> array(f, "a comparator group", this::readGroup);
                case "benchmarks" -> array(f, "a benchmark value", this::readBenchmark);
                case "reported" -> array(f, "a reported summary", this::readReported);
                default -> throw new IllegalStateException(f);
            }
        }
        if (!version) {
            in.problem(
                    start,
                    "/schemaVersion",
                    "schemaVersion",
                    null,
                    "missing required field \"schemaVersion\": expected \"schemaVersion\": 1 (this reader reads version 1)");
        }
        JsonToken after = p.nextToken();
        if (after != null) {
            in.problem(
                    in.here(),
                    null,
                    null,
                    in.shown(),
                    "unexpected content after the end of the document: expected one JSON object");
        }
    }

    private static int rootBit(String f) {
        return switch (f) {
            case "schemaVersion" -> 0;
            case "plan" -> 1;
            case "themes" -> 2;
            case "priorities" -> 3;
            case "actions" -> 4;
            case "actionUpdates" -> 5;
            case "indicators" -> 6;
            case "targets" -> 7;
            case "observations" -> 8;
            case "areas" -> 9;
            case "comparatorGroups" -> 10;
            case "benchmarks" -> 11;
            case "reported" -> 12;
            default -> -1;
        };
    }

    private void schemaVersion() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getText().equals("1")) {
            return;
        }
        in.problem(
                in.here(),
                "/schemaVersion",
                "schemaVersion",
                in.shown(),
                "unsupported schemaVersion: expected 1, the version this reader reads");
        p.skipChildren();
    }

    private void array(String name, String what, ElementReader reader) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL || !in.expectArray(name, "an array of objects")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            in.enter(name, i);
            if (p.currentToken() == JsonToken.START_OBJECT) {
                reader.read(i);
            } else {
                in.wrongType(null, "an object (" + what + ")");
            }
            i++;
        }
    }

    /** Reports a required field that is absent or null; true if the value is there. */
    private boolean required(JsonLocation start, Object value, String field, String expected) {
        if (value == null && !in.reported(field)) {
            in.missing(start, field, expected);
        }
        return value != null;
    }

    /** Builds an element, reporting a builder invariant at the element's start. */
    private <T> T build(JsonLocation start, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalStateException | IllegalArgumentException e) {
            in.problem(start, in.element(), null, null, e.getMessage());
            return null;
        }
    }

    // ---- Elements -------------------------------------------------------------------------------

    private void readPlan() throws IOException {
        JsonLocation start = in.here();
        ImmutablePlan.Builder b = Plan.builder();
        String id = null;
        String name = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.string(f) : id;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "owner" -> {
                    if (in.first(2, f)) {
                        b.owner(in.string(f));
                    }
                }
                case "start" -> {
                    if (in.first(3, f)) {
                        b.start(in.period(f));
                    }
                }
                case "end" -> {
                    if (in.first(4, f)) {
                        b.end(in.period(f));
                    }
                }
                default -> in.unknown(f, PLAN_FIELDS);
            }
        }
        boolean ok = required(start, id, "id", TEXT) & required(start, name, "name", TEXT);
        if (ok && !in.bad) {
            String i = id;
            String n = name;
            Plan plan = build(start, () -> b.id(i).name(n).build());
            if (plan != null) {
                dataset.plan(plan);
            }
        }
    }

    private void readTheme(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableTheme.Builder b = Theme.builder();
        String id = null;
        String name = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.string(f) : id;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "description" -> {
                    if (in.first(2, f)) {
                        b.description(in.string(f));
                    }
                }
                default -> in.unknown(f, THEME_FIELDS);
            }
        }
        boolean ok = required(start, id, "id", TEXT) & required(start, name, "name", TEXT);
        if (ok && !in.bad) {
            String i = id;
            String n = name;
            Theme theme = build(start, () -> b.id(i).name(n).build());
            if (theme != null) {
                dataset.addThemes(theme);
            }
        }
    }

    private void readPriority(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutablePriority.Builder b = Priority.builder();
        String id = null;
        String name = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.id(f) : id;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "themeId" -> {
                    if (in.first(2, f)) {
                        b.themeId(in.id(f));
                    }
                }
                default -> in.unknown(f, PRIORITY_FIELDS);
            }
        }
        boolean ok = required(start, id, "id", TEXT) & required(start, name, "name", TEXT);
        if (ok && !in.bad) {
            String i = id;
            String n = name;
            Priority priority = build(start, () -> b.id(i).name(n).build());
            if (priority != null) {
                dataset.addPriorities(priority);
            }
        }
    }

    private void readAction(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableAction.Builder b = Action.builder();
        String id = null;
        String title = null;
        List<String> priorityIds = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.id(f) : id;
                case "title" -> title = in.first(1, f) ? in.string(f) : title;
                case "priorityIds" -> priorityIds = in.first(2, f) ? in.strings(f) : priorityIds;
                case "weights" -> {
                    if (in.first(3, f)) {
                        b.weights(weights(f));
                    }
                }
                case "lead" -> {
                    if (in.first(4, f)) {
                        b.lead(in.string(f));
                    }
                }
                default -> in.unknown(f, ACTION_FIELDS);
            }
        }
        boolean ok = required(start, id, "id", TEXT)
                & required(start, title, "title", TEXT)
                & required(start, priorityIds, "priorityIds", "an array of priority ids such as [\"P1\", \"P5\"]");
        if (ok && !in.bad) {
            String i = id;
            String t = title;
            List<String> ps = priorityIds;
            Action action = build(start, () -> b.id(i).title(t).priorityIds(ps).build());
            if (action != null) {
                dataset.addActions(action);
            }
        }
    }

    private List<Fraction> weights(String field) throws IOException {
        List<Fraction> list = new ArrayList<>();
        if (p.currentToken() == JsonToken.VALUE_NULL
                || !in.expectArray(field, "an array of fractions such as [\"1/2\", \"1/2\"]")) {
            return list;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Fraction f = in.fraction(field, in.at(field) + "/" + i);
            if (f != null) {
                list.add(f);
            }
            i++;
        }
        return list;
    }

    private void readUpdate(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableActionUpdate.Builder b = ActionUpdate.builder();
        String actionId = null;
        ReportingPeriod period = null;
        Status status = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "actionId" -> actionId = in.first(0, f) ? in.id(f) : actionId;
                case "period" -> period = in.first(1, f) ? in.period(f) : period;
                case "status" -> status = in.first(2, f) ? in.code(f, Status.class) : status;
                case "commentary" -> {
                    if (in.first(3, f)) {
                        b.commentary(in.string(f));
                    }
                }
                case "updatedOn" -> {
                    if (in.first(4, f)) {
                        LocalDate d = in.date(f);
                        b.updatedOn(Optional.ofNullable(d));
                    }
                }
                default -> in.unknown(f, UPDATE_FIELDS);
            }
        }
        boolean ok = required(start, actionId, "actionId", TEXT)
                & required(start, period, "period", LABEL)
                & required(start, status, "status", codes(Status.class));
        if (ok && !in.bad) {
            String a = actionId;
            ReportingPeriod pd = period;
            Status s = status;
            ActionUpdate u =
                    build(start, () -> b.actionId(a).period(pd).status(s).build());
            if (u != null) {
                dataset.addActionUpdates(u);
            }
        }
    }

    private static String codes(Class<? extends Enum<?>> type) {
        return "one of " + Codes.allOf(type);
    }

    private void readIndicator(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableIndicator.Builder b = Indicator.builder();
        String id = null;
        String name = null;
        Polarity polarity = null;
        YearType yearType = YearType.FINANCIAL;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.id(f) : id;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "unit" -> {
                    if (in.first(2, f)) {
                        b.unit(in.string(f));
                    }
                }
                case "decimalPlaces" -> {
                    if (in.first(3, f)) {
                        Integer dp = in.integer(f);
                        if (dp != null) {
                            b.decimalPlaces(dp);
                        }
                    }
                }
                case "polarity" -> polarity = in.first(4, f) ? in.code(f, Polarity.class) : polarity;
                case "measureType" -> {
                    if (in.first(5, f)) {
                        MeasureType m = in.code(f, MeasureType.class);
                        if (m != null) {
                            b.measureType(m);
                        }
                    }
                }
                case "statisticType" -> {
                    if (in.first(6, f)) {
                        StatisticType s = in.code(f, StatisticType.class);
                        if (s != null) {
                            b.statisticType(s);
                        }
                    }
                }
                case "multiplier" -> {
                    if (in.first(7, f)) {
                        b.multiplier(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "frequency" -> {
                    if (in.first(8, f)) {
                        Frequency fr = in.code(f, Frequency.class);
                        if (fr != null) {
                            b.frequency(fr);
                        }
                    }
                }
                case "yearType" -> {
                    if (in.first(9, f)) {
                        YearType y = in.code(f, YearType.class);
                        if (y != null) {
                            yearType = y;
                            b.yearType(y);
                        }
                    }
                }
                case "quartileBanded" -> {
                    if (in.first(10, f)) {
                        Boolean q = in.bool(f);
                        if (q != null) {
                            b.quartileBanded(q);
                        }
                    }
                }
                case "priorityIds" -> {
                    if (in.first(11, f)) {
                        List<String> ids = in.strings(f);
                        if (ids != null) {
                            b.priorityIds(ids);
                        }
                    }
                }
                case "description" -> {
                    if (in.first(12, f)) {
                        b.description(in.string(f));
                    }
                }
                default -> in.unknown(f, INDICATOR_FIELDS);
            }
        }
        if (id != null) {
            yearTypes.putIfAbsent(id, yearType);
        }
        boolean ok = required(start, id, "id", TEXT)
                & required(start, name, "name", TEXT)
                & required(start, polarity, "polarity", codes(Polarity.class));
        if (ok && !in.bad) {
            String i = id;
            String n = name;
            Polarity pol = polarity;
            Indicator indicator =
                    build(start, () -> b.id(i).name(n).polarity(pol).build());
            if (indicator != null) {
                dataset.addIndicators(indicator);
            }
        }
    }

    /**
     * A period field of an element that belongs to an indicator: parsed now when the indicator's year
     * type is known, else kept with its place for {@link #resolve}.
     */
    private static final class Label {
        final String text;
        final JsonLocation where;
        final String pointer;

        Label(String text, JsonLocation where, String pointer) {
            this.text = text;
            this.where = where;
            this.pointer = pointer;
        }
    }

    /** On a period token: the period if the indicator is known, else null with the label kept. */
    private Object periodOf(String indicatorId, String field) throws IOException {
        String label = in.label(field);
        if (label == null) {
            return null;
        }
        YearType yearType = indicatorId == null ? null : yearTypes.get(indicatorId);
        if (yearType != null) {
            return in.periodHere(label, yearType, field);
        }
        return new Label(label, in.here(), in.at(field));
    }

    /** Parses a kept label with the indicator's year type, or plainly if the document has no such indicator. */
    private ReportingPeriod resolve(String indicatorId, Label label) {
        return in.period(label.text, yearTypes.get(indicatorId), label.where, label.pointer, "period");
    }

    /**
     * Builds an element now, or once the document is read when its period waits for its indicator.
     */
    private <T> void add(
            List<T> list, JsonLocation start, String indicatorId, Object period, Function<ReportingPeriod, T> builder) {
        if (period instanceof ReportingPeriod known) {
            try {
                list.add(builder.apply(known));
            } catch (IllegalStateException | IllegalArgumentException e) {
                in.problem(start, in.element(), null, null, e.getMessage());
            }
            return;
        }
        Label label = (Label) period;
        if (yearTypes.containsKey(indicatorId)) {
            ReportingPeriod pd = resolve(indicatorId, label);
            if (pd != null) {
                T value = build(start, () -> builder.apply(pd));
                if (value != null) {
                    list.add(value);
                }
            }
            return;
        }
        int slot = list.size();
        list.add(null);
        String pointer = in.element();
        deferred.add(() -> {
            ReportingPeriod pd = resolve(indicatorId, label);
            if (pd != null) {
                try {
                    list.set(slot, builder.apply(pd));
                } catch (IllegalStateException | IllegalArgumentException e) {
                    in.problem(start, pointer, null, null, e.getMessage());
                }
            }
        });
    }

    private void readTarget(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableTarget.Builder b = Target.builder();
        String indicatorId = null;
        Object period = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "indicatorId" -> indicatorId = in.first(0, f) ? in.id(f) : indicatorId;
                case "period" -> period = in.first(1, f) ? periodOf(indicatorId, f) : period;
                case "areaCode" -> {
                    if (in.first(2, f)) {
                        b.areaCode(in.id(f));
                    }
                }
                case "value" -> {
                    if (in.first(3, f)) {
                        b.value(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "lower" -> {
                    if (in.first(4, f)) {
                        b.lower(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "upper" -> {
                    if (in.first(5, f)) {
                        b.upper(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "tolerance" -> {
                    if (in.first(6, f)) {
                        Tolerance t = in.tolerance(f);
                        b.tolerance(Optional.ofNullable(t));
                    }
                }
                default -> in.unknown(f, TARGET_FIELDS);
            }
        }
        boolean ok = required(start, indicatorId, "indicatorId", TEXT) & required(start, period, "period", LABEL);
        if (ok && !in.bad) {
            String i = indicatorId;
            add(targets, start, i, period, pd -> b.indicatorId(i).period(pd).build());
        }
    }

    private void readObservation(int index) throws IOException {
        JsonLocation start = in.here();
        Observation.Builder b = Observation.builder();
        String indicatorId = null;
        String areaCode = null;
        Object period = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "indicatorId" -> indicatorId = in.first(0, f) ? in.id(f) : indicatorId;
                case "areaCode" -> areaCode = in.first(1, f) ? in.id(f) : areaCode;
                case "period" -> period = in.first(2, f) ? periodOf(indicatorId, f) : period;
                case "value" -> {
                    if (in.first(3, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.value(v);
                        }
                    }
                }
                case "numerator" -> {
                    if (in.first(4, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.numerator(v);
                        }
                    }
                }
                case "denominator" -> {
                    if (in.first(5, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.denominator(v);
                        }
                    }
                }
                case "lowerCi" -> {
                    if (in.first(6, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.lowerCi(v);
                        }
                    }
                }
                case "upperCi" -> {
                    if (in.first(7, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.upperCi(v);
                        }
                    }
                }
                case "ciLevel" -> {
                    if (in.first(8, f)) {
                        BigDecimal v = in.decimal(f);
                        if (v != null) {
                            b.ciLevel(v);
                        }
                    }
                }
                case "status" -> {
                    if (in.first(9, f)) {
                        ObservationStatus s = in.code(f, ObservationStatus.class);
                        if (s != null) {
                            b.status(s);
                        }
                    }
                }
                case "note" -> {
                    if (in.first(10, f)) {
                        String n = in.string(f);
                        if (n != null) {
                            b.note(n);
                        }
                    }
                }
                default -> in.unknown(f, OBSERVATION_FIELDS);
            }
        }
        boolean ok = required(start, indicatorId, "indicatorId", TEXT)
                & required(start, areaCode, "areaCode", TEXT)
                & required(start, period, "period", LABEL);
        if (ok && !in.bad) {
            String i = indicatorId;
            String a = areaCode;
            add(
                    observations,
                    start,
                    i,
                    period,
                    pd -> b.indicatorId(i).areaCode(a).period(pd).build());
        }
    }

    private void readArea(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableArea.Builder b = Area.builder();
        String code = null;
        String name = null;
        AreaType type = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "code" -> code = in.first(0, f) ? in.id(f) : code;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "type" -> type = in.first(2, f) ? in.code(f, AreaType.class) : type;
                case "regionCode" -> {
                    if (in.first(3, f)) {
                        b.regionCode(in.id(f));
                    }
                }
                case "subtype" -> {
                    if (in.first(4, f)) {
                        b.subtype(in.string(f));
                    }
                }
                case "current" -> {
                    if (in.first(5, f)) {
                        Boolean c = in.bool(f);
                        if (c != null) {
                            b.current(c);
                        }
                    }
                }
                default -> in.unknown(f, AREA_FIELDS);
            }
        }
        boolean ok = required(start, code, "code", TEXT)
                & required(start, name, "name", TEXT)
                & required(start, type, "type", codes(AreaType.class));
        if (ok && !in.bad) {
            String c = code;
            String n = name;
            AreaType t = type;
            Area area = build(start, () -> b.code(c).name(n).type(t).build());
            if (area != null) {
                dataset.addAreas(area);
            }
        }
    }

    private void readGroup(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableComparatorGroup.Builder b = ComparatorGroup.builder();
        String id = null;
        String name = null;
        ComparatorType type = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "id" -> id = in.first(0, f) ? in.id(f) : id;
                case "name" -> name = in.first(1, f) ? in.string(f) : name;
                case "type" -> type = in.first(2, f) ? in.code(f, ComparatorType.class) : type;
                case "areaCode" -> {
                    if (in.first(3, f)) {
                        b.areaCode(in.id(f));
                    }
                }
                case "memberCodes" -> {
                    if (in.first(4, f)) {
                        List<String> codes = in.strings(f);
                        if (codes != null) {
                            b.memberCodes(codes);
                        }
                    }
                }
                default -> in.unknown(f, GROUP_FIELDS);
            }
        }
        boolean ok = required(start, id, "id", TEXT)
                & required(start, name, "name", TEXT)
                & required(start, type, "type", codes(ComparatorType.class));
        if (ok && !in.bad) {
            String i = id;
            String n = name;
            ComparatorType t = type;
            ComparatorGroup g = build(start, () -> b.id(i).name(n).type(t).build());
            if (g != null) {
                dataset.addComparatorGroups(g);
            }
        }
    }

    private void readBenchmark(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableBenchmarkValue.Builder b = BenchmarkValue.builder();
        String indicatorId = null;
        Object period = null;
        String comparator = null;
        ComparatorType type = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "indicatorId" -> indicatorId = in.first(0, f) ? in.id(f) : indicatorId;
                case "period" -> period = in.first(1, f) ? periodOf(indicatorId, f) : period;
                case "comparator" -> comparator = in.first(2, f) ? in.id(f) : comparator;
                case "type" -> type = in.first(3, f) ? in.code(f, ComparatorType.class) : type;
                case "areaCode" -> {
                    if (in.first(4, f)) {
                        b.areaCode(in.id(f));
                    }
                }
                case "value" -> {
                    if (in.first(5, f)) {
                        b.value(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "lowerCi" -> {
                    if (in.first(6, f)) {
                        b.lowerCi(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "upperCi" -> {
                    if (in.first(7, f)) {
                        b.upperCi(Optional.ofNullable(in.decimal(f)));
                    }
                }
                default -> in.unknown(f, BENCHMARK_FIELDS);
            }
        }
        boolean ok = required(start, indicatorId, "indicatorId", TEXT)
                & required(start, period, "period", LABEL)
                & required(start, comparator, "comparator", TEXT)
                & required(start, type, "type", codes(ComparatorType.class));
        if (ok && !in.bad) {
            String i = indicatorId;
            String c = comparator;
            ComparatorType t = type;
            add(
                    benchmarks,
                    start,
                    i,
                    period,
                    pd -> b.indicatorId(i).period(pd).comparator(c).type(t).build());
        }
    }

    private void readReported(int index) throws IOException {
        JsonLocation start = in.here();
        ImmutableReportedSummary.Builder b = ReportedSummary.builder();
        SummaryScope scope = null;
        for (String f; (f = in.nextField()) != null; ) {
            switch (f) {
                case "source" -> {
                    if (in.first(0, f)) {
                        b.source(in.string(f));
                    }
                }
                case "period" -> {
                    if (in.first(1, f)) {
                        b.period(Optional.ofNullable(in.period(f)));
                    }
                }
                case "scope" -> scope = in.first(2, f) ? in.code(f, SummaryScope.class) : scope;
                case "scopeId" -> {
                    if (in.first(3, f)) {
                        b.scopeId(in.id(f));
                    }
                }
                case "counts" -> {
                    if (in.first(4, f)) {
                        b.counts(statusMap(f));
                    }
                }
                case "total" -> {
                    if (in.first(5, f)) {
                        b.total(Optional.ofNullable(in.decimal(f)));
                    }
                }
                case "percentages" -> {
                    if (in.first(6, f)) {
                        b.percentages(statusMap(f));
                    }
                }
                default -> in.unknown(f, REPORTED_FIELDS);
            }
        }
        boolean ok = required(start, scope, "scope", codes(SummaryScope.class));
        if (ok && !in.bad) {
            SummaryScope s = scope;
            ReportedSummary r = build(start, () -> b.scope(s).build());
            if (r != null) {
                dataset.addReported(r);
            }
        }
    }

    /** {@code {"green": 12, "amber": 28.5}}: numbers keyed by status codes. */
    private Map<Status, BigDecimal> statusMap(String field) throws IOException {
        Map<Status, BigDecimal> map = new EnumMap<>(Status.class);
        if (p.currentToken() == JsonToken.VALUE_NULL
                || !in.expectObject(field, "an object of numbers keyed by status, such as {\"green\": 12}")) {
            return map;
        }
        Set<String> keys = new HashSet<>();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            JsonLocation keyAt = in.here();
            String key = p.currentName();
            String pointer = in.at(field) + "/" + JsonInput.escape(key);
            p.nextToken();
            if (!keys.add(key)) {
                in.problem(
                        keyAt, pointer, field, null, "duplicate key " + Quote.of(key) + ": each field may appear once");
                p.skipChildren();
                continue;
            }
            Status status = Codes.parse(Status.class, key).orElse(null);
            if (status == null) {
                in.problem(keyAt, pointer, field, key, JsonInput.unknownCode(Status.class, key));
                p.skipChildren();
                continue;
            }
            JsonToken v = p.currentToken();
            if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal number = in.number(pointer, field);
                if (number != null && map.put(status, number) != null) {
                    in.problem(
                            keyAt,
                            pointer,
                            field,
                            key,
                            "duplicate status " + Quote.of(key) + ": each status may appear once");
                }
            } else {
                in.problem(
                        in.here(), pointer, field, in.shown(), "expected a number such as 12.5, found " + in.found());
                p.skipChildren();
            }
        }
        return map;
    }
}
