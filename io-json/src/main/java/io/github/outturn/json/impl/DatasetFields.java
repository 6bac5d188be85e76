package io.github.outturn.json.impl;

import static io.github.outturn.json.impl.Fields.BOOLEAN;
import static io.github.outturn.json.impl.Fields.DATE;
import static io.github.outturn.json.impl.Fields.DECIMAL;
import static io.github.outturn.json.impl.Fields.FINANCIAL_YEAR;
import static io.github.outturn.json.impl.Fields.FRACTIONS;
import static io.github.outturn.json.impl.Fields.ID;
import static io.github.outturn.json.impl.Fields.INDICATOR_PERIOD;
import static io.github.outturn.json.impl.Fields.INTEGER;
import static io.github.outturn.json.impl.Fields.MONEY;
import static io.github.outturn.json.impl.Fields.PERIOD;
import static io.github.outturn.json.impl.Fields.PROFILE;
import static io.github.outturn.json.impl.Fields.STATUS_NUMBERS;
import static io.github.outturn.json.impl.Fields.STRINGS;
import static io.github.outturn.json.impl.Fields.TEXT;
import static io.github.outturn.json.impl.Fields.TOLERANCE;
import static io.github.outturn.json.impl.Fields.code;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.LineKind;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.json.impl.Fields.Element;
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
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dataset document's fields, each declared once: its name, how it is read and written, how it
 * is set on the element's builder and got back, and whether it is required. {@link DatasetReader} and
 * {@link DatasetWriter} follow these declarations; docs/json-format.md and the JSON Schema describe
 * the same fields. To add a field to an element, add one line to its declaration here.
 */
final class DatasetFields {

    private DatasetFields() {}

    static final Element<Plan> PLAN = Element.of(Plan.class, Plan::builder, b -> b.build())
            .required("id", TEXT, Plan::id, (b, v) -> b.id(v))
            .required("name", TEXT, Plan::name, (b, v) -> b.name(v))
            .optional("owner", TEXT, Plan::owner, (b, v) -> b.owner(v))
            .optional("start", PERIOD, Plan::start, (b, v) -> b.start(v))
            .optional("end", PERIOD, Plan::end, (b, v) -> b.end(v))
            .build();

    static final Element<Theme> THEME = Element.of(Theme.class, Theme::builder, b -> b.build())
            .required("id", TEXT, Theme::id, (b, v) -> b.id(v))
            .required("name", TEXT, Theme::name, (b, v) -> b.name(v))
            .optional("description", TEXT, Theme::description, (b, v) -> b.description(v))
            .build();

    static final Element<Priority> PRIORITY = Element.of(Priority.class, Priority::builder, b -> b.build())
            .required("id", ID, Priority::id, (b, v) -> b.id(v))
            .required("name", TEXT, Priority::name, (b, v) -> b.name(v))
            .optional("themeId", ID, Priority::themeId, (b, v) -> b.themeId(v))
            .build();

    static final Element<Action> ACTION = Element.of(Action.class, Action::builder, b -> b.build())
            .required("id", ID, Action::id, (b, v) -> b.id(v))
            .required("title", TEXT, Action::title, (b, v) -> b.title(v))
            .required("priorityIds", STRINGS, Action::priorityIds, (b, v) -> b.priorityIds(v))
            .ifMissing("an array of priority ids such as [\"P1\", \"P5\"]")
            .collection("weights", FRACTIONS, Action::weights, (b, v) -> b.weights(v))
            .optional("lead", TEXT, Action::lead, (b, v) -> b.lead(v))
            .optional("dueDate", DATE, Action::dueDate, (b, v) -> b.dueDate(v))
            .optional("completedOn", DATE, Action::completedOn, (b, v) -> b.completedOn(v))
            .optional("percentComplete", INTEGER, Action::percentComplete, (b, v) -> b.percentComplete(v))
            .build();

    static final Element<Milestone> MILESTONE = Element.of(Milestone.class, Milestone::builder, b -> b.build())
            .required("actionId", ID, Milestone::actionId, (b, v) -> b.actionId(v))
            .required("description", TEXT, Milestone::description, (b, v) -> b.description(v))
            .required("due", DATE, Milestone::due, (b, v) -> b.due(v))
            .defaulted("done", BOOLEAN, Milestone::done, (b, v) -> b.done(v))
            .optional("doneOn", DATE, Milestone::doneOn, (b, v) -> b.doneOn(v))
            .build();

