package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.BenchmarkPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
 * The LAIT ranking job by Outturn and by its peer, DuckDB through JDBC, in the same run
 * ({@link LaitPeer}): load {@code bds_long.csv.gz}, then rank and band every authority for every
 * measure and period. Each fork's setup first checks, on the whole file, that both give every
 * authority the same rank, group size and band, and stops the benchmark if they do not.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PeerBenchmarks} or {@code benchmarks/run.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(
        value = 3,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PeerBenchmarks {

    private Path folder;
    private final BenchmarkPolicy policy = BenchmarkPolicy.defaults();

    /** Finds the folder and checks that both give the same ranks and bands, or stops with the reason. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        folder = LaitPipeline.folder()
                .orElseThrow(() -> new IllegalStateException("LAIT data absent: no bds_long.csv.gz in "
                        + LaitPipeline.configuredFolder() + "; the peer benchmarks are skipped (set -D"
                        + LaitPipeline.LAIT_DIR_PROPERTY + " to the folder)"));
        LaitPeer.check(folder);
    }

    /** Outturn: load the dataset, then rank and band every group. */
    @Benchmark
    public long outturn() throws IOException {
        return LaitPeer.outturn(folder, policy);
    }

    /** Outturn one group at a time: the same job without holding the dataset. */
    @Benchmark
    public long outturnStreaming() throws IOException {
        return LaitPeer.outturnStreaming(folder, policy);
    }

    /** DuckDB: the same job in SQL, in a fresh in-memory database, reading the files. */
    @Benchmark
    public long duckdb() throws SQLException {
        return LaitPeer.duckDb(folder);
    }
}
