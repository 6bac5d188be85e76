package io.github.outturn.highlight;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.CutPoints;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.benchmark.RankingSet;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of the highlight rules over a dataset: the policies, the groups areas are ranked in, and
 * each indicator and period's group values, worked out once and shared by every area of the run.
 * Confined to the thread that made it.
 */
final class Context {

    /**
     * A group an area is ranked in: its members (and each one's place among the authorities, -1 for
     * an area that is not one), its name in a sentence and in the evidence, and the key its rankings are shared under by every member (null for a group of one area's own, such as
     * its statistical neighbours).
     */
    record Group(
            ComparatorType type,
            String name,
            String where,
            String among,
            String rankingSet,
            List<String> members,
            int[] indexes,
            String sharedKey) {

        /** The number of places worth a sentence at either end of the group: "in the top 5". */
        int top(HighlightPolicy policy) {
            return type == ComparatorType.STATISTICAL_NEIGHBOURS ? policy.neighbourTopN() : policy.topN();
        }
    }

    final Dataset dataset;
    final HighlightPolicy policy;
    final RatingPolicy ratingPolicy;
    final BenchmarkPolicy benchmarkPolicy;

    private final List<String> authorities = new ArrayList<>();
    /** Each authority's place in {@code authorities} (the first, should the dataset list one twice). */
    private final Map<String, Integer> authorityIndex = new HashMap<>();

    private final Map<String, List<String>> regions = new HashMap<>();
    private final Map<String, List<Group>> groups = new HashMap<>();
    /** Each shared group's members by position: where a member's rank is in the group's rankings. */
    private final Map<String, Map<String, Integer>> positions = new HashMap<>();

    /** Each indicator and period's shared work, made once and read by every area. */
    private final Map<Key, Measure> measures = new HashMap<>();
    /** Whether each indicator measured so far has a forecast in any authority's series. */
    private final Map<String, Boolean> forecastsByIndicator = new HashMap<>();