    static final Element<ActionUpdate> UPDATE = Element.of(ActionUpdate.class, ActionUpdate::builder, b -> b.build())
            .required("actionId", ID, ActionUpdate::actionId, (b, v) -> b.actionId(v))
            .required("period", PERIOD, ActionUpdate::period, (b, v) -> b.period(v))
            .required("status", code(Status.class), ActionUpdate::status, (b, v) -> b.status(v))
            .optional("commentary", TEXT, ActionUpdate::commentary, (b, v) -> b.commentary(v))
            .optional("updatedOn", DATE, ActionUpdate::updatedOn, (b, v) -> b.updatedOn(v))
            .build();

    static final Element<Indicator> INDICATOR = Element.of(Indicator.class, Indicator::builder, b -> b.build())
            .required("id", ID, Indicator::id, (b, v) -> b.id(v))
            .required("name", TEXT, Indicator::name, (b, v) -> b.name(v))
            .optional("unit", TEXT, Indicator::unit, (b, v) -> b.unit(v))
            .defaulted("decimalPlaces", INTEGER, Indicator::decimalPlaces, (b, v) -> b.decimalPlaces(v))
            .required("polarity", code(Polarity.class), Indicator::polarity, (b, v) -> b.polarity(v))
            .defaulted("measureType", code(MeasureType.class), Indicator::measureType, (b, v) -> b.measureType(v))
            .defaulted(
                    "statisticType", code(StatisticType.class), Indicator::statisticType, (b, v) -> b.statisticType(v))
            .optional("multiplier", DECIMAL, Indicator::multiplier, (b, v) -> b.multiplier(v))
            .defaulted("frequency", code(Frequency.class), Indicator::frequency, (b, v) -> b.frequency(v))
            .defaulted("yearType", code(YearType.class), Indicator::yearType, (b, v) -> b.yearType(v))
            .defaulted("quartileBanded", BOOLEAN, Indicator::quartileBanded, (b, v) -> b.quartileBanded(v))
            .collection("priorityIds", STRINGS, Indicator::priorityIds, (b, v) -> b.priorityIds(v))
            .optional("description", TEXT, Indicator::description, (b, v) -> b.description(v))
            .optional("seriesBreak", PERIOD, Indicator::seriesBreak, (b, v) -> b.seriesBreak(v))
            .optional("seriesBreakNote", TEXT, Indicator::seriesBreakNote, (b, v) -> b.seriesBreakNote(v))
            .optional(
                    "standardisationMethod",
                    code(StandardisationMethod.class),
                    DatasetFields::standardisation,
                    (b, v) -> b.standardisationMethod(v))
            .optional("standardPopulation", ID, Indicator::standardPopulation, (b, v) -> b.standardPopulation(v))
            .build();

    static final Element<AgeBandCount> AGE_BAND_COUNT = Element.of(
                    AgeBandCount.class, AgeBandCount::builder, b -> b.build())
            .required("indicatorId", ID, AgeBandCount::indicatorId, (b, v) -> b.indicatorId(v))
            .required("areaCode", ID, AgeBandCount::areaCode, (b, v) -> b.areaCode(v))
            .required("period", INDICATOR_PERIOD, AgeBandCount::period, (b, v) -> b.period(v))
            .required("band", TEXT, AgeBandCount::band, (b, v) -> b.band(v))
            .required("count", DECIMAL, AgeBandCount::count, (b, v) -> b.count(v))
            .required("population", DECIMAL, AgeBandCount::population, (b, v) -> b.population(v))
            .build();

    static final Element<Target> TARGET = Element.of(Target.class, Target::builder, b -> b.build())
            .required("indicatorId", ID, Target::indicatorId, (b, v) -> b.indicatorId(v))
            .required("period", INDICATOR_PERIOD, Target::period, (b, v) -> b.period(v))
            .optional("areaCode", ID, Target::areaCode, (b, v) -> b.areaCode(v))
            .optional("value", DECIMAL, Target::value, (b, v) -> b.value(v))
            .optional("lower", DECIMAL, Target::lower, (b, v) -> b.lower(v))
            .optional("upper", DECIMAL, Target::upper, (b, v) -> b.upper(v))
            .optional("tolerance", TOLERANCE, Target::tolerance, (b, v) -> b.tolerance(v))
            .optional("profile", PROFILE, Target::profile, (b, v) -> b.profile(v))
            .build();

