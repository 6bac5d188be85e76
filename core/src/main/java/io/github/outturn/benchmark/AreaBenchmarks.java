package io.github.outturn.benchmark;

import io.github.outturn.io.Quote;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The benchmark rules applied to a {@link Dataset}: one area's value for an indicator and period
 * against published benchmarks, comparator groups and earlier periods, with its rank, band and
 * record, in a few calls.
 *
 * <pre>{@code
 * BenchmarkPolicy policy = BenchmarkPolicy.defaults();
 * ReportingPeriod year = FinancialYear.of(2016);
 * List<Comparison> published = AreaBenchmarks.compareWithBenchmarks(ds, "cla-rate", "356", year, policy);
 * GroupComparison sn = AreaBenchmarks.compareWithGroup(ds, "cla-rate", "356", year,
 *         ds.findComparatorGroup("sn-356").orElseThrow(), policy);
 * Optional<Rank> rank = AreaBenchmarks.rank(ds, "cla-rate", "356", year, allEngland);      // "3 of 152"
 * Optional<Band> band = AreaBenchmarks.quartile(ds, "cla-rate", "356", year, allEngland, policy);
 * SeriesRecord record = AreaBenchmarks.record(ds, "cla-rate", "356", year);
 * }</pre>
 *
 * <p>An indicator id the dataset does not know is an error; a missing observation is not (it gives
 * NOT_COMPARED, no rank, no band). Pure functions; thread-safe.
 */
public final class AreaBenchmarks {

    private AreaBenchmarks() {}

    /**
     * The area against one published benchmark figure.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param benchmark the published figure, not null
     * @param policy the policy, not null
     * @return the comparison
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static Comparison compareWithBenchmark(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            BenchmarkValue benchmark,
            BenchmarkPolicy policy) {
        Indicator indicator = indicator(dataset, indicatorId);
        Optional<Observation> o = dataset.findObservation(indicatorId, areaCode, period);
        return compare(indicator, o, name(dataset, benchmark), benchmark.value().orElse(null), policy);
    }

    /**
     * The area against every benchmark published for the indicator and period that applies to it:
     * England, its region (by the area's region code), other areas and custom figures, and
     * statistical neighbour averages published for this area.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param policy the policy, not null
     * @return the comparisons, in the order the benchmarks were given
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static List<Comparison> compareWithBenchmarks(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period, BenchmarkPolicy policy) {
        Indicator indicator = indicator(dataset, indicatorId);
        Optional<Observation> o = dataset.findObservation(indicatorId, areaCode, period);
        Optional<String> region = dataset.findArea(areaCode).flatMap(Area::regionCode);
        List<Comparison> out = new ArrayList<>();
        for (BenchmarkValue b : dataset.benchmarks(indicatorId, period)) {
            boolean applies;
            if (b.type() == ComparatorType.REGION) {
                applies = region.isEmpty() || region.get().equals(b.comparator());
            } else if (b.type() == ComparatorType.STATISTICAL_NEIGHBOURS) {
                applies = b.areaCode().isEmpty() || b.areaCode().get().equals(areaCode);
            } else {
                applies = true;
            }
            if (applies) {
                out.add(compare(indicator, o, name(dataset, b), b.value().orElse(null), policy));
            }
        }
        return out;
    }

    /**
     * The area against the average of a comparator group's members, computed by the policy's
     * average method (the area itself is left out if it is a member).
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param group the group, not null
     * @param policy the policy, not null
     * @return the average and the comparison with it
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static GroupComparison compareWithGroup(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ComparatorGroup group,
            BenchmarkPolicy policy) {
        ComparatorAverage average = groupAverage(
                indicator(dataset, indicatorId),
                areaCode,
                group,
                code -> dataset.findObservation(indicatorId, code, period),
                policy);
        return compareWithAverage(dataset, indicatorId, areaCode, period, group, average, policy);
    }

    /**
     * The average of a comparator group's members that {@link #compareWithGroup} compares with, the
     * members' observations looked up by the caller (for bulk work that holds them indexed).
     *
     * <pre>{@code
     * ComparatorAverage a = AreaBenchmarks.groupAverage(indicator, "356", sn356,
     *         code -> ds.findObservation("cla-rate", code, year), policy);   // the mean of 10 neighbours
     * }</pre>
     *
     * @param indicator the indicator (its multiplier, for a pooled average), not null
     * @param areaCode the area, left out of the group if it is a member
     * @param group the group, not null
     * @param observation each member's observation for the period, empty when it has none; not null
     * @param policy the policy (its average method), not null
     * @return the average with the members used and missing
     */
    public static ComparatorAverage groupAverage(
            Indicator indicator,
            String areaCode,
            ComparatorGroup group,
            Function<String, Optional<Observation>> observation,
            BenchmarkPolicy policy) {
        List<String> members = new ArrayList<>(group.memberCodes());
        members.remove(areaCode);
        return ComparatorAverages.of(
                policy.averageMethod(),
                members,
                observation,
                indicator.multiplier().orElse(BigDecimal.ONE));
    }

