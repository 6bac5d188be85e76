package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Highlights against the work they are measured by, in the same run, over the real LAIT files (or
 * {@code -Doutturn.lait.dir}; without them the setup stops saying so): all measures of one authority
 * (Stockport) against assessing the same measures as {@code outturn assess} does (rating, both
 * directions of travel, published benchmarks, the neighbours' average, rank and quartile among all
 * authorities); and every authority against the LAIT pipeline (load, compare with England, rank,
 * band), both with the load and on a loaded dataset.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar HighlightBenchmarks}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class HighlightBenchmarks {

    private static final String AREA = "356";

    private Path folder;
    private Dataset lait;
    private List<String> authorities;
    private ComparatorGroup all;
    private final HighlightPolicy policy = HighlightPolicy.defaults();
    private final RatingPolicy rating = RatingPolicy.defaults();
    private final BenchmarkPolicy benchmarks = BenchmarkPolicy.defaults();

    /** Loads the files once, or stops with the reason. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = LaitPipeline.folder()
                .orElseThrow(() -> new IllegalStateException("LAIT data absent: set -D" + LaitPipeline.LAIT_DIR_PROPERTY
                        + " to the folder; the highlight benchmarks are skipped"));
        lait = LaitReader.read(folder);
        authorities = new ArrayList<>();
        for (Area a : lait.areas()) {
            if (a.type() == AreaType.LOCAL_AUTHORITY) {
                authorities.add(a.code());
            }
        }
        all = ComparatorGroup.builder()
                .id("all")
                .name("every local authority")
                .type(ComparatorType.CUSTOM)
                .memberCodes(authorities)
                .build();
    }

    /** Highlights of every measure of one authority, each at its latest period. */
    @Benchmark
    public List<Highlight> highlightsOneAuthority() {
        return Highlights.find(lait, AREA, policy);
    }

    /** The same measures assessed as {@code outturn assess} does, each at its latest period. */
    @Benchmark
    public void assessOneAuthority(Blackhole bh) {
        Optional<ComparatorGroup> neighbours = lait.findComparatorGroup("sn-" + AREA);
        for (Indicator indicator : lait.indicators()) {
            Optional<ReportingPeriod> p = latest(indicator.id());
            if (p.isEmpty()) {
                continue;
            }
            String id = indicator.id();
            bh.consume(IndicatorRating.assess(lait, id, AREA, p.get(), rating));
            bh.consume(DirectionOfTravelRating.compare(lait, id, AREA, p.get(), TravelTerm.SHORT_TERM, rating));
            bh.consume(DirectionOfTravelRating.compare(lait, id, AREA, p.get(), TravelTerm.LONG_TERM, rating));
            bh.consume(AreaBenchmarks.compareWithBenchmarks(lait, id, AREA, p.get(), benchmarks));
            neighbours.ifPresent(
                    g -> bh.consume(AreaBenchmarks.compareWithGroup(lait, id, AREA, p.get(), g, benchmarks)));
            Optional<Rank> rank = AreaBenchmarks.rank(lait, id, AREA, p.get(), all);
            bh.consume(rank);
            if (rank.isPresent()) {
                bh.consume(AreaBenchmarks.quartile(lait, id, AREA, p.get(), all, benchmarks));
            }
        }
    }

    private Optional<ReportingPeriod> latest(String indicatorId) {
        List<Observation> series = lait.series(indicatorId, AREA);
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).status() != ObservationStatus.FORECAST) {
                return Optional.of(series.get(i).period());
            }
        }
        return Optional.empty();
    }

    /** Highlights of every authority on the loaded dataset, in one run. */
    @Benchmark
    public Map<String, List<Highlight>> highlightsEveryAuthority() {
        return Highlights.findAll(lait, authorities, policy, rating, benchmarks);
    }

    /** Load, then highlights of every authority: the pipeline's shape. */
    @Benchmark
    public Map<String, List<Highlight>> loadAndHighlightsEveryAuthority() throws IOException {
        Dataset loaded = LaitReader.read(folder);
        return Highlights.findAll(loaded, authorities, policy, rating, benchmarks);
    }

    /** The existing LAIT pipeline: load, compare with England, rank, band. */
    @Benchmark
    public long pipeline() throws IOException {
        return LaitPipeline.assessRankAndBand(LaitReader.read(folder), benchmarks);
    }
}
