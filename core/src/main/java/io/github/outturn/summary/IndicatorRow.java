package io.github.outturn.summary;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.AuthorityRank;
import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.Area;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a performance report says about one indicator for one area and period, in one value: the
 * rating against the target, the short- and long-term direction of travel, the comparisons with the
 * published benchmarks (England, the region, statistical neighbours), the comparison with the area's
 * statistical neighbours' average, the rank among authorities and the quartile band. It is the row of
 * {@code outturn assess} and of a report's scorecard.
 *
 * <pre>{@code
 * Dataset ds = DatasetFormats.load().read(Path.of("examples/data/nottingham-cypp-2015.json"));
 * IndicatorRow row = IndicatorRow.of(ds, "dtap-12m", "892", ReportingPeriod.parse("2014/15"),
 *         RatingPolicy.defaults(), BenchmarkPolicy.defaults());
 * row.assessment().getStatus();               // RED
 * row.shortTerm().getDirection();             // WORSENING
 * row.england().map(Comparison::judgement);   // Optional[WORSE]
 * row.rank();                                 // Optional[7 of 10]
 * row.quartile();                             // Optional[C]
 * }</pre>
 *
 * @param assessment the rating against the target
 * @param shortTerm the direction of travel since the previous period
 * @param longTerm the direction of travel since the policy's long-term period
 * @param benchmarks the comparisons with every published benchmark that applies to the area, in the
 *     dataset's order
 * @param neighbours the comparison with the average of the area's statistical neighbours, when the
 *     dataset has a statistical neighbour group for the area
 * @param rank the area's rank among authorities, empty when it has no value or the indicator is not
 *     ranked
 * @param quartile the quartile band, empty when not ranked, not banded, or fewer than the benchmark
 *     policy's {@link BenchmarkPolicy#minimumRankedForBands() minimum} of authorities have a value
 * @param rankedAmong the set ranked among, in words, such as "local authorities with a value, former
 *     ones included as in LAIT"
 *     <p>Immutable and thread-safe.
 */
public record IndicatorRow(
        IndicatorAssessment assessment,
        DirectionOfTravel shortTerm,
        DirectionOfTravel longTerm,
        List<Comparison> benchmarks,
        Optional<GroupComparison> neighbours,
        Optional<Rank> rank,
        Optional<Band> quartile,
        String rankedAmong) {

    /** Checks that no component is null, and keeps an unmodifiable copy of the benchmarks. */
    public IndicatorRow {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(shortTerm, "shortTerm");
        Objects.requireNonNull(longTerm, "longTerm");
        benchmarks = List.copyOf(benchmarks);
        Objects.requireNonNull(neighbours, "neighbours");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(quartile, "quartile");
        Objects.requireNonNull(rankedAmong, "rankedAmong");
    }

    /**
     * One indicator's row for an area and period.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param rating the rating policy (target, tolerance, direction of travel), not null
     * @param benchmarks the benchmark policy (comparisons, averages, ranks, bands), not null
     * @return the row
     * @throws IllegalArgumentException if the dataset has no such indicator, or a rule cannot apply to
     *     the indicator's data (as {@link IndicatorRating#assess} says)
     */
    public static IndicatorRow of(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            RatingPolicy rating,
            BenchmarkPolicy benchmarks) {
        IndicatorAssessment assessment = IndicatorRating.assess(dataset, indicatorId, areaCode, period, rating);
        AuthorityRank ranked = AreaBenchmarks.rankAmongAuthorities(dataset, indicatorId, areaCode, period, benchmarks);
        return new IndicatorRow(
                assessment,
                DirectionOfTravelRating.compare(dataset, indicatorId, areaCode, period, TravelTerm.SHORT_TERM, rating),
                DirectionOfTravelRating.compare(dataset, indicatorId, areaCode, period, TravelTerm.LONG_TERM, rating),
                AreaBenchmarks.compareWithBenchmarks(dataset, indicatorId, areaCode, period, benchmarks),
                dataset.findStatisticalNeighbours(areaCode)
                        .map(g ->
                                AreaBenchmarks.compareWithGroup(dataset, indicatorId, areaCode, period, g, benchmarks)),
                ranked.rank(),
                ranked.quartile(),
                ranked.among());
    }

    /**
     * The comparison with England's published figure: the first benchmark whose comparator's name
     * says England.
     *
     * @return the comparison, empty when the dataset publishes no figure for England
     */
    public Optional<Comparison> england() {
        return benchmarks.stream()
                .filter(c -> c.comparator().toLowerCase(Locale.ROOT).contains("england"))
                .findFirst();
    }

    /**
     * The comparison with the published figure of the area's region, as the dataset names the region.
     *
     * @param dataset the dataset the row was made from, which says the area's region and its name
     * @return the comparison, empty when the area has no region or the region no published figure
     */
    public Optional<Comparison> region(Dataset dataset) {
        Optional<String> name = dataset.findArea(assessment.areaCode())
                .flatMap(Area::regionCode)
                .flatMap(dataset::findArea)
                .map(Area::name);
        return name.flatMap(
                n -> benchmarks.stream().filter(c -> c.comparator().equals(n)).findFirst());
    }
}