    /**
     * The area against a group's average already worked out by {@link #groupAverage}: what {@link
     * #compareWithGroup} returns.
     *
     * <pre>{@code
     * GroupComparison sn = AreaBenchmarks.compareWithAverage(ds, "cla-rate", "356", year, sn356, a, policy);
     * }</pre>
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param group the group, not null
     * @param average the group's average, not null
     * @param policy the policy, not null
     * @return the average and the comparison with it
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static GroupComparison compareWithAverage(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ComparatorGroup group,
            ComparatorAverage average,
            BenchmarkPolicy policy) {
        Indicator indicator = indicator(dataset, indicatorId);
        Optional<Observation> o = dataset.findObservation(indicatorId, areaCode, period);
        String name = group.name() + " " + average.method().name().toLowerCase(java.util.Locale.ROOT);
        return new GroupComparison(
                average, compare(indicator, o, name, average.value().orElse(null), policy));
    }

    /**
     * The area against its own value for another period: the previous year, or a baseline ("against
     * the 2012/13 baseline").
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param other the earlier period or baseline, not null
     * @param policy the policy, not null
     * @return the comparison, named by the other period's label
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static Comparison compareWithPeriod(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ReportingPeriod other,
            BenchmarkPolicy policy) {
        Indicator indicator = indicator(dataset, indicatorId);
        Optional<Observation> o = dataset.findObservation(indicatorId, areaCode, period);
        BigDecimal then = dataset.findObservation(indicatorId, areaCode, other)
                .flatMap(Observation::value)
                .orElse(null);
        return compare(indicator, o, other.toString(), then, policy);
    }

    /**
     * The area's rank among a comparator group's members (the area counted in it, whether or not it
     * is a member).
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param group the group, not null
     * @return "r of n", empty when the area has no value or the indicator is not ranked
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static Optional<Rank> rank(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period, ComparatorGroup group) {
        Indicator indicator = indicator(dataset, indicatorId);
        BigDecimal value = value(dataset, indicatorId, areaCode, period);
        return Ranking.rankOf(value, groupValues(dataset, indicatorId, areaCode, period, group), indicator.polarity());
    }

    /**
     * The authorities an area is ranked among under the policy's {@link RankingSet}, for one
     * indicator and period: the members with a value of the dataset's England comparator group if
     * it has one, else of the local authorities it lists, else of every area with an observation
     * of the indicator; with {@link RankingSet#CURRENT_AUTHORITIES}, only those not listed as
     * former. The group's name says which set it is.
     *
     * <pre>{@code
     * ComparatorGroup all = AreaBenchmarks.authorities(lait, "HE_19_FSM", AcademicYear.of(2023), policy);
     * all.getMemberCodes().size();   // 149: Cumbria and Northamptonshire included, as in LAIT
     * all.getName();                 // "local authorities with a value, former ones included as in LAIT"
     * }</pre>
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param period the period
     * @param policy the policy, not null
     * @return the set, as a comparator group of the members with a value
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static ComparatorGroup authorities(
            Dataset dataset, String indicatorId, ReportingPeriod period, BenchmarkPolicy policy) {
        indicator(dataset, indicatorId);
        RankingSet set = policy.rankingSet();
        Optional<ComparatorGroup> england = dataset.comparatorGroups().stream()
                .filter(g -> g.type() == ComparatorType.ENGLAND)
                .findFirst();
        Set<String> candidates = new LinkedHashSet<>();
        String among;
        if (england.isPresent()) {
            candidates.addAll(england.get().memberCodes());
            among = "members of " + england.get().name()
                    + (set == RankingSet.CURRENT_AUTHORITIES ? " still current" : "") + " with a value";
        } else {
            for (Area a : dataset.areas()) {
                if (a.type() == AreaType.LOCAL_AUTHORITY) {
                    candidates.add(a.code());
                }
            }
            among = set.describe();
            if (candidates.isEmpty()) {
                for (Observation o : dataset.observations()) {
                    if (o.indicatorId().equals(indicatorId)) {
                        candidates.add(o.areaCode());
                    }
                }
                among = (set == RankingSet.CURRENT_AUTHORITIES ? "current " : "") + "areas with a value in the dataset";
            }
        }
        List<String> members = new ArrayList<>(candidates.size());
        for (String code : candidates) {
            boolean former = dataset.findArea(code).map(a -> !a.current()).orElse(false);
            if (!(former && set == RankingSet.CURRENT_AUTHORITIES)
                    && value(dataset, indicatorId, code, period) != null) {
                members.add(code);
            }
        }
        return ComparatorGroup.builder()
                .id("authorities-" + Codes.of(set))
                .name(among)
                .type(ComparatorType.CUSTOM)
                .memberCodes(members)
                .build();
    }

    /**
     * The area's rank and bands among {@link #authorities the authorities the policy names}, with
     * the set said in the result and its reason. Bands are given only when at least the policy's
     * {@link BenchmarkPolicy#minimumRankedForBands() minimum} (default 5) are ranked.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param policy the policy, not null
     * @return the rank, bands and set
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static AuthorityRank rankAmongAuthorities(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period, BenchmarkPolicy policy) {
        ComparatorGroup all = authorities(dataset, indicatorId, period, policy);
        Optional<Rank> rank = rank(dataset, indicatorId, areaCode, period, all);
        boolean banded = rank.map(policy::isBanded).orElse(false);
        return new AuthorityRank(
                Optional.ofNullable(value(dataset, indicatorId, areaCode, period)),
                rank,
                banded ? quartile(dataset, indicatorId, areaCode, period, all, policy) : Optional.empty(),
                banded ? quintile(dataset, indicatorId, areaCode, period, all, policy) : Optional.empty(),
                all.name(),
                policy.rankingSet(),
                policy.reference());
    }

    /**
     * The area's quartile band among a comparator group (the area counted in it).
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param group the group, not null
     * @param policy the policy, not null
     * @return A to D, empty when the area has no value, or the indicator is not ranked or not
     *     quartile banded
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static Optional<Band> quartile(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ComparatorGroup group,
            BenchmarkPolicy policy) {
        return banded(dataset, indicatorId, areaCode, period, group, policy, 4);
    }

    /**
     * The area's quintile band among a comparator group (the area counted in it).
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param group the group, not null
     * @param policy the policy, not null
     * @return A to E, empty when the area has no value, or the indicator is not ranked or not
     *     banded
     * @throws IllegalArgumentException if the dataset has no such indicator
     */
    public static Optional<Band> quintile(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ComparatorGroup group,
            BenchmarkPolicy policy) {
        return banded(dataset, indicatorId, areaCode, period, group, policy, 5);
    }

