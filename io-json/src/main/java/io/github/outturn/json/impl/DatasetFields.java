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
import static io.github.outturn.json.impl.Fields.collection;
import static io.github.outturn.json.impl.Fields.defaulted;
import static io.github.outturn.json.impl.Fields.optional;
import static io.github.outturn.json.impl.Fields.required;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.LineKind;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.json.impl.Fields.Element;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
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
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.period.YearType;
import java.util.List;
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

    static final Element<Plan.Builder, Plan> PLAN = new Element<>(
            Plan::builder,
            Plan.Builder::build,
            required("id", TEXT, Plan::id, Plan.Builder::id),
            required("name", TEXT, Plan::name, Plan.Builder::name),
            optional("owner", TEXT, Plan::owner, Plan.Builder::owner),
            optional("start", PERIOD, Plan::start, Plan.Builder::start),
            optional("end", PERIOD, Plan::end, Plan.Builder::end));

    static final Element<Theme.Builder, Theme> THEME = new Element<>(
            Theme::builder,
            Theme.Builder::build,
            required("id", TEXT, Theme::id, Theme.Builder::id),
            required("name", TEXT, Theme::name, Theme.Builder::name),
            optional("description", TEXT, Theme::description, Theme.Builder::description));

    static final Element<Priority.Builder, Priority> PRIORITY = new Element<>(
            Priority::builder,
            Priority.Builder::build,
            required("id", ID, Priority::id, Priority.Builder::id),
            required("name", TEXT, Priority::name, Priority.Builder::name),
            optional("themeId", ID, Priority::themeId, Priority.Builder::themeId));

    static final Element<Action.Builder, Action> ACTION = new Element<>(
            Action::builder,
            Action.Builder::build,
            required("id", ID, Action::id, Action.Builder::id),
            required("title", TEXT, Action::title, Action.Builder::title),
            required(
                    "priorityIds",
                    STRINGS,
                    Action::priorityIds,
                    Action.Builder::priorityIds,
                    "an array of priority ids such as [\"P1\", \"P5\"]"),
            collection("weights", FRACTIONS, Action::weights, Action.Builder::weights),
            optional("lead", TEXT, Action::lead, Action.Builder::lead),
            optional("dueDate", DATE, Action::dueDate, Action.Builder::dueDate),
            optional("completedOn", DATE, Action::completedOn, Action.Builder::completedOn),
            optional("percentComplete", INTEGER, Action::percentComplete, Action.Builder::percentComplete));

    static final Element<Milestone.Builder, Milestone> MILESTONE = new Element<>(
            Milestone::builder,
            Milestone.Builder::build,
            required("actionId", ID, Milestone::actionId, Milestone.Builder::actionId),
            required("description", TEXT, Milestone::description, Milestone.Builder::description),
            required("due", DATE, Milestone::due, Milestone.Builder::due),
            defaulted("done", BOOLEAN, Milestone::done, Milestone.Builder::done),
            optional("doneOn", DATE, Milestone::doneOn, Milestone.Builder::doneOn));

    static final Element<ActionUpdate.Builder, ActionUpdate> UPDATE = new Element<>(
            ActionUpdate::builder,
            ActionUpdate.Builder::build,
            required("actionId", ID, ActionUpdate::actionId, ActionUpdate.Builder::actionId),
            required("period", PERIOD, ActionUpdate::period, ActionUpdate.Builder::period),
            required("status", code(Status.class), ActionUpdate::status, ActionUpdate.Builder::status),
            optional("commentary", TEXT, ActionUpdate::commentary, ActionUpdate.Builder::commentary),
            optional("updatedOn", DATE, ActionUpdate::updatedOn, ActionUpdate.Builder::updatedOn));

    static final Element<Indicator.Builder, Indicator> INDICATOR = new Element<>(
            Indicator::builder,
            Indicator.Builder::build,
            required("id", ID, Indicator::id, Indicator.Builder::id),
            required("name", TEXT, Indicator::name, Indicator.Builder::name),
            optional("unit", TEXT, Indicator::unit, Indicator.Builder::unit),
            defaulted("decimalPlaces", INTEGER, Indicator::decimalPlaces, Indicator.Builder::decimalPlaces),
            required("polarity", code(Polarity.class), Indicator::polarity, Indicator.Builder::polarity),
            defaulted("measureType", code(MeasureType.class), Indicator::measureType, Indicator.Builder::measureType),
            defaulted(
                    "statisticType",
                    code(StatisticType.class),
                    Indicator::statisticType,
                    Indicator.Builder::statisticType),
            optional("multiplier", DECIMAL, Indicator::multiplier, Indicator.Builder::multiplier),
            defaulted("frequency", code(Frequency.class), Indicator::frequency, Indicator.Builder::frequency),
            defaulted("yearType", code(YearType.class), Indicator::yearType, Indicator.Builder::yearType),
            defaulted("quartileBanded", BOOLEAN, Indicator::quartileBanded, Indicator.Builder::quartileBanded),
            collection("priorityIds", STRINGS, Indicator::priorityIds, Indicator.Builder::priorityIds),
            optional("description", TEXT, Indicator::description, Indicator.Builder::description),
            optional("seriesBreak", PERIOD, Indicator::seriesBreak, Indicator.Builder::seriesBreak),
            optional("seriesBreakNote", TEXT, Indicator::seriesBreakNote, Indicator.Builder::seriesBreakNote));

    static final Element<Target.Builder, Target> TARGET = new Element<>(
            Target::builder,
            Target.Builder::build,
            required("indicatorId", ID, Target::indicatorId, Target.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, Target::period, Target.Builder::period),
            optional("areaCode", ID, Target::areaCode, Target.Builder::areaCode),
            optional("value", DECIMAL, Target::value, Target.Builder::value),
            optional("lower", DECIMAL, Target::lower, Target.Builder::lower),
            optional("upper", DECIMAL, Target::upper, Target.Builder::upper),
            optional("tolerance", TOLERANCE, Target::tolerance, Target.Builder::tolerance),
            optional("profile", PROFILE, Target::profile, Target.Builder::profile));

    static final Element<Observation.Builder, Observation> OBSERVATION = new Element<>(
            Observation::builder,
            Observation.Builder::build,
            required("indicatorId", ID, Observation::indicatorId, Observation.Builder::indicatorId),
            required("areaCode", ID, Observation::areaCode, Observation.Builder::areaCode),
            required("period", INDICATOR_PERIOD, Observation::period, Observation.Builder::period),
            optional("value", DECIMAL, Observation::value, Observation.Builder::value),
            optional("numerator", DECIMAL, Observation::numerator, Observation.Builder::numerator),
            optional("denominator", DECIMAL, Observation::denominator, Observation.Builder::denominator),
            optional("lowerCi", DECIMAL, Observation::lowerCi, Observation.Builder::lowerCi),
            optional("upperCi", DECIMAL, Observation::upperCi, Observation.Builder::upperCi),
            optional("ciLevel", DECIMAL, Observation::ciLevel, Observation.Builder::ciLevel),
            defaulted("status", code(ObservationStatus.class), Observation::status, Observation.Builder::status),
            optional("note", TEXT, Observation::note, Observation.Builder::note));

    static final Element<Area.Builder, Area> AREA = new Element<>(
            Area::builder,
            Area.Builder::build,
            required("code", ID, Area::code, Area.Builder::code),
            required("name", TEXT, Area::name, Area.Builder::name),
            required("type", code(AreaType.class), Area::type, Area.Builder::type),
            optional("regionCode", ID, Area::regionCode, Area.Builder::regionCode),
            optional("subtype", TEXT, Area::subtype, Area.Builder::subtype),
            defaulted("current", BOOLEAN, Area::current, Area.Builder::current));

    static final Element<ComparatorGroup.Builder, ComparatorGroup> GROUP = new Element<>(
            ComparatorGroup::builder,
            ComparatorGroup.Builder::build,
            required("id", ID, ComparatorGroup::id, ComparatorGroup.Builder::id),
            required("name", TEXT, ComparatorGroup::name, ComparatorGroup.Builder::name),
            required("type", code(ComparatorType.class), ComparatorGroup::type, ComparatorGroup.Builder::type),
            optional("areaCode", ID, ComparatorGroup::areaCode, ComparatorGroup.Builder::areaCode),
            collection("memberCodes", STRINGS, ComparatorGroup::memberCodes, ComparatorGroup.Builder::memberCodes));

    static final Element<BenchmarkValue.Builder, BenchmarkValue> BENCHMARK = new Element<>(
            BenchmarkValue::builder,
            BenchmarkValue.Builder::build,
            required("indicatorId", ID, BenchmarkValue::indicatorId, BenchmarkValue.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, BenchmarkValue::period, BenchmarkValue.Builder::period),
            required("comparator", ID, BenchmarkValue::comparator, BenchmarkValue.Builder::comparator),
            required("type", code(ComparatorType.class), BenchmarkValue::type, BenchmarkValue.Builder::type),
            optional("areaCode", ID, BenchmarkValue::areaCode, BenchmarkValue.Builder::areaCode),
            optional("value", DECIMAL, BenchmarkValue::value, BenchmarkValue.Builder::value),
            optional("lowerCi", DECIMAL, BenchmarkValue::lowerCi, BenchmarkValue.Builder::lowerCi),
            optional("upperCi", DECIMAL, BenchmarkValue::upperCi, BenchmarkValue.Builder::upperCi));

    static final Element<ReportedSummary.Builder, ReportedSummary> REPORTED = new Element<>(
            ReportedSummary::builder,
            ReportedSummary.Builder::build,
            optional("source", TEXT, ReportedSummary::source, ReportedSummary.Builder::source),
            optional("period", PERIOD, ReportedSummary::period, ReportedSummary.Builder::period),
            required("scope", code(SummaryScope.class), ReportedSummary::scope, ReportedSummary.Builder::scope),
            optional("scopeId", ID, ReportedSummary::scopeId, ReportedSummary.Builder::scopeId),
            collection("counts", STATUS_NUMBERS, ReportedSummary::counts, ReportedSummary.Builder::counts),
            optional("total", DECIMAL, ReportedSummary::total, ReportedSummary.Builder::total),
            collection(
                    "percentages", STATUS_NUMBERS, ReportedSummary::percentages, ReportedSummary.Builder::percentages));

    static final Element<BudgetLine.Builder, BudgetLine> BUDGET_LINE = new Element<>(
            BudgetLine::builder,
            BudgetLine.Builder::build,
            required("portfolio", ID, BudgetLine::portfolio, BudgetLine.Builder::portfolio),
            required("service", TEXT, BudgetLine::service, BudgetLine.Builder::service),
            required("year", FINANCIAL_YEAR, BudgetLine::year, BudgetLine.Builder::year),
            required("period", PERIOD, BudgetLine::period, BudgetLine.Builder::period),
            required("budget", MONEY, BudgetLine::budget, BudgetLine.Builder::budget),
            required("forecast", MONEY, BudgetLine::forecast, BudgetLine.Builder::forecast),
            optional("actual", MONEY, BudgetLine::actual, BudgetLine.Builder::actual),
            defaulted("cashLimit", BOOLEAN, BudgetLine::cashLimit, BudgetLine.Builder::cashLimit),
            defaulted("kind", code(LineKind.class), BudgetLine::kind, BudgetLine.Builder::kind),
            optional("commentary", TEXT, BudgetLine::commentary, BudgetLine.Builder::commentary));

    static final Element<Saving.Builder, Saving> SAVING = new Element<>(
            Saving::builder,
            Saving.Builder::build,
            required("reference", ID, Saving::reference, Saving.Builder::reference),
            required("title", TEXT, Saving::title, Saving.Builder::title),
            required("portfolio", ID, Saving::portfolio, Saving.Builder::portfolio),
            required("year", FINANCIAL_YEAR, Saving::year, Saving.Builder::year),
            required("period", PERIOD, Saving::period, Saving.Builder::period),
            required("required", MONEY, Saving::required, Saving.Builder::required),
            required("forecast", MONEY, Saving::forecast, Saving.Builder::forecast),
            optional("delivered", MONEY, Saving::delivered, Saving.Builder::delivered),
            required("status", code(SavingStatus.class), Saving::status, Saving.Builder::status),
            optional("risk", code(RiskRating.class), Saving::risk, Saving.Builder::risk),
            optional("commentary", TEXT, Saving::commentary, Saving.Builder::commentary));

    /**
     * A member of the document after {@code schemaVersion}: the plan (one object) or a collection (an
     * array of elements), with the word problems use for an element ("a theme"), how it is got from a
     * dataset and how a dataset is given the elements read.
     */
    record Part<T>(
            String name,
            String what,
            boolean single,
            Element<?, T> element,
            Function<Dataset, List<T>> get,
            BiFunction<ImmutableDataset, List<T>, ImmutableDataset> with) {}

    private static <T> Part<T> array(
            String name,
            String what,
            Element<?, T> element,
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
            array("reported", "a reported summary", REPORTED, Dataset::reported, ImmutableDataset::withReported),
            array("budgetLines", "a budget line", BUDGET_LINE, Dataset::budgetLines, ImmutableDataset::withBudgetLines),
            array("savings", "a saving", SAVING, Dataset::savings, ImmutableDataset::withSavings));

    static final String SCHEMA_VERSION = "schemaVersion";

    /** The root's field names for "unknown field" messages. */
    static final String ROOT_NAMES =
            SCHEMA_VERSION + ", " + PARTS.stream().map(Part::name).collect(Collectors.joining(", "));
}
