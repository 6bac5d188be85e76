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
import io.github.outturn.model.AgeBandCount;
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

    static final Element<ImmutablePlan.Builder, Plan> PLAN = new Element<>(
            Plan::builder,
            ImmutablePlan.Builder::build,
            required("id", TEXT, Plan::id, ImmutablePlan.Builder::id),
            required("name", TEXT, Plan::name, ImmutablePlan.Builder::name),
            optional("owner", TEXT, Plan::owner, ImmutablePlan.Builder::owner),
            optional("start", PERIOD, Plan::start, ImmutablePlan.Builder::start),
            optional("end", PERIOD, Plan::end, ImmutablePlan.Builder::end));

    static final Element<ImmutableTheme.Builder, Theme> THEME = new Element<>(
            Theme::builder,
            ImmutableTheme.Builder::build,
            required("id", TEXT, Theme::id, ImmutableTheme.Builder::id),
            required("name", TEXT, Theme::name, ImmutableTheme.Builder::name),
            optional("description", TEXT, Theme::description, ImmutableTheme.Builder::description));

    static final Element<ImmutablePriority.Builder, Priority> PRIORITY = new Element<>(
            Priority::builder,
            ImmutablePriority.Builder::build,
            required("id", ID, Priority::id, ImmutablePriority.Builder::id),
            required("name", TEXT, Priority::name, ImmutablePriority.Builder::name),
            optional("themeId", ID, Priority::themeId, ImmutablePriority.Builder::themeId));

    static final Element<ImmutableAction.Builder, Action> ACTION = new Element<>(
            Action::builder,
            ImmutableAction.Builder::build,
            required("id", ID, Action::id, ImmutableAction.Builder::id),
            required("title", TEXT, Action::title, ImmutableAction.Builder::title),
            required(
                    "priorityIds",
                    STRINGS,
                    Action::priorityIds,
                    ImmutableAction.Builder::priorityIds,
                    "an array of priority ids such as [\"P1\", \"P5\"]"),
            collection("weights", FRACTIONS, Action::weights, ImmutableAction.Builder::weights),
            optional("lead", TEXT, Action::lead, ImmutableAction.Builder::lead),
            optional("dueDate", DATE, Action::dueDate, ImmutableAction.Builder::dueDate),
            optional("completedOn", DATE, Action::completedOn, ImmutableAction.Builder::completedOn),
            optional("percentComplete", INTEGER, Action::percentComplete, ImmutableAction.Builder::percentComplete));

    static final Element<Milestone.Builder, Milestone> MILESTONE = new Element<>(
            Milestone::builder,
            Milestone.Builder::build,
            required("actionId", ID, Milestone::actionId, Milestone.Builder::actionId),
            required("description", TEXT, Milestone::description, Milestone.Builder::description),
            required("due", DATE, Milestone::due, Milestone.Builder::due),
            defaulted("done", BOOLEAN, Milestone::done, Milestone.Builder::done),
            optional("doneOn", DATE, Milestone::doneOn, Milestone.Builder::doneOn));

    static final Element<ImmutableActionUpdate.Builder, ActionUpdate> UPDATE = new Element<>(
            ActionUpdate::builder,
            ImmutableActionUpdate.Builder::build,
            required("actionId", ID, ActionUpdate::actionId, ImmutableActionUpdate.Builder::actionId),
            required("period", PERIOD, ActionUpdate::period, ImmutableActionUpdate.Builder::period),
            required("status", code(Status.class), ActionUpdate::status, ImmutableActionUpdate.Builder::status),
            optional("commentary", TEXT, ActionUpdate::commentary, ImmutableActionUpdate.Builder::commentary),
            optional("updatedOn", DATE, ActionUpdate::updatedOn, ImmutableActionUpdate.Builder::updatedOn));

    static final Element<ImmutableIndicator.Builder, Indicator> INDICATOR = new Element<>(
            Indicator::builder,
            ImmutableIndicator.Builder::build,
            required("id", ID, Indicator::id, ImmutableIndicator.Builder::id),
            required("name", TEXT, Indicator::name, ImmutableIndicator.Builder::name),
            optional("unit", TEXT, Indicator::unit, ImmutableIndicator.Builder::unit),
            defaulted("decimalPlaces", INTEGER, Indicator::decimalPlaces, ImmutableIndicator.Builder::decimalPlaces),
            required("polarity", code(Polarity.class), Indicator::polarity, ImmutableIndicator.Builder::polarity),
            defaulted(
                    "measureType",
                    code(MeasureType.class),
                    Indicator::measureType,
                    ImmutableIndicator.Builder::measureType),
            defaulted(
                    "statisticType",
                    code(StatisticType.class),
                    Indicator::statisticType,
                    ImmutableIndicator.Builder::statisticType),
            optional("multiplier", DECIMAL, Indicator::multiplier, ImmutableIndicator.Builder::multiplier),
            defaulted("frequency", code(Frequency.class), Indicator::frequency, ImmutableIndicator.Builder::frequency),
            defaulted("yearType", code(YearType.class), Indicator::yearType, ImmutableIndicator.Builder::yearType),
            defaulted("quartileBanded", BOOLEAN, Indicator::quartileBanded, ImmutableIndicator.Builder::quartileBanded),
            collection("priorityIds", STRINGS, Indicator::priorityIds, ImmutableIndicator.Builder::priorityIds),
            optional("description", TEXT, Indicator::description, ImmutableIndicator.Builder::description),
            optional("seriesBreak", PERIOD, Indicator::seriesBreak, ImmutableIndicator.Builder::seriesBreak),
            optional("seriesBreakNote", TEXT, Indicator::seriesBreakNote, ImmutableIndicator.Builder::seriesBreakNote),
            optional(
                    "standardisationMethod",
                    code(StandardisationMethod.class),
                    DatasetFields::standardisation,
                    ImmutableIndicator.Builder::standardisationMethod),
            optional(
                    "standardPopulation",
                    ID,
                    Indicator::standardPopulation,
                    ImmutableIndicator.Builder::standardPopulation));

    static final Element<AgeBandCount.Builder, AgeBandCount> AGE_BAND_COUNT = new Element<>(
            AgeBandCount::builder,
            AgeBandCount.Builder::build,
            required("indicatorId", ID, AgeBandCount::indicatorId, AgeBandCount.Builder::indicatorId),
            required("areaCode", ID, AgeBandCount::areaCode, AgeBandCount.Builder::areaCode),
            required("period", INDICATOR_PERIOD, AgeBandCount::period, AgeBandCount.Builder::period),
            required("band", TEXT, AgeBandCount::band, AgeBandCount.Builder::band),
            required("count", DECIMAL, AgeBandCount::count, AgeBandCount.Builder::count),
            required("population", DECIMAL, AgeBandCount::population, AgeBandCount.Builder::population));

    static final Element<ImmutableTarget.Builder, Target> TARGET = new Element<>(
            Target::builder,
            ImmutableTarget.Builder::build,
            required("indicatorId", ID, Target::indicatorId, ImmutableTarget.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, Target::period, ImmutableTarget.Builder::period),
            optional("areaCode", ID, Target::areaCode, ImmutableTarget.Builder::areaCode),
            optional("value", DECIMAL, Target::value, ImmutableTarget.Builder::value),
            optional("lower", DECIMAL, Target::lower, ImmutableTarget.Builder::lower),
            optional("upper", DECIMAL, Target::upper, ImmutableTarget.Builder::upper),
            optional("tolerance", TOLERANCE, Target::tolerance, ImmutableTarget.Builder::tolerance),
            optional("profile", PROFILE, Target::profile, ImmutableTarget.Builder::profile));

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

    static final Element<ImmutableArea.Builder, Area> AREA = new Element<>(
            Area::builder,
            ImmutableArea.Builder::build,
            required("code", ID, Area::code, ImmutableArea.Builder::code),
            required("name", TEXT, Area::name, ImmutableArea.Builder::name),
            required("type", code(AreaType.class), Area::type, ImmutableArea.Builder::type),
            optional("regionCode", ID, Area::regionCode, ImmutableArea.Builder::regionCode),
            optional("subtype", TEXT, Area::subtype, ImmutableArea.Builder::subtype),
            defaulted("current", BOOLEAN, Area::current, ImmutableArea.Builder::current));

    static final Element<ImmutableComparatorGroup.Builder, ComparatorGroup> GROUP = new Element<>(
            ComparatorGroup::builder,
            ImmutableComparatorGroup.Builder::build,
            required("id", ID, ComparatorGroup::id, ImmutableComparatorGroup.Builder::id),
            required("name", TEXT, ComparatorGroup::name, ImmutableComparatorGroup.Builder::name),
            required("type", code(ComparatorType.class), ComparatorGroup::type, ImmutableComparatorGroup.Builder::type),
            optional("areaCode", ID, ComparatorGroup::areaCode, ImmutableComparatorGroup.Builder::areaCode),
            collection(
                    "memberCodes",
                    STRINGS,
                    ComparatorGroup::memberCodes,
                    ImmutableComparatorGroup.Builder::memberCodes));

    static final Element<ImmutableBenchmarkValue.Builder, BenchmarkValue> BENCHMARK = new Element<>(
            BenchmarkValue::builder,
            ImmutableBenchmarkValue.Builder::build,
            required("indicatorId", ID, BenchmarkValue::indicatorId, ImmutableBenchmarkValue.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, BenchmarkValue::period, ImmutableBenchmarkValue.Builder::period),
            required("comparator", ID, BenchmarkValue::comparator, ImmutableBenchmarkValue.Builder::comparator),
            required("type", code(ComparatorType.class), BenchmarkValue::type, ImmutableBenchmarkValue.Builder::type),
            optional("areaCode", ID, BenchmarkValue::areaCode, ImmutableBenchmarkValue.Builder::areaCode),
            optional("value", DECIMAL, BenchmarkValue::value, ImmutableBenchmarkValue.Builder::value),
            optional("lowerCi", DECIMAL, BenchmarkValue::lowerCi, ImmutableBenchmarkValue.Builder::lowerCi),
            optional("upperCi", DECIMAL, BenchmarkValue::upperCi, ImmutableBenchmarkValue.Builder::upperCi));

    static final Element<ImmutableReportedSummary.Builder, ReportedSummary> REPORTED = new Element<>(
            ReportedSummary::builder,
            ImmutableReportedSummary.Builder::build,
            optional("source", TEXT, ReportedSummary::source, ImmutableReportedSummary.Builder::source),
            optional("period", PERIOD, ReportedSummary::period, ImmutableReportedSummary.Builder::period),
            required(
                    "scope", code(SummaryScope.class), ReportedSummary::scope, ImmutableReportedSummary.Builder::scope),
            optional("scopeId", ID, ReportedSummary::scopeId, ImmutableReportedSummary.Builder::scopeId),
            collection("counts", STATUS_NUMBERS, ReportedSummary::counts, ImmutableReportedSummary.Builder::counts),
            optional("total", DECIMAL, ReportedSummary::total, ImmutableReportedSummary.Builder::total),
            collection(
                    "percentages",
                    STATUS_NUMBERS,
                    ReportedSummary::percentages,
                    ImmutableReportedSummary.Builder::percentages));

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