    /**
     * Where the area's value stands in its own series, since the series last broke (if it has).
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @return the record
     * @throws IllegalArgumentException if the dataset has no such indicator or no value for the period
     */
    public static SeriesRecord record(Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        Indicator indicator = indicator(dataset, indicatorId);
        return Records.of(indicator, dataset.series(indicatorId, areaCode), period);
    }

    private static Optional<Band> banded(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            ComparatorGroup group,
            BenchmarkPolicy policy,
            int parts) {
        Indicator indicator = indicator(dataset, indicatorId);
        BigDecimal value = value(dataset, indicatorId, areaCode, period);
        if (value == null || !indicator.quartileBanded() || !Ranking.isRanked(indicator.polarity())) {
            return Optional.empty();
        }
        CutPoints cuts = CutPoints.of(groupValues(dataset, indicatorId, areaCode, period, group), parts);
        return Bands.band(value, cuts, indicator.polarity(), policy.boundaryRule());
    }

    private static List<BigDecimal> groupValues(
            Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period, ComparatorGroup group) {
        List<BigDecimal> values = new ArrayList<>(group.memberCodes().size() + 1);
        boolean member = false;
        for (String code : group.memberCodes()) {
            member |= code.equals(areaCode);
            values.add(value(dataset, indicatorId, code, period));
        }
        if (!member) {
            values.add(value(dataset, indicatorId, areaCode, period));
        }
        return values;
    }

    private static BigDecimal value(Dataset dataset, String indicatorId, String areaCode, ReportingPeriod period) {
        return dataset.findObservation(indicatorId, areaCode, period)
                .flatMap(Observation::value)
                .orElse(null);
    }

    private static Comparison compare(
            Indicator indicator,
            Optional<Observation> observation,
            String comparator,
            BigDecimal comparatorValue,
            BenchmarkPolicy policy) {
        BigDecimal value = observation.flatMap(Observation::value).orElse(null);
        ConfidenceInterval interval = null;
        if (policy.judgementBasis() == JudgementBasis.CONFIDENCE_INTERVAL && value != null) {
            interval = ConfidenceIntervals.of(indicator, observation.get(), policy.confidenceLevel())
                    .orElse(null);
        }
        return Comparisons.compare(indicator.polarity(), value, interval, comparator, comparatorValue, policy);
    }

    private static String name(Dataset dataset, BenchmarkValue benchmark) {
        if (benchmark.type() == ComparatorType.STATISTICAL_NEIGHBOURS) {
            return dataset.findComparatorGroup(benchmark.comparator())
                    .map(ComparatorGroup::name)
                    .orElse("the statistical neighbour average");
        }
        return dataset.findArea(benchmark.comparator())
                .map(Area::name)
                .or(() -> dataset.findComparatorGroup(benchmark.comparator()).map(ComparatorGroup::name))
                .orElse(benchmark.type() == ComparatorType.ENGLAND ? "England" : benchmark.comparator());
    }

    private static Indicator indicator(Dataset dataset, String indicatorId) {
        Objects.requireNonNull(dataset, "dataset");
        return dataset.findIndicator(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException("Indicator " + Quote.of(indicatorId)
                        + " is not in the dataset: expected one of its indicator ids"));
    }
}
