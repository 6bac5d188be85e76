package io.github.outturn.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with a short configuration and JMH's GC profiler, measures the heap per
 * observation in a JVM of its own, and writes the results, each beside its floor with the ratio, as
 * a Markdown page.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar docs/performance.md} (what {@code
 * benchmarks/run.sh} does). System properties: {@code outturn.bench.warmup} (warm-up iterations,
 * default 4), {@code outturn.bench.iterations} (measured iterations, default 3), {@code
 * outturn.bench.seconds} (seconds per iteration, default 2), {@code outturn.bench.laitWarmup} (warm-up
 * iterations of the LAIT benchmarks, default 5), {@code outturn.bench.forks} (JVMs per benchmark,
 * default 1), {@code outturn.bench.goalForks} and {@code outturn.bench.goalIterations} (forks and
 * measured iterations of the benchmarks a goal is judged on, default 3 and 6), {@code
 * outturn.bench.parallelGc} (also run the
 * pipeline, the readers and their floors under -XX:+UseParallelGC, default true), {@code
 * outturn.lait.dir} (default {@code data/lait}, the repository's copy).
 */
public final class PerformanceReport {

    private PerformanceReport() {}

    /** One benchmark's result: score, error, unit, bytes allocated per operation. */
    record Row(String name, double score, double error, String unit, double allocPerOp) {}

    /**
     * Runs and writes the report.
     *
     * @param args the Markdown file to write (default {@code docs/performance.md})
     * @throws Exception if a run or the file fails
     */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/performance.md");
        int warmup = Integer.getInteger("outturn.bench.warmup", 4);
        int iterations = Integer.getInteger("outturn.bench.iterations", 3);
        int seconds = Integer.getInteger("outturn.bench.seconds", 2);
        int laitWarmup = Integer.getInteger("outturn.bench.laitWarmup", 5);
        int forks = Integer.getInteger("outturn.bench.forks", 1);
        int goalForks = Integer.getInteger("outturn.bench.goalForks", 3);
        int goalIterations = Integer.getInteger("outturn.bench.goalIterations", 6);
        Optional<Path> lait = LaitPipeline.folder();

        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Row> parallel = new LinkedHashMap<>();
        boolean withParallel = Boolean.parseBoolean(System.getProperty("outturn.bench.parallelGc", "true"));
        String laitDir =
                lait.map(p -> "-D" + LaitPipeline.LAIT_DIR_PROPERTY + "=" + p).orElse("");
        if (lait.isPresent()) {
            // A LAIT operation takes a second or more and its code warms up slowly (a JFR profile
            // showed iterations falling from 3.5 s to 0.5 s): it gets more warm-up iterations. The
            // benchmarks a goal is judged on get more forks and iterations besides (see goalRun).
            rows.putAll(run(goalRun(options(GOAL_LAIT, laitWarmup, goalIterations, seconds, goalForks, laitDir))));
            rows.putAll(run(options(OTHER_LAIT, laitWarmup, iterations, seconds, forks, laitDir)));
            rows.putAll(
                    run(goalRun(options(GOAL_HIGHLIGHTS, laitWarmup, goalIterations, seconds, goalForks, laitDir))));
            // Outturn and DuckDB on the same job, in the same run; each fork's setup checks first that
            // both give the same ranks and bands (LaitPeer.check).
            rows.putAll(run(goalRun(options(GOAL_PEER, laitWarmup, goalIterations, seconds, goalForks, laitDir))));
        } else {
            System.out.println("LAIT data absent (no bds_long.csv.gz in " + LaitPipeline.configuredFolder()
                    + "; run from the repository root or set -D" + LaitPipeline.LAIT_DIR_PROPERTY
                    + "): the LAIT and highlight benchmarks are skipped");
        }
        rows.putAll(run(goalRun(options(GOAL_READERS, warmup, goalIterations, seconds, goalForks))));
        rows.putAll(run(options(OTHER_READERS, warmup, iterations, seconds, forks)));
        rows.putAll(run(options(RuleBenchmarks.class.getName(), warmup, iterations, seconds, forks)));
        if (withParallel) {
            // The same measurements and floors under the throughput collector: what the readers
            // cost beyond their parse is largely G1's work on the growing, retained dataset.
            if (lait.isPresent()) {
                parallel.putAll(
                        run(options(GOAL_LAIT, laitWarmup, iterations, seconds, forks, laitDir, "-XX:+UseParallelGC")));
            }
            parallel.putAll(run(options(
                    "ReaderBenchmarks\\.(csvRead|fastCsvRaw|jsonRead|jacksonRaw)$",
                    warmup,
                    iterations,
                    seconds,
                    forks,
                    "-XX:+UseParallelGC")));
        }
        List<String> heap = heap(lait);
        String page = page(
                rows,
                parallel,
                heap,
                lait.isPresent(),
                new Configuration(warmup, laitWarmup, iterations, seconds, forks, goalIterations, goalForks));
        Files.writeString(out, merge(out, page), StandardCharsets.UTF_8);
        System.out.println(page);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The LAIT benchmarks a goal is judged on: the pipeline, the load and their floor. */
    static final String GOAL_LAIT = "LaitBenchmarks\\.(pipeline|load|floor)$";

    /** The other LAIT benchmarks: the pipeline with reasons and the rules alone. */
    static final String OTHER_LAIT =
            "LaitBenchmarks\\.(pipelineWithReasons|assessRankAndBand|assessRankAndBandWithReasons)$";

    /** The highlight benchmarks a goal is judged on, each with the work it is measured by. */
    static final String GOAL_HIGHLIGHTS =
            "HighlightBenchmarks\\.(pipeline|loadAndHighlightsEveryAuthority|highlightsOneAuthority|assessOneAuthority)$";

    /** The LAIT ranking job by Outturn (whole and one group at a time) and by DuckDB. */
    static final String GOAL_PEER = "PeerBenchmarks\\.(outturn|outturnStreaming|duckdb)$";

    /** The readers a goal is judged on, and their raw parsers. */
    static final String GOAL_READERS = "ReaderBenchmarks\\.(csvRead|csvStream|jsonRead|fastCsvRaw|jacksonRaw)$";

    /** The other reader benchmarks. */
    static final String OTHER_READERS = "ReaderBenchmarks\\.(?!(csvRead|csvStream|jsonRead|fastCsvRaw|jacksonRaw)$).*";

    /** The largest error, as a share of the score, that a verdict on a goal is given with. */
    static final double MAX_RELATIVE_ERROR = 0.10;

    /** How the run was configured, for the page. */
    record Configuration(
            int warmup, int laitWarmup, int iterations, int seconds, int forks, int goalIterations, int goalForks) {}

    /**
     * A run whose ratio decides a goal: JMH's 99.9% error is Student's t for the number of measured
     * iterations times their spread, and with 3 iterations that t is 31.6, so a short run's error is
     * wider than its score whatever the machine does. Forks times iterations of 3 x 6 give 18 samples
     * (t 3.97) and take in the differences between JVMs. Each iteration starts after a full
     * collection, so that the garbage one iteration leaves in the fixed heap is not collected, all
     * at once, in the middle of the next one (what made single iterations slow).
     */
    private static ChainedOptionsBuilder goalRun(ChainedOptionsBuilder options) {
        return options.shouldDoGC(true);
    }

    static final String BEGIN = "<!-- results: written by benchmarks/run.sh -->";
    static final String END = "<!-- end of results -->";

    /**
     * The page with the results between the markers replaced, keeping the text around them; the
     * whole page, between markers, when the file does not exist or has no markers.
     */
    static String merge(Path out, String results) throws IOException {
        String marked = BEGIN + "\n" + results + END + "\n";
        if (!Files.exists(out)) {
            return marked;
        }
        String old = Files.readString(out, StandardCharsets.UTF_8);
        int begin = old.indexOf(BEGIN);
        int end = old.indexOf(END);
        if (begin < 0 || end < begin) {
            return marked;
        }
        return old.substring(0, begin)
                + marked
                + old.substring(end + END.length()).replaceFirst("^\n", "");
    }

    private static ChainedOptionsBuilder options(
            String include, int warmup, int iterations, int seconds, int forks, String... jvmArgs) {
        // JMH lets these options replace the benchmarks' own @Fork(jvmArgsAppend), and gives each
        // fork this JVM's arguments (run.sh's -Xmx1g) besides: the fixed heap the benchmarks declare
        // is restated here, after them, so that it is the one each fork runs with.
        List<String> args = new ArrayList<>(List.of("-Xms2g", "-Xmx2g"));
        for (String a : jvmArgs) {
            if (!a.isEmpty()) {
                args.add(a);
            }
        }
        return new OptionsBuilder()
                .include(include)
                .jvmArgsAppend(args.toArray(new String[0]))
                .forks(forks)
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(false);
    }

    private static Map<String, Row> run(ChainedOptionsBuilder options) throws Exception {
        return rows(new Runner(options.build()).run());
    }

    private static Map<String, Row> rows(Collection<RunResult> results) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String[] parts = full.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Result<?> primary = r.getPrimaryResult();
            double alloc = Double.NaN;
            var secondary = r.getSecondaryResults();
            for (String key : secondary.keySet()) {
                if (key.endsWith("gc.alloc.rate.norm")) {
                    alloc = secondary.get(key).getScore();
                }
            }
            rows.put(name, new Row(name, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(), alloc));
        }
        return rows;
    }

    /** Runs {@link HeapPerObservation} in a fresh JVM and returns its lines. */
    private static List<String> heap(Optional<Path> lait) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms2g", "-Xmx2g"));
        lait.ifPresent(p -> command.add("-D" + LaitPipeline.LAIT_DIR_PROPERTY + "=" + p));
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), HeapPerObservation.class.getName(), "200000"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                System.out.println(line);
                lines.add(line);
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The heap measurement failed: " + String.join("\n", lines));
        }
        return lines;
    }

    private static String page(
            Map<String, Row> rows, Map<String, Row> parallel, List<String> heap, boolean laitPresent, Configuration c)
            throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("Written by `benchmarks/run.sh` (module `benchmarks`, JMH 1.37) on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(". Machine: ")
                .append(machine())
                .append(". Configuration: every fork with a fixed 2 GB heap and JMH's GC profiler on; the benchmarks"
                        + " a goal is judged on (the LAIT pipeline, load and floor, the highlights and what they are"
                        + " measured by, the readers and their parsers) ")
                .append(c.goalForks())
                .append(" forks of ")
                .append(c.laitWarmup())
                .append(" (LAIT) or ")
                .append(c.warmup())
                .append(" warm-up and ")
                .append(c.goalIterations())
                .append(" measured iterations of ")
                .append(c.seconds())
                .append(" s, each after a full collection; the others ")
                .append(c.forks())
                .append(" fork(s) of ")
                .append(c.iterations())
                .append(" measured iterations. The error is JMH's 99.9% interval. A goal gets a verdict only when"
                        + " the errors of both scores are under ")
                .append(Math.round(MAX_RELATIVE_ERROR * 100))
                .append("% of the scores and the ratio's whole range is on one side of the goal.\n\n");

        s.append("## Against the floors\n\n")
                .append("| measured | floor | measured time | floor time | ratio | goal |\n")
                .append("|---|---|---:|---:|---:|---|\n");
        if (laitPresent) {
            ratio(s, rows, "LaitBenchmarks.pipeline", "LaitBenchmarks.floor", 3);
            ratio(s, rows, "LaitBenchmarks.pipelineWithReasons", "LaitBenchmarks.floor", 3);
            ratio(s, rows, "LaitBenchmarks.load", "LaitBenchmarks.floor", 3);
        } else {
            s.append("| LAIT pipeline | LAIT gunzip and split | skipped: the LAIT data is absent | | | within 3x |\n");
        }
        ratio(s, rows, "ReaderBenchmarks.csvRead", "ReaderBenchmarks.fastCsvRaw", 2);
        ratio(s, rows, "ReaderBenchmarks.csvStream", "ReaderBenchmarks.fastCsvRaw", 2);
        ratio(s, rows, "ReaderBenchmarks.jsonRead", "ReaderBenchmarks.jacksonRaw", 2);

        if (laitPresent) {
            s.append("\n## Highlights against the work they are measured by\n\n")
                    .append("| measured | measured by | measured time | its time | ratio | goal |\n")
                    .append("|---|---|---:|---:|---:|---|\n");
            ratio(s, rows, "HighlightBenchmarks.loadAndHighlightsEveryAuthority", "HighlightBenchmarks.pipeline", 3);
            ratio(s, rows, "HighlightBenchmarks.highlightsOneAuthority", "HighlightBenchmarks.assessOneAuthority", 3);
        }

        if (laitPresent) {
            s.append("\n## Against the peer: DuckDB on the same LAIT job\n\n")
                    .append("The same job (load, rank every authority by polarity, type-7 quartile bands) in one"
                            + " JVM; DuckDB through JDBC, a fresh in-memory database reading the files each time,"
                            + " on every core. Checked in each fork's setup to give the same ranks and bands. A ratio"
                            + " under 1 is Outturn faster.\n\n")
                    .append("| measured | peer | measured time | peer time | ratio | goal |\n")
                    .append("|---|---|---:|---:|---:|---|\n");
            ratio(s, rows, "PeerBenchmarks.outturn", "PeerBenchmarks.duckdb", 1);
            ratio(s, rows, "PeerBenchmarks.outturnStreaming", "PeerBenchmarks.duckdb", 1);
        }

        if (!parallel.isEmpty()) {
            s.append("\n### The same, under the throughput collector (-XX:+UseParallelGC)\n\n")
                    .append("| measured | floor | measured time | floor time | ratio | goal |\n")
                    .append("|---|---|---:|---:|---:|---|\n");
            if (laitPresent) {
                ratio(s, parallel, "LaitBenchmarks.pipeline", "LaitBenchmarks.floor", 3);
                ratio(s, parallel, "LaitBenchmarks.load", "LaitBenchmarks.floor", 3);
            }
            ratio(s, parallel, "ReaderBenchmarks.csvRead", "ReaderBenchmarks.fastCsvRaw", 2);
            ratio(s, parallel, "ReaderBenchmarks.jsonRead", "ReaderBenchmarks.jacksonRaw", 2);
        }
        s.append("\n## Every benchmark\n\n")
                .append("| benchmark | score | error | unit | allocated per operation |\n")
                .append("|---|---:|---:|---|---:|\n");
        List<Row> all = new ArrayList<>(rows.values());
        parallel.values()
                .forEach(r ->
                        all.add(new Row(r.name() + " (ParallelGC)", r.score(), r.error(), r.unit(), r.allocPerOp())));
        for (Row r : all) {
            s.append("| ")
                    .append(r.name())
                    .append(" | ")
                    .append(number(r.score()))
                    .append(" | ")
                    .append(number(r.error()))
                    .append(" | ")
                    .append(r.unit())
                    .append(" | ")
                    .append(bytes(r.allocPerOp()))
                    .append(" |\n");
        }

        s.append("\n## Heap retained per value\n\n")
                .append("The heap in use after full collections with the dataset held, less that before the"
                        + " load; the median of 3 loads after one thrown away (`HeapPerObservation`, -Xmx2g)."
                        + " Values are observations and benchmark values. Goal: under 100 bytes.\n\n")
                .append("| loaded | values | retained | bytes per value |\n")
                .append("|---|---:|---:|---:|\n");
        for (String line : heap) {
            String[] f = line.split("\t");
            if (f.length == 4) {
                s.append("| ")
                        .append(f[0])
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", Long.parseLong(f[1])))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.1f MB", Long.parseLong(f[2]) / 1e6))
                        .append(" | ")
                        .append(f[3])
                        .append(" |\n");
            } else {
                s.append("\n").append(line.replaceFirst("^# ", "")).append("\n");
            }
        }
        return s.toString();
    }

    /** A row of a ratio table: the measured score over its floor's, and the verdict on {@code goal}. */
    private static void ratio(StringBuilder s, Map<String, Row> rows, String measured, String floor, int goal) {
        Row m = rows.get(measured);
        Row f = rows.get(floor);
        if (m == null || f == null) {
            s.append("| ")
                    .append(measured)
                    .append(" | ")
                    .append(floor)
                    .append(" | not run (see the log) | | | within ")
                    .append(goal)
                    .append("x |\n");
            return;
        }
        double ratio = m.score() / f.score();
        s.append("| ")
                .append(measured)
                .append(" | ")
                .append(floor)
                .append(" | ")
                .append(number(m.score()))
                .append(" ± ")
                .append(number(m.error()))
                .append(' ')
                .append(m.unit())
                .append(" | ")
                .append(number(f.score()))
                .append(" ± ")
                .append(number(f.error()))
                .append(' ')
                .append(f.unit())
                .append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", ratio))
                .append(goal == 1 ? " | no slower: " : " | within " + goal + "x: ")
                .append(verdict(m, f, goal))
                .append(" |\n");
    }

    /**
     * Whether a ratio meets its goal, said only when the run can tell: {@code met} or {@code missed}
     * when each score's error is under {@link #MAX_RELATIVE_ERROR} of it and the ratio's range (the
     * measured score's interval over the floor's) lies wholly on one side of the goal; otherwise why
     * there is no verdict.
     */
    static String verdict(Row measured, Row floor, double goal) {
        double worst = Math.max(relativeError(measured), relativeError(floor));
        if (!(worst < MAX_RELATIVE_ERROR)) {
            return String.format(
                    Locale.ROOT,
                    "no verdict (an error of %.0f%% of its score; a verdict needs under %.0f%%)",
                    worst * 100,
                    MAX_RELATIVE_ERROR * 100);
        }
        double low = (measured.score() - measured.error()) / (floor.score() + floor.error());
        double high = (measured.score() + measured.error()) / (floor.score() - floor.error());
        if (high <= goal) {
            return "met";
        }
        if (low > goal) {
            return "missed";
        }
        return String.format(Locale.ROOT, "too close to call (%.2f to %.2f)", low, high);
    }

    private static double relativeError(Row r) {
        return Double.isNaN(r.error()) ? Double.POSITIVE_INFINITY : r.error() / r.score();
    }

    private static String number(double d) {
        if (Double.isNaN(d)) {
            return "-";
        }
        return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.3g", d);
    }

    private static String bytes(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%,.0f B", d);
    }

    private static String machine() throws IOException {
        String cpu = "unknown processor";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        }
        String memory = "";
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    memory = String.format(Locale.ROOT, ", %.0f GiB memory", kb / 1024.0 / 1024.0);
                }
            }
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + ")" + memory + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + "; the machine is shared with other builds";
    }
}
