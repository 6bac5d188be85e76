package io.github.outturn.model;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.Saving;
import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The aggregate root: a plan with its themes, priorities, actions, their updates, indicators,
 * targets and observations, the areas and comparator groups, published benchmarks and printed
 * figures, the budget lines and savings programme, with lookups by id.
 *
 * <pre>{@code
 * Dataset ds = Dataset.builder()
 *         .plan(plan)
 *         .addPriorities(p1, p2)
 *         .addActions(a1)
 *         .addIndicators(takeUp)
 *         .addObservations(o1, o2)
 *         .build();
 * ds.findIndicator("two-year-offer");                 // Optional[Indicator{...}]
 * ds.getSeries("two-year-offer", "E08000007");        // observations in period order
 * }</pre>
 *
 * <p>A dataset holds what a reader found, including defects such as duplicate ids or references to
 * unknown ids: the dataset validator reports those. Lookups take the first of duplicates. Lookup
 * indexes are built once, on first use, thread-safely. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Dataset {

    /** The version of the dataset document format this model corresponds to. */
    public static final int SCHEMA_VERSION = 1;

    /** The plan, absent for a dataset of indicators only (such as LAIT's). */
    public abstract Optional<Plan> getPlan();

    /** The plan's themes. */
    public abstract List<Theme> getThemes();

    /** The plan's priorities. */
    public abstract List<Priority> getPriorities();

    /** The action register. */
    public abstract List<Action> getActions();

    /** Every rating of every action. */
    public abstract List<ActionUpdate> getActionUpdates();

    /** The actions' milestones, each naming its action. */
    public abstract List<Milestone> getMilestones();

    /** The performance measures. */
    public abstract List<Indicator> getIndicators();

    /** The targets. */
    public abstract List<Target> getTargets();

    /** The observed values. */
    public abstract List<Observation> getObservations();

    /** The areas. */
    public abstract List<Area> getAreas();

    /** The comparator groups. */
    public abstract List<ComparatorGroup> getComparatorGroups();

    /** The published benchmark figures. */
    public abstract List<BenchmarkValue> getBenchmarks();

    /** Figures printed in published reports. */
    public abstract List<ReportedSummary> getReported();

    /** The budget lines: each service's budget and forecast outturn at each period (docs/finance.md). */
    public abstract List<BudgetLine> getBudgetLines();

    /** The savings programme: each proposal's requirement, forecast and status at each period. */
    public abstract List<Saving> getSavings();

    /** The theme with this id. */
    public Optional<Theme> findTheme(String id) {
        return Optional.ofNullable(themesById().get(id));
    }

    /** The priority with this id. */
    public Optional<Priority> findPriority(String id) {
        return Optional.ofNullable(prioritiesById().get(id));
    }

    /** The action with this id. */
    public Optional<Action> findAction(String id) {
        return Optional.ofNullable(actionsById().get(id));
    }

    /** The indicator with this id. */
    public Optional<Indicator> findIndicator(String id) {
        return Optional.ofNullable(indicatorsById().get(id));
    }

    /** The area with this code. */
    public Optional<Area> findArea(String code) {
        return Optional.ofNullable(areasByCode().get(code));
    }

    /** The comparator group with this id. */
    public Optional<ComparatorGroup> findComparatorGroup(String id) {
        return Optional.ofNullable(groupsById().get(id));
    }

    /**
     * The area's statistical neighbours: the first comparator group of type {@link
     * ComparatorType#STATISTICAL_NEIGHBOURS} whose {@code areaCode} is the area's. Every rule and the
     * command line find an area's neighbours through this.
     *
     * <pre>{@code
     * dataset.findStatisticalNeighbours("356").map(ComparatorGroup::getMemberCodes);   // Stockport's ten
     * }</pre>
     */
    public Optional<ComparatorGroup> findStatisticalNeighbours(String areaCode) {
        return Optional.ofNullable(neighboursByArea().get(areaCode));
    }

    /**
     * The observations of one indicator for one area, in period order.
     *
     * @param indicatorId an indicator id
     * @param areaCode an area code
     * @return the series, empty if there is none
     */
    public List<Observation> getSeries(String indicatorId, String areaCode) {
        Map<String, List<Observation>> byArea = series().get(indicatorId);
        return byArea == null ? List.of() : byArea.getOrDefault(areaCode, List.of());
    }

    /** The observation of one indicator for one area and period. */
    public Optional<Observation> findObservation(String indicatorId, String areaCode, ReportingPeriod period) {
        for (Observation o : getSeries(indicatorId, areaCode)) {
            if (o.getPeriod().equals(period)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The updates of one action, in period order: its rating history. */
    public List<ActionUpdate> getUpdates(String actionId) {
        return updatesByAction().getOrDefault(actionId, List.of());
    }

    /** The milestones of one action, by due date (milestones due the same day in the order given). */
    public List<Milestone> getMilestones(String actionId) {
        return milestonesByAction().getOrDefault(actionId, List.of());
    }

    /** The latest rating of an action for exactly this review period. */
    public Optional<ActionUpdate> findUpdate(String actionId, ReportingPeriod period) {
        ActionUpdate found = null;
        for (ActionUpdate u : getUpdates(actionId)) {
            if (u.getPeriod().equals(period)) {
                found = u;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The targets of one indicator, in period order. */
    public List<Target> getTargets(String indicatorId) {
        return targetsByIndicator().getOrDefault(indicatorId, List.of());
    }

    /**
     * The target of an indicator for a period and area: one for that area if there is one, else one
     * that names no area.
     */
    public Optional<Target> findTarget(String indicatorId, ReportingPeriod period, String areaCode) {
        Target general = null;
        for (Target t : getTargets(indicatorId)) {
            if (t.getPeriod().equals(period)) {
                if (t.getAreaCode().isEmpty()) {
                    if (general == null) {
                        general = t;
                    }
                } else if (t.getAreaCode().get().equals(areaCode)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.ofNullable(general);
    }

    /** The published benchmark figures for an indicator and period. */
    public List<BenchmarkValue> getBenchmarks(String indicatorId, ReportingPeriod period) {
        Map<ReportingPeriod, List<BenchmarkValue>> byPeriod =
                benchmarksByIndicator().get(indicatorId);
        return byPeriod == null ? List.of() : byPeriod.getOrDefault(period, List.of());
    }

    @Value.Lazy
    Map<String, Theme> themesById() {
        return index(getThemes(), Theme::getId);
    }

    @Value.Lazy
    Map<String, Priority> prioritiesById() {
        return index(getPriorities(), Priority::getId);
    }

    @Value.Lazy
    Map<String, Action> actionsById() {
        return index(getActions(), Action::getId);
    }

    @Value.Lazy
    Map<String, Indicator> indicatorsById() {
        return index(getIndicators(), Indicator::getId);
    }

    @Value.Lazy
    Map<String, Area> areasByCode() {
        return index(getAreas(), Area::getCode);
    }

    @Value.Lazy
    Map<String, ComparatorGroup> groupsById() {
        return index(getComparatorGroups(), ComparatorGroup::getId);
    }

    @Value.Lazy
    Map<String, ComparatorGroup> neighboursByArea() {
        return index(
                getComparatorGroups().stream()
                        .filter(g -> g.getType() == ComparatorType.STATISTICAL_NEIGHBOURS
                                && g.getAreaCode().isPresent())
                        .toList(),
                g -> g.getAreaCode().get());
    }

    /**
     * Each indicator's series by area: a map of maps rather than one map on a pair of codes, whose
     * combined hash collided so often on LAIT's codes (indicator ids that differ in a character or
     * two, three-digit area numbers) that look-ups walked long bucket trees.
     */
    @Value.Lazy
    Map<String, Map<String, List<Observation>>> series() {
        return groupTwice(
                getObservations(),
                Observation::getIndicatorId,
                Observation::getAreaCode,
                Comparator.comparing(Observation::getPeriod));
    }

    @Value.Lazy
    Map<String, List<ActionUpdate>> updatesByAction() {
        return group(getActionUpdates(), ActionUpdate::getActionId, Comparator.comparing(ActionUpdate::getPeriod));
    }

    @Value.Lazy
    Map<String, List<Milestone>> milestonesByAction() {
        return group(getMilestones(), Milestone::actionId, Comparator.comparing(Milestone::due));
    }

    @Value.Lazy
    Map<String, List<Target>> targetsByIndicator() {
        return group(getTargets(), Target::getIndicatorId, Comparator.comparing(Target::getPeriod));
    }

    /** Each indicator's published figures by period, in the order they were given. */
    @Value.Lazy
    Map<String, Map<ReportingPeriod, List<BenchmarkValue>>> benchmarksByIndicator() {
        return groupTwice(getBenchmarks(), BenchmarkValue::getIndicatorId, BenchmarkValue::getPeriod, null);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>(items.size() * 2);
        for (T item : items) {
            map.putIfAbsent(key.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Groups items by key, each group sorted stably (equal periods keep their order in the file). */
    private static <K, T> Map<K, List<T>> group(List<T> items, Function<T, K> key, Comparator<T> order) {
        Map<K, List<T>> map = new HashMap<>();
        for (T item : items) {
            map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        map.replaceAll((k, list) -> {
            list.sort(order);
            return Collections.unmodifiableList(list);
        });
        return Collections.unmodifiableMap(map);
    }

    /**
     * Groups items by a first and a second key, each group sorted stably by the order given (equal
     * periods keep their order in the file), or left in the items' order when it is null.
     */
    private static <K, T> Map<String, Map<K, List<T>>> groupTwice(
            List<T> items, Function<T, String> first, Function<T, K> second, Comparator<T> order) {
        Map<String, Map<K, List<T>>> map = new HashMap<>();
        Map<K, List<T>> inner = null;
        String last = null;
        for (T item : items) {
            String k = first.apply(item);
            // Readers give a measure's rows together: look the outer map up only when the key changes.
            if (inner == null || !k.equals(last)) {
                inner = map.computeIfAbsent(k, x -> new HashMap<>());
                last = k;
            }
            inner.computeIfAbsent(second.apply(item), x -> new ArrayList<>()).add(item);
        }
        map.replaceAll((k, groups) -> {
            groups.replaceAll((k2, list) -> {
                if (order != null) {
                    list.sort(order);
                }
                return Collections.unmodifiableList(list);
            });
            return Collections.unmodifiableMap(groups);
        });
        return Collections.unmodifiableMap(map);
    }

    /** A builder. */
    public static ImmutableDataset.Builder builder() {
        return ImmutableDataset.builder();
    }
}
