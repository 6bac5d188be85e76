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
    public abstract Optional<Plan> plan();

    /** The plan's themes. */
    public abstract List<Theme> themes();

    /** The plan's priorities. */
    public abstract List<Priority> priorities();

    /** The action register. */
    public abstract List<Action> actions();

    /** Every rating of every action. */
    public abstract List<ActionUpdate> actionUpdates();

    /** The actions' milestones, each naming its action. */
    public abstract List<Milestone> milestones();

    /** The performance measures. */
    public abstract List<Indicator> indicators();

    /** The targets. */
    public abstract List<Target> targets();

    /** The observed values. */
    public abstract List<Observation> observations();

    /** The areas. */
    public abstract List<Area> areas();

    /** The comparator groups. */
    public abstract List<ComparatorGroup> comparatorGroups();

    /** The published benchmark figures. */
    public abstract List<BenchmarkValue> benchmarks();

    /** Figures printed in published reports. */
    public abstract List<ReportedSummary> reported();

    /**
     * The events and population of each age band for indicator, area and period, from which a
     * directly standardised indicator's rates are computed (docs/statistics.md).
     */
    public abstract List<AgeBandCount> ageBandCounts();

    /** The budget lines: each service's budget and forecast outturn at each period (docs/finance.md). */
    public abstract List<BudgetLine> budgetLines();

    /** The savings programme: each proposal's requirement, forecast and status at each period. */
    public abstract List<Saving> savings();

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
    public List<Observation> series(String indicatorId, String areaCode) {
        Map<String, List<Observation>> byArea = series().get(indicatorId);
        return byArea == null ? List.of() : byArea.getOrDefault(areaCode, List.of());
    }

    /** The observation of one indicator for one area and period. */
    public Optional<Observation> findObservation(String indicatorId, String areaCode, ReportingPeriod period) {
        for (Observation o : series(indicatorId, areaCode)) {
            if (o.period().equals(period)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The updates of one action, in period order: its rating history. */
    public List<ActionUpdate> updates(String actionId) {
        return updatesByAction().getOrDefault(actionId, List.of());
    }

    /** The milestones of one action, by due date (milestones due the same day in the order given). */
    public List<Milestone> milestones(String actionId) {
        return milestonesByAction().getOrDefault(actionId, List.of());
    }

    /** The latest rating of an action for exactly this review period. */
    public Optional<ActionUpdate> findUpdate(String actionId, ReportingPeriod period) {
        ActionUpdate found = null;
        for (ActionUpdate u : updates(actionId)) {
            if (u.period().equals(period)) {
                found = u;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The targets of one indicator, in period order. */
    public List<Target> targets(String indicatorId) {
        return targetsByIndicator().getOrDefault(indicatorId, List.of());
    }

    /**
     * The target of an indicator for an area and period: one for that area if there is one, else one
     * that names no area. Its arguments come in the order of {@link #findObservation}'s.
     */
    public Optional<Target> findTarget(String indicatorId, String areaCode, ReportingPeriod period) {
        Target general = null;
        for (Target t : targets(indicatorId)) {
            if (t.period().equals(period)) {
                if (t.areaCode().isEmpty()) {
                    if (general == null) {
                        general = t;
                    }
                } else if (t.areaCode().get().equals(areaCode)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.ofNullable(general);
    }

    /** The published benchmark figures for an indicator and period. */
    public List<BenchmarkValue> benchmarks(String indicatorId, ReportingPeriod period) {
        Map<ReportingPeriod, List<BenchmarkValue>> byPeriod =
                benchmarksByIndicator().get(indicatorId);
        return byPeriod == null ? List.of() : byPeriod.getOrDefault(period, List.of());
    }

    @Value.Lazy
    Map<String, Theme> themesById() {
        return index(themes(), Theme::id);
    }

    @Value.Lazy
    Map<String, Priority> prioritiesById() {
        return index(priorities(), Priority::id);
    }

    @Value.Lazy
    Map<String, Action> actionsById() {
        return index(actions(), Action::id);
    }

    @Value.Lazy
    Map<String, Indicator> indicatorsById() {
        return index(indicators(), Indicator::id);
    }

    @Value.Lazy
    Map<String, Area> areasByCode() {
        return index(areas(), Area::code);
    }

    @Value.Lazy
    Map<String, ComparatorGroup> groupsById() {
        return index(comparatorGroups(), ComparatorGroup::id);
    }

    @Value.Lazy
    Map<String, ComparatorGroup> neighboursByArea() {
        return index(
                comparatorGroups().stream()
                        .filter(g -> g.type() == ComparatorType.STATISTICAL_NEIGHBOURS
                                && g.areaCode().isPresent())
                        .toList(),
                g -> g.areaCode().get());
    }

    /**
     * Each indicator's series by area: a map of maps rather than one map on a pair of codes, whose
     * combined hash collided so often on LAIT's codes (indicator ids that differ in a character or
     * two, three-digit area numbers) that look-ups walked long bucket trees.
     */
    @Value.Lazy
    Map<String, Map<String, List<Observation>>> series() {
        return groupTwice(
                observations(),
                Observation::indicatorId,
                Observation::areaCode,
                Comparator.comparing(Observation::period));
    }

    @Value.Lazy
    Map<String, List<ActionUpdate>> updatesByAction() {
        return group(actionUpdates(), ActionUpdate::actionId, Comparator.comparing(ActionUpdate::period));
    }

    @Value.Lazy
    Map<String, List<Milestone>> milestonesByAction() {
        return group(milestones(), Milestone::actionId, Comparator.comparing(Milestone::due));
    }

    @Value.Lazy
    Map<String, List<Target>> targetsByIndicator() {
        return group(targets(), Target::indicatorId, Comparator.comparing(Target::period));
    }

    /** Each indicator's published figures by period, in the order they were given. */
    @Value.Lazy
    Map<String, Map<ReportingPeriod, List<BenchmarkValue>>> benchmarksByIndicator() {
        return groupTwice(benchmarks(), BenchmarkValue::indicatorId, BenchmarkValue::period, null);
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
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Dataset}, started by {@link #builder()}; every attribute has a default. */
    public static final class Builder extends ImmutableDataset.Builder {}
}