    static final Element<Observation> OBSERVATION = Element.of(Observation.class, Observation::builder, b -> b.build())
            .required("indicatorId", ID, Observation::indicatorId, (b, v) -> b.indicatorId(v))
            .required("areaCode", ID, Observation::areaCode, (b, v) -> b.areaCode(v))
            .required("period", INDICATOR_PERIOD, Observation::period, (b, v) -> b.period(v))
            .optional("value", DECIMAL, Observation::value, (b, v) -> b.value(v))
            .optional("numerator", DECIMAL, Observation::numerator, (b, v) -> b.numerator(v))
            .optional("denominator", DECIMAL, Observation::denominator, (b, v) -> b.denominator(v))
            .optional("lowerCi", DECIMAL, Observation::lowerCi, (b, v) -> b.lowerCi(v))
            .optional("upperCi", DECIMAL, Observation::upperCi, (b, v) -> b.upperCi(v))
            .optional("ciLevel", DECIMAL, Observation::ciLevel, (b, v) -> b.ciLevel(v))
            .defaulted("status", code(ObservationStatus.class), Observation::status, (b, v) -> b.status(v))
            .optional("note", TEXT, Observation::note, (b, v) -> b.note(v))
            .optional(
                    "seriesBreak",
                    BOOLEAN,
                    o -> Optional.of(true).filter(t -> o.seriesBreak()),
                    (b, v) -> b.seriesBreak(v))
            .build();

    static final Element<Area> AREA = Element.of(Area.class, Area::builder, b -> b.build())
            .required("code", ID, Area::code, (b, v) -> b.code(v))
            .required("name", TEXT, Area::name, (b, v) -> b.name(v))
            .required("type", code(AreaType.class), Area::type, (b, v) -> b.type(v))
            .optional("regionCode", ID, Area::regionCode, (b, v) -> b.regionCode(v))
            .optional("subtype", TEXT, Area::subtype, (b, v) -> b.subtype(v))
            .defaulted("current", BOOLEAN, Area::current, (b, v) -> b.current(v))
            .build();

    static final Element<ComparatorGroup> GROUP = Element.of(
                    ComparatorGroup.class, ComparatorGroup::builder, b -> b.build())
            .required("id", ID, ComparatorGroup::id, (b, v) -> b.id(v))
            .required("name", TEXT, ComparatorGroup::name, (b, v) -> b.name(v))
            .required("type", code(ComparatorType.class), ComparatorGroup::type, (b, v) -> b.type(v))
            .optional("areaCode", ID, ComparatorGroup::areaCode, (b, v) -> b.areaCode(v))
            .collection("memberCodes", STRINGS, ComparatorGroup::memberCodes, (b, v) -> b.memberCodes(v))
            .build();

    static final Element<BenchmarkValue> BENCHMARK = Element.of(
                    BenchmarkValue.class, BenchmarkValue::builder, b -> b.build())
            .required("indicatorId", ID, BenchmarkValue::indicatorId, (b, v) -> b.indicatorId(v))
            .required("period", INDICATOR_PERIOD, BenchmarkValue::period, (b, v) -> b.period(v))
            .required("comparator", ID, BenchmarkValue::comparator, (b, v) -> b.comparator(v))
            .required("type", code(ComparatorType.class), BenchmarkValue::type, (b, v) -> b.type(v))
            .optional("areaCode", ID, BenchmarkValue::areaCode, (b, v) -> b.areaCode(v))
            .optional("value", DECIMAL, BenchmarkValue::value, (b, v) -> b.value(v))
            .optional("lowerCi", DECIMAL, BenchmarkValue::lowerCi, (b, v) -> b.lowerCi(v))
            .optional("upperCi", DECIMAL, BenchmarkValue::upperCi, (b, v) -> b.upperCi(v))
            .build();

    static final Element<ReportedSummary> REPORTED = Element.of(
                    ReportedSummary.class, ReportedSummary::builder, b -> b.build())
            .optional("source", TEXT, ReportedSummary::source, (b, v) -> b.source(v))
            .optional("period", PERIOD, ReportedSummary::period, (b, v) -> b.period(v))
            .required("scope", code(SummaryScope.class), ReportedSummary::scope, (b, v) -> b.scope(v))
            .optional("scopeId", ID, ReportedSummary::scopeId, (b, v) -> b.scopeId(v))
            .collection("counts", STATUS_NUMBERS, ReportedSummary::counts, (b, v) -> b.counts(v))
            .optional("total", DECIMAL, ReportedSummary::total, (b, v) -> b.total(v))
            .collection("percentages", STATUS_NUMBERS, ReportedSummary::percentages, (b, v) -> b.percentages(v))
            .build();

