package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
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

/**
 * The whole LAIT pipeline against its floor, over the real files in the repository's {@code
 * data/lait} (or the folder named by {@code -Doutturn.lait.dir}); without them, each benchmark here
 * stops in its setup with a message saying so, and the others still run.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar LaitBenchmarks} (JMH's own runner) or
 * {@code benchmarks/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LaitBenchmarks {

    private Path folder;
    private Dataset loaded;
    private final BenchmarkPolicy policy = BenchmarkPolicy.defaults();

    /** Finds the folder, or stops with the reason. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = LaitPipeline.folder()
                .orElseThrow(() -> new IllegalStateException("LAIT data absent: no bds_long.csv.gz in "
                        + LaitPipeline.configuredFolder()
                        + "; the LAIT benchmarks are skipped (set -D" + LaitPipeline.LAIT_DIR_PROPERTY
                        + " to the folder)"));
        loaded = LaitReader.read(folder);
    }

    /** Read every value, compare each with England by polarity, rank and band every LA. */
    @Benchmark
    public long pipeline() throws IOException {
        return LaitPipeline.assessRankAndBand(LaitReader.read(folder), policy);
    }

    /** The pipeline with every comparison built whole, its reason's text included. */
    @Benchmark
    public long pipelineWithReasons() throws IOException {
        return LaitPipeline.assessRankAndBand(LaitReader.read(folder), policy, true);
    }

    /** The floor: decompress bds_long.csv.gz and split its lines. */
    @Benchmark
    public long floor() throws IOException {
        return LaitPipeline.decompressAndSplit(folder);
    }

    /** The pipeline's first part alone: the load. */
    @Benchmark
    public Dataset load() throws IOException {
        return LaitReader.read(folder);
    }

    /** The second part with whole comparisons, on a dataset already loaded. */
    @Benchmark
    public long assessRankAndBandWithReasons() {
        return LaitPipeline.assessRankAndBand(loaded, policy, true);
    }

    /** The pipeline's second part alone: compare, rank and band a dataset already loaded. */
    @Benchmark
    public long assessRankAndBand() {
        return LaitPipeline.assessRankAndBand(loaded, policy);
    }
}