    Context(Dataset dataset, HighlightPolicy policy, RatingPolicy ratingPolicy, BenchmarkPolicy benchmarkPolicy) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ratingPolicy = Objects.requireNonNull(ratingPolicy, "ratingPolicy");
        this.benchmarkPolicy = Objects.requireNonNull(benchmarkPolicy, "benchmarkPolicy");
        boolean currentOnly = benchmarkPolicy.rankingSet() == RankingSet.CURRENT_AUTHORITIES;
        for (Area a : dataset.areas()) {
            if (a.type() == AreaType.LOCAL_AUTHORITY && !(currentOnly && !a.current())) {
                authorities.add(a.code());
                authorityIndex.putIfAbsent(a.code(), authorities.size() - 1);
                a.regionCode()
                        .ifPresent(r -> regions.computeIfAbsent(r, k -> new ArrayList<>())
                                .add(a.code()));
            }
        }
    }

    /** Whether the dataset lists enough local authorities for its England group to be "the country". */
    boolean national() {
        return authorities.size() >= policy.nationalGroupMinimum();
    }

    /**
     * Whether the area is ranked among authorities at all: not a region, England or another
     * comparator the dataset lists (its value is an average, not one more council's).
     */
    boolean rankable(String areaCode) {
        return dataset.findArea(areaCode)
                .map(a -> a.type() == AreaType.LOCAL_AUTHORITY)
                .orElse(true);
    }

    /** The area's name, or its code when the dataset does not name it. */
    String name(String areaCode) {
        return dataset.findArea(areaCode).map(Area::name).orElse(areaCode);
    }

    /**
     * The groups an area is ranked in: England, its region, its statistical neighbours (each only
     * when the dataset has it). The one place the ranking set is stated: the benchmark policy's
     * {@link RankingSet} (by default every local authority of the dataset with a value, former ones
     * included, as LAIT ranks), among the dataset's local authorities.
     */
    List<Group> groups(String areaCode) {
        return groups.computeIfAbsent(areaCode, this::groupsOf);
    }

    private List<Group> groupsOf(String areaCode) {
        List<Group> out = new ArrayList<>(3);
        boolean national = national();
        out.add(new Group(
                ComparatorType.ENGLAND,
                "England",
                national ? "in the country" : "among local authorities in the dataset",
                national ? "local authorities in England" : "local authorities in the dataset",
                benchmarkPolicy.rankingSet().describe() + " in the dataset",
                authorities,
                indexes(authorities),
                "England"));
        Optional<String> region = dataset.findArea(areaCode).flatMap(Area::regionCode);
        if (region.isPresent() && regions.containsKey(region.get())) {
            String name = name(region.get());
            out.add(new Group(
                    ComparatorType.REGION,
                    name,
                    "in " + Wording.place(name),
                    "local authorities in " + Wording.place(name),
                    benchmarkPolicy.rankingSet().describe() + " in " + name,
                    regions.get(region.get()),
                    indexes(regions.get(region.get())),
                    "region " + region.get()));
        }
        ComparatorGroup sn = neighbours(areaCode).orElse(null);
        if (sn != null) {
            out.add(new Group(
                    ComparatorType.STATISTICAL_NEIGHBOURS,
                    sn.name(),
                    "among its statistical neighbours",
                    "its statistical neighbours",
                    name(areaCode) + " and its " + sn.memberCodes().size()
                            + " statistical neighbours, those with a value",
                    sn.memberCodes(),
                    indexes(sn.memberCodes()),
                    null));
        }
        return List.copyOf(out);
    }

    /** An area's rank in a group, and its rank counted from the worst end (1 the worst). */
    record Place(Rank rank, int fromWorst) {}

    /**
     * The area's place in a group for an indicator and period, its own value counted once: from the
     * group's rankings, made once and shared by every member, when the group is shared and the area
     * one of its members; else by ranking the value among the group's values.
     *
     * @param value the area's value, not null
     */
    Place place(Indicator indicator, ReportingPeriod period, Group group, String areaCode, BigDecimal value) {
        return place(measure(indicator, period), group, areaCode, value);
    }

    /** As {@link #place(Indicator, ReportingPeriod, Group, String, BigDecimal)}, for a measure in hand. */
    Place place(Measure measure, Group group, String areaCode, BigDecimal value) {
        Polarity polarity = measure.indicator.polarity();
        Integer at = group.sharedKey() == null ? null : positions(group).get(areaCode);
        if (at != null) {
            // The area is a member, so the values are the members' alone, in their order.
            Measure.Ranked r = measure.ranked(group);
            Optional<Rank> rank = r.best().rankAt(at);
            if (rank.isPresent()) {
                return new Place(rank.get(), r.worst().rankNumberAt(at));
            }
        }
        List<BigDecimal> values = groupValues(measure, group, areaCode);
        return new Place(
                Ranking.rankOf(value, values, polarity).orElseThrow(),
                Ranking.rankOf(value, values, reversed(polarity)).orElseThrow().rank());
    }

    private Map<String, Integer> positions(Group group) {
        return positions.computeIfAbsent(group.sharedKey(), k -> {
            Map<String, Integer> at = new HashMap<>(group.members().size() * 2);
            for (int i = 0; i < group.members().size(); i++) {
                at.putIfAbsent(group.members().get(i), i);
            }
            return at;
        });
    }

    /** The other way round: LOWER_IS_BETTER for HIGHER_IS_BETTER and the reverse. */
    static Polarity reversed(Polarity polarity) {
        return polarity == Polarity.HIGHER_IS_BETTER ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER;
    }

    /** The area's statistical neighbour group, if the dataset has one: the dataset's, as every rule finds it. */
    Optional<ComparatorGroup> neighbours(String areaCode) {
        return dataset.findStatisticalNeighbours(areaCode);
    }

    /** The area's place among the authorities, or -1 when it is not one. */
    int index(String areaCode) {
        Integer at = authorityIndex.get(areaCode);
        return at == null ? -1 : at;
    }

    private int[] indexes(List<String> codes) {
        int[] out = new int[codes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index(codes.get(i));
        }
        return out;
    }

    /** The values of a group's members and the area (counted once), null where missing. */
    List<BigDecimal> groupValues(Indicator indicator, ReportingPeriod period, Group group, String areaCode) {
        return groupValues(measure(indicator, period), group, areaCode);
    }

    private static List<BigDecimal> groupValues(Measure measure, Group group, String areaCode) {
        List<String> members = group.members();
        List<BigDecimal> out = new ArrayList<>(members.size() + 1);
        boolean member = false;
        for (int i = 0; i < members.size(); i++) {
            member |= members.get(i).equals(areaCode);
            out.add(measure.value(group.indexes()[i], members.get(i)));
        }
        if (!member) {
            out.add(measure.value(areaCode));
        }
        return out;
    }

    /**
     * The quartile cut points of the England group for an indicator and period (the area counted in
     * it), when any value is present.
     */
    Optional<CutPoints> quartiles(Indicator indicator, ReportingPeriod period, String areaCode) {
        Measure m = measure(indicator, period);
        if (!authorityIndex.containsKey(areaCode)) {
            List<BigDecimal> values = groupValues(m, groups(areaCode).get(0), areaCode);
            values.removeIf(Objects::isNull);
            return cutPoints(values);
        }
        return m.quartiles();
    }

    /** The cut points of the values, none null, when there is any. */
    static Optional<CutPoints> cutPoints(List<BigDecimal> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(CutPoints.of(values, 4));
    }

    /**
     * The indicator and period as every area sees it, from one pass over each authority's series that
     * makes every period's measure of the indicator at once.
     */
    Measure measure(Indicator indicator, ReportingPeriod period) {
        Key key = new Key(indicator.id(), period);
        Measure m = measures.get(key);
        if (m != null) {
            return m;
        }
        boolean forecasts = forecastsByIndicator.computeIfAbsent(indicator.id(), id -> measureAll(indicator));
        // A period no authority has an actual observation for.
        return measures.computeIfAbsent(
                key, k -> new Measure(this, indicator, period, new Observation[authorities.size()], forecasts));
    }

    /** Makes every period's measure of the indicator; whether any authority's series holds a forecast. */
    private boolean measureAll(Indicator indicator) {
        Map<ReportingPeriod, Observation[]> byPeriod = new HashMap<>();
        boolean forecast = false;
        for (int i = 0; i < authorities.size(); i++) {
            if (index(authorities.get(i)) != i) {
                continue; // listed twice: its observations are at its first place
            }
            for (Observation o : dataset.series(indicator.id(), authorities.get(i))) {
                if (o.status() == ObservationStatus.FORECAST) {
                    forecast = true;
                    continue;
                }
                Observation[] inPeriod = byPeriod.computeIfAbsent(o.period(), p -> new Observation[authorities.size()]);
                // The first actual observation counts, as in actual(): a suppressed one too.
                if (inPeriod[i] == null) {
                    inPeriod[i] = o;
                }
            }
        }
        for (Map.Entry<ReportingPeriod, Observation[]> e : byPeriod.entrySet()) {
            measures.put(
                    new Key(indicator.id(), e.getKey()),
                    new Measure(this, indicator, e.getKey(), e.getValue(), forecast));
        }
        return forecast;
    }

    /** The value of an actual (not forecast) observation, or null. */
    BigDecimal value(String indicatorId, String areaCode, ReportingPeriod period) {
        return actual(indicatorId, areaCode, period).flatMap(Observation::value).orElse(null);
    }

    /** The actual (not forecast) observation for the period. */
    Optional<Observation> actual(String indicatorId, String areaCode, ReportingPeriod period) {
        for (Observation o : series(indicatorId, areaCode)) {
            if (o.period().equals(period) && o.status() != ObservationStatus.FORECAST) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /**
     * The period to speak of for an indicator and area: the one asked for, when the area has an
     * observation for it; else, when none was asked for, the latest period the area has one for.
     */
    Optional<ReportingPeriod> period(String indicatorId, String areaCode, Optional<ReportingPeriod> asked) {
        if (asked.isPresent()) {
            return actual(indicatorId, areaCode, asked.get()).map(Observation::period);
        }
        List<Observation> all = series(indicatorId, areaCode);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).status() != ObservationStatus.FORECAST) {
                return Optional.of(all.get(i).period());
            }
        }
        return Optional.empty();
    }

    /**
     * The area's values up to and including the period, in period order (forecasts and gaps left out),
     * since the series last broke ({@link ComparableSeries}).
     */
    List<PeriodValue> seriesTo(String indicatorId, String areaCode, ReportingPeriod period) {
        List<PeriodValue> out = new ArrayList<>();
        List<Observation> series = series(indicatorId, areaCode);
        Optional<Indicator> indicator = dataset.findIndicator(indicatorId);
        if (indicator.isPresent()) {
            series = ComparableSeries.of(indicator.get(), series, period).observations();
        }
        for (Observation o : series) {
            if (o.period().compareTo(period) <= 0
                    && o.status() != ObservationStatus.FORECAST
                    && o.value().isPresent()) {
                out.add(new PeriodValue(o.period(), o.value().get()));
            }
        }
        return out;
    }

    /** The dataset's series of an indicator for an area, in period order. */
    List<Observation> series(String indicatorId, String areaCode) {
        return dataset.series(indicatorId, areaCode);
    }

    /** The actual (not forecast) observations of an indicator for an area, in period order. */
    List<Observation> actuals(String indicatorId, String areaCode) {
        List<Observation> out = new ArrayList<>();
        for (Observation o : series(indicatorId, areaCode)) {
            if (o.status() != ObservationStatus.FORECAST) {
                out.add(o);
            }
        }
        return out;
    }

    private record Key(String indicatorId, ReportingPeriod period) {}
}