    static final Element<BudgetLine> BUDGET_LINE = Element.of(BudgetLine.class, BudgetLine::builder, b -> b.build())
            .required("portfolio", ID, BudgetLine::portfolio, (b, v) -> b.portfolio(v))
            .required("service", TEXT, BudgetLine::service, (b, v) -> b.service(v))
            .required("year", FINANCIAL_YEAR, BudgetLine::year, (b, v) -> b.year(v))
            .required("period", PERIOD, BudgetLine::period, (b, v) -> b.period(v))
            .required("budget", MONEY, BudgetLine::budget, (b, v) -> b.budget(v))
            .required("forecast", MONEY, BudgetLine::forecast, (b, v) -> b.forecast(v))
            .optional("actual", MONEY, BudgetLine::actual, (b, v) -> b.actual(v))
            .defaulted("cashLimit", BOOLEAN, BudgetLine::cashLimit, (b, v) -> b.cashLimit(v))
            .defaulted("kind", code(LineKind.class), BudgetLine::kind, (b, v) -> b.kind(v))
            .optional("commentary", TEXT, BudgetLine::commentary, (b, v) -> b.commentary(v))
            .build();

    static final Element<Saving> SAVING = Element.of(Saving.class, Saving::builder, b -> b.build())
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

    /**
     * A member of the document after {@code schemaVersion}: the plan (one object) or a collection (an
     * array of elements), with the word problems use for an element ("a theme"), how it is got from a
     * dataset and how a dataset is given the elements read.
     */
    record Part<T>(
            String name,
            String what,
            boolean single,
            Element<T> element,
            Function<Dataset, List<T>> get,
            BiFunction<ImmutableDataset, List<T>, ImmutableDataset> with) {}

    private static <T> Part<T> array(
            String name,
            String what,
            Element<T> element,
            Function<Dataset, List<T>> get,
            BiFunction<ImmutableDataset, List<T>, ImmutableDataset> with) {
        return new Part<>(name, what, false, element, get, with);
    }

    /** The members of the document in the order they are written: indicators before what names them. */
    static final List<Part<?>> PARTS = List.of(
            new Part<>(
                    "plan",
                    "a plan object",
                    true,
                    PLAN,
                    ds -> ds.plan().map(List::of).orElse(List.of()),
                    (ds, plans) -> plans.isEmpty() ? ds : ds.withPlan(plans.get(0))),
            array("themes", "a theme", THEME, Dataset::themes, ImmutableDataset::withThemes),
            array("priorities", "a priority", PRIORITY, Dataset::priorities, ImmutableDataset::withPriorities),
            array("actions", "an action", ACTION, Dataset::actions, ImmutableDataset::withActions),
            array(
                    "actionUpdates",
                    "an action update",
                    UPDATE,
                    Dataset::actionUpdates,
                    ImmutableDataset::withActionUpdates),
            array("milestones", "a milestone", MILESTONE, Dataset::milestones, ImmutableDataset::withMilestones),
            array("indicators", "an indicator", INDICATOR, Dataset::indicators, ImmutableDataset::withIndicators),
            array("targets", "a target", TARGET, Dataset::targets, ImmutableDataset::withTargets),
            array(
                    "observations",
                    "an observation",
                    OBSERVATION,
                    Dataset::observations,
                    ImmutableDataset::withObservations),
            array("areas", "an area", AREA, Dataset::areas, ImmutableDataset::withAreas),
            array(
                    "comparatorGroups",
                    "a comparator group",
                    GROUP,
                    Dataset::comparatorGroups,
                    ImmutableDataset::withComparatorGroups),
            array("benchmarks", "a benchmark value", BENCHMARK, Dataset::benchmarks, ImmutableDataset::withBenchmarks),
            array(
                    "ageBandCounts",
                    "an age-band count",
                    AGE_BAND_COUNT,
                    Dataset::ageBandCounts,
                    ImmutableDataset::withAgeBandCounts),
            array("reported", "a reported summary", REPORTED, Dataset::reported, ImmutableDataset::withReported),
            array("budgetLines", "a budget line", BUDGET_LINE, Dataset::budgetLines, ImmutableDataset::withBudgetLines),
            array("savings", "a saving", SAVING, Dataset::savings, ImmutableDataset::withSavings));

    static final String SCHEMA_VERSION = "schemaVersion";

    /** An indicator's standardisation method, absent (not written) when it is NONE, the default. */
    static Optional<StandardisationMethod> standardisation(Indicator indicator) {
        return Optional.of(indicator.standardisationMethod()).filter(m -> m != StandardisationMethod.NONE);
    }

    /** The root's field names for "unknown field" messages. */
    static final String ROOT_NAMES =
            SCHEMA_VERSION + ", " + PARTS.stream().map(Part::name).collect(Collectors.joining(", "));
}
