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

    static final Element<ImmutablePlan.Builder, Plan> PLAN = new Element<>(
            Plan::builder,
            ImmutablePlan.Builder::build,
            required("id", TEXT, Plan::getId, ImmutablePlan.Builder::id),
            required("name", TEXT, Plan::getName, ImmutablePlan.Builder::name),
            optional("owner", TEXT, Plan::getOwner, ImmutablePlan.Builder::owner),
            optional("start", PERIOD, Plan::getStart, ImmutablePlan.Builder::start),
            optional("end", PERIOD, Plan::getEnd, ImmutablePlan.Builder::end));

    static final Element<ImmutableTheme.Builder, Theme> THEME = new Element<>(
            Theme::builder,
            ImmutableTheme.Builder::build,
            required("id", TEXT, Theme::getId, ImmutableTheme.Builder::id),
            required("name", TEXT, Theme::getName, ImmutableTheme.Builder::name),
            optional("description", TEXT, Theme::getDescription, ImmutableTheme.Builder::description));

    static final Element<ImmutablePriority.Builder, Priority> PRIORITY = new Element<>(
            Priority::builder,
            ImmutablePriority.Builder::build,
            required("id", ID, Priority::getId, ImmutablePriority.Builder::id),
            required("name", TEXT, Priority::getName, ImmutablePriority.Builder::name),
            optional("themeId", ID, Priority::getThemeId, ImmutablePriority.Builder::themeId));

    static final Element<ImmutableAction.Builder, Action> ACTION = new Element<>(
            Action::builder,
            ImmutableAction.Builder::build,
            required("id", ID, Action::getId, ImmutableAction.Builder::id),
            required("title", TEXT, Action::getTitle, ImmutableAction.Builder::title),
            required(
                    "priorityIds",
                    STRINGS,
                    Action::getPriorityIds,
                    ImmutableAction.Builder::priorityIds,
                    "an array of priority ids such as [\"P1\", \"P5\"]"),
            collection("weights", FRACTIONS, Action::getWeights, ImmutableAction.Builder::weights),
            optional("lead", TEXT, Action::getLead, ImmutableAction.Builder::lead),
            optional("dueDate", DATE, Action::getDueDate, ImmutableAction.Builder::dueDate),
            optional("completedOn", DATE, Action::getCompletedOn, ImmutableAction.Builder::completedOn),
            optional("percentComplete", INTEGER, Action::getPercentComplete, ImmutableAction.Builder::percentComplete));

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
            required("actionId", ID, ActionUpdate::getActionId, ImmutableActionUpdate.Builder::actionId),
            required("period", PERIOD, ActionUpdate::getPeriod, ImmutableActionUpdate.Builder::period),
            required("status", code(Status.class), ActionUpdate::getStatus, ImmutableActionUpdate.Builder::status),
            optional("commentary", TEXT, ActionUpdate::getCommentary, ImmutableActionUpdate.Builder::commentary),
            optional("updatedOn", DATE, ActionUpdate::getUpdatedOn, ImmutableActionUpdate.Builder::updatedOn));

    static final Element<ImmutableIndicator.Builder, Indicator> INDICATOR = new Element<>(
            Indicator::builder,
            ImmutableIndicator.Builder::build,
            required("id", ID, Indicator::getId, ImmutableIndicator.Builder::id),
            required("name", TEXT, Indicator::getName, ImmutableIndicator.Builder::name),
            optional("unit", TEXT, Indicator::getUnit, ImmutableIndicator.Builder::unit),
            defaulted("decimalPlaces", INTEGER, Indicator::getDecimalPlaces, ImmutableIndicator.Builder::decimalPlaces),
            required("polarity", code(Polarity.class), Indicator::getPolarity, ImmutableIndicator.Builder::polarity),
            defaulted(
                    "measureType",
                    code(MeasureType.class),
                    Indicator::getMeasureType,
                    ImmutableIndicator.Builder::measureType),
            defaulted(
                    "statisticType",
                    code(StatisticType.class),
                    Indicator::getStatisticType,
                    ImmutableIndicator.Builder::statisticType),
            optional("multiplier", DECIMAL, Indicator::getMultiplier, ImmutableIndicator.Builder::multiplier),
            defaulted(
                    "frequency", code(Frequency.class), Indicator::getFrequency, ImmutableIndicator.Builder::frequency),
            defaulted("yearType", code(YearType.class), Indicator::getYearType, ImmutableIndicator.Builder::yearType),
            defaulted(
                    "quartileBanded", BOOLEAN, Indicator::isQuartileBanded, ImmutableIndicator.Builder::quartileBanded),
            collection("priorityIds", STRINGS, Indicator::getPriorityIds, ImmutableIndicator.Builder::priorityIds),
            optional("description", TEXT, Indicator::getDescription, ImmutableIndicator.Builder::description),
            optional("seriesBreak", PERIOD, Indicator::getSeriesBreak, ImmutableIndicator.Builder::seriesBreak),
            optional(
                    "seriesBreakNote",
                    TEXT,
                    Indicator::getSeriesBreakNote,
                    ImmutableIndicator.Builder::seriesBreakNote));

    static final Element<ImmutableTarget.Builder, Target> TARGET = new Element<>(
            Target::builder,
            ImmutableTarget.Builder::build,
            required("indicatorId", ID, Target::getIndicatorId, ImmutableTarget.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, Target::getPeriod, ImmutableTarget.Builder::period),
            optional("areaCode", ID, Target::getAreaCode, ImmutableTarget.Builder::areaCode),
            optional("value", DECIMAL, Target::getValue, ImmutableTarget.Builder::value),
            optional("lower", DECIMAL, Target::getLower, ImmutableTarget.Builder::lower),
            optional("upper", DECIMAL, Target::getUpper, ImmutableTarget.Builder::upper),
            optional("tolerance", TOLERANCE, Target::getTolerance, ImmutableTarget.Builder::tolerance),
            optional("profile", PROFILE, Target::getProfile, ImmutableTarget.Builder::profile));

    static final Element<Observation.Builder, Observation> OBSERVATION = new Element<>(
            Observation::builder,
            Observation.Builder::build,
            required("indicatorId", ID, Observation::getIndicatorId, Observation.Builder::indicatorId),
            required("areaCode", ID, Observation::getAreaCode, Observation.Builder::areaCode),
            required("period", INDICATOR_PERIOD, Observation::getPeriod, Observation.Builder::period),
            optional("value", DECIMAL, Observation::getValue, Observation.Builder::value),
            optional("numerator", DECIMAL, Observation::getNumerator, Observation.Builder::numerator),
            optional("denominator", DECIMAL, Observation::getDenominator, Observation.Builder::denominator),
            optional("lowerCi", DECIMAL, Observation::getLowerCi, Observation.Builder::lowerCi),
            optional("upperCi", DECIMAL, Observation::getUpperCi, Observation.Builder::upperCi),
            optional("ciLevel", DECIMAL, Observation::getCiLevel, Observation.Builder::ciLevel),
            defaulted("status", code(ObservationStatus.class), Observation::getStatus, Observation.Builder::status),
            optional("note", TEXT, Observation::getNote, Observation.Builder::note));

    static final Element<ImmutableArea.Builder, Area> AREA = new Element<>(
            Area::builder,
            ImmutableArea.Builder::build,
            required("code", ID, Area::getCode, ImmutableArea.Builder::code),
            required("name", TEXT, Area::getName, ImmutableArea.Builder::name),
            required("type", code(AreaType.class), Area::getType, ImmutableArea.Builder::type),
            optional("regionCode", ID, Area::getRegionCode, ImmutableArea.Builder::regionCode),
            optional("subtype", TEXT, Area::getSubtype, ImmutableArea.Builder::subtype),
            defaulted("current", BOOLEAN, Area::isCurrent, ImmutableArea.Builder::current));

    static final Element<ImmutableComparatorGroup.Builder, ComparatorGroup> GROUP = new Element<>(
            ComparatorGroup::builder,
            ImmutableComparatorGroup.Builder::build,
            required("id", ID, ComparatorGroup::getId, ImmutableComparatorGroup.Builder::id),
            required("name", TEXT, ComparatorGroup::getName, ImmutableComparatorGroup.Builder::name),
            required(
                    "type",
                    code(ComparatorType.class),
                    ComparatorGroup::getType,
                    ImmutableComparatorGroup.Builder::type),
            optional("areaCode", ID, ComparatorGroup::getAreaCode, ImmutableComparatorGroup.Builder::areaCode),
            collection(
                    "memberCodes",
                    STRINGS,
                    ComparatorGroup::getMemberCodes,
                    ImmutableComparatorGroup.Builder::memberCodes));

    static final Element<ImmutableBenchmarkValue.Builder, BenchmarkValue> BENCHMARK = new Element<>(
            BenchmarkValue::builder,
            ImmutableBenchmarkValue.Builder::build,
            required("indicatorId", ID, BenchmarkValue::getIndicatorId, ImmutableBenchmarkValue.Builder::indicatorId),
            required("period", INDICATOR_PERIOD, BenchmarkValue::getPeriod, ImmutableBenchmarkValue.Builder::period),
            required("comparator", ID, BenchmarkValue::getComparator, ImmutableBenchmarkValue.Builder::comparator),
            required(
                    "type", code(ComparatorType.class), BenchmarkValue::getType, ImmutableBenchmarkValue.Builder::type),
            optional("areaCode", ID, BenchmarkValue::getAreaCode, ImmutableBenchmarkValue.Builder::areaCode),
            optional("value", DECIMAL, BenchmarkValue::getValue, ImmutableBenchmarkValue.Builder::value),
            optional("lowerCi", DECIMAL, BenchmarkValue::getLowerCi, ImmutableBenchmarkValue.Builder::lowerCi),
            optional("upperCi", DECIMAL, BenchmarkValue::getUpperCi, ImmutableBenchmarkValue.Builder::upperCi));

    static final Element<ImmutableReportedSummary.Builder, ReportedSummary> REPORTED = new Element<>(
            ReportedSummary::builder,
            ImmutableReportedSummary.Builder::build,
            optional("source", TEXT, ReportedSummary::getSource, ImmutableReportedSummary.Builder::source),
            optional("period", PERIOD, ReportedSummary::getPeriod, ImmutableReportedSummary.Builder::period),
            required(
                    "scope",
                    code(SummaryScope.class),
                    ReportedSummary::getScope,
                    ImmutableReportedSummary.Builder::scope),
            optional("scopeId", ID, ReportedSummary::getScopeId, ImmutableReportedSummary.Builder::scopeId),
            collection("counts", STATUS_NUMBERS, ReportedSummary::getCounts, ImmutableReportedSummary.Builder::counts),
            optional("total", DECIMAL, ReportedSummary::getTotal, ImmutableReportedSummary.Builder::total),
            collection(
                    "percentages",
                    STATUS_NUMBERS,
                    ReportedSummary::getPercentages,
                    ImmutableReportedSummary.Builder::percentages));

    static final Element<BudgetLine.Builder, BudgetLine> BUDGET_LINE = new Element<>(
            BudgetLine::builder,
            BudgetLine.Builder::build,
            required("portfolio", ID, BudgetLine::getPortfolio, BudgetLine.Builder::portfolio),
            required("service", TEXT, BudgetLine::getService, BudgetLine.Builder::service),
            required("year", FINANCIAL_YEAR, BudgetLine::getYear, BudgetLine.Builder::year),
            required("period", PERIOD, BudgetLine::getPeriod, BudgetLine.Builder::period),
            required("budget", MONEY, BudgetLine::getBudget, BudgetLine.Builder::budget),
            required("forecast", MONEY, BudgetLine::getForecast, BudgetLine.Builder::forecast),
            optional("actual", MONEY, BudgetLine::getActual, BudgetLine.Builder::actual),
            defaulted("cashLimit", BOOLEAN, BudgetLine::isCashLimit, BudgetLine.Builder::cashLimit),
            defaulted("kind", code(LineKind.class), BudgetLine::getKind, BudgetLine.Builder::kind),
            optional("commentary", TEXT, BudgetLine::getCommentary, BudgetLine.Builder::commentary));

    static final Element<Saving.Builder, Saving> SAVING = new Element<>(
            Saving::builder,
            Saving.Builder::build,
            required("reference", ID, Saving::getReference, Saving.Builder::reference),
            required("title", TEXT, Saving::getTitle, Saving.Builder::title),
            required("portfolio", ID, Saving::getPortfolio, Saving.Builder::portfolio),
            required("year", FINANCIAL_YEAR, Saving::getYear, Saving.Builder::year),
            required("period", PERIOD, Saving::getPeriod, Saving.Builder::period),
            required("required", MONEY, Saving::getRequired, Saving.Builder::required),
            required("forecast", MONEY, Saving::getForecast, Saving.Builder::forecast),
            optional("delivered", MONEY, Saving::getDelivered, Saving.Builder::delivered),
            required("status", code(SavingStatus.class), Saving::getStatus, Saving.Builder::status),
            optional("risk", code(RiskRating.class), Saving::getRisk, Saving.Builder::risk),
            optional("commentary", TEXT, Saving::getCommentary, Saving.Builder::commentary));

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
                    ds -> ds.getPlan().map(List::of).orElse(List.of()),
                    (ds, plans) -> plans.isEmpty() ? ds : ds.withPlan(plans.get(0))),
            array("themes", "a theme", THEME, Dataset::getThemes, ImmutableDataset::withThemes),
            array("priorities", "a priority", PRIORITY, Dataset::getPriorities, ImmutableDataset::withPriorities),
            array("actions", "an action", ACTION, Dataset::getActions, ImmutableDataset::withActions),
            array(
                    "actionUpdates",
                    "an action update",
                    UPDATE,
                    Dataset::getActionUpdates,
                    ImmutableDataset::withActionUpdates),
            array("milestones", "a milestone", MILESTONE, Dataset::getMilestones, ImmutableDataset::withMilestones),
            array("indicators", "an indicator", INDICATOR, Dataset::getIndicators, ImmutableDataset::withIndicators),
            array("targets", "a target", TARGET, Dataset::getTargets, ImmutableDataset::withTargets),
            array(
                    "observations",
                    "an observation",
                    OBSERVATION,
                    Dataset::getObservations,
                    ImmutableDataset::withObservations),
            array("areas", "an area", AREA, Dataset::getAreas, ImmutableDataset::withAreas),
            array(
                    "comparatorGroups",
                    "a comparator group",
                    GROUP,
                    Dataset::getComparatorGroups,
                    ImmutableDataset::withComparatorGroups),
            array(
                    "benchmarks",
                    "a benchmark value",
                    BENCHMARK,
                    Dataset::getBenchmarks,
                    ImmutableDataset::withBenchmarks),
            array("reported", "a reported summary", REPORTED, Dataset::getReported, ImmutableDataset::withReported),
            array(
                    "budgetLines",
                    "a budget line",
                    BUDGET_LINE,
                    Dataset::getBudgetLines,
                    ImmutableDataset::withBudgetLines),
            array("savings", "a saving", SAVING, Dataset::getSavings, ImmutableDataset::withSavings));

    static final String SCHEMA_VERSION = "schemaVersion";

    /** The root's field names for "unknown field" messages. */
    static final String ROOT_NAMES =
            SCHEMA_VERSION + ", " + PARTS.stream().map(Part::name).collect(Collectors.joining(", "));
}
