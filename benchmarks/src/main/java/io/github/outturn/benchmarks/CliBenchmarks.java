package io.github.outturn.benchmarks;

import io.github.outturn.cli.Outturn;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Dataset;
import io.github.outturn.summary.IndicatorRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
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
 * The command line's bulk jobs, run in process through its entry point ({@link Outturn#run}), beside
 * the library doing the same work ({@link CliPipelines}) in the same run, over the real LAIT files
 * (or {@code -Doutturn.lait.dir}): {@code assess --area 356} against loading and assessing one
 * authority (goal 1.5x), {@code assess --area all} against every authority (goal 2x), {@code validate}
 * against loading the folder (goal 1.5x). The command's output goes to a writer that counts and drops
 * it, so its rendering is measured but not the terminal.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar CliBenchmarks -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CliBenchmarks {

    private Path folder;
    private String lait;

    /** Finds the files, or stops with the reason. */
    @Setup(Level.Trial)
    public void setUp() {
        folder = LaitPipeline.folder()
                .orElseThrow(() -> new IllegalStateException("LAIT data absent: set -D" + LaitPipeline.LAIT_DIR_PROPERTY
                        + " to the folder; the command-line benchmarks are skipped"));
        lait = folder.toString();
    }

    /** {@code outturn assess LAIT --area 356}, in process; returns the characters printed. */
    @Benchmark
    public long cliAssessOne() {
        return cli("assess", lait, "--area", "356");
    }

    /** Load, then every indicator's row for Stockport: the library's floor of {@link #cliAssessOne}. */
    @Benchmark
    public List<IndicatorRow> libraryAssessOne() throws IOException {
        return CliPipelines.assess(LaitReader.read(folder), "356");
    }

    /** {@code outturn assess LAIT --area all --format csv}, in process. */
    @Benchmark
    public long cliAssessAll() {
        return cli("assess", lait, "--area", "all", "--format", "csv");
    }

    /** Load, then every authority's rows: the floor of {@link #cliAssessAll}. */
    @Benchmark
    public List<IndicatorRow> libraryAssessAll() throws IOException {
        return CliPipelines.assessAll(LaitReader.read(folder));
    }

    /** {@code outturn validate LAIT}, in process. */
    @Benchmark
    public long cliValidate() {
        return cli("validate", lait);
    }

    /** Loading the folder: the floor of {@link #cliValidate}. */
    @Benchmark
    public Dataset libraryLoad() throws IOException {
        return LaitReader.read(folder);
    }

    private static long cli(String... args) {
        Counting out = new Counting();
        int exit = Outturn.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
        if (exit != Outturn.OK) {
            throw new IllegalStateException("outturn " + String.join(" ", args) + " exited " + exit);
        }
        return out.count;
    }

    /** A writer that counts what it is given and keeps none of it. */
    private static final class Counting extends Writer {
        long count;

        @Override
        public void write(char[] buf, int off, int len) {
            count += len;
        }

        @Override
        public void write(String s, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
