package io.github.outturn.benchmarks;

import io.github.outturn.csv.CsvFormat;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Measures the heap a loaded dataset retains: the heap in use after a full collection with the
 * dataset held, less the heap in use after a full collection before the load, divided by the values
 * it holds (observations and benchmark values). Each load is repeated and the median kept; a first
 * load is thrown away so that classes' static state is not counted.
 *
 * <p>Run in a JVM of its own: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * io.github.outturn.benchmarks.HeapPerObservation}; prints one tab-separated line per source:
 * source, values, retained bytes, bytes per value.
 */
public final class HeapPerObservation {

    private static final int REPEATS = 3;

    private HeapPerObservation() {}

    /** A loader of a dataset, which may fail to read. */
    @FunctionalInterface
    interface Loader {
        Dataset load() throws IOException;
    }

    /** One measurement: what was loaded, how many values, the median retained bytes. */
    record Retained(String source, long values, long bytes) {
        double perValue() {
            return (double) bytes / values;
        }

        String line() {
            return source + "\t" + values + "\t" + bytes + "\t"
                    + String.format(java.util.Locale.ROOT, "%.1f", perValue());
        }
    }

    static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static Retained measure(String source, Loader loader) throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        loader.load();
        long[] bytes = new long[REPEATS];
        long values = 0;
        for (int r = 0; r < REPEATS; r++) {
            long before = usedAfterGc(memory);
            Dataset held = loader.load();
            long after = usedAfterGc(memory);
            values = held.observations().size() + held.benchmarks().size();
            bytes[r] = after - before;
            // Keeps the dataset reachable until after the measurement.
            if (held.observations().isEmpty() && held.benchmarks().isEmpty()) {
                throw new IllegalStateException(source + " loaded no values");
            }
        }
        Arrays.sort(bytes);
        return new Retained(source, values, bytes[REPEATS / 2]);
    }

    /**
     * Measures the LAIT folder (when present) and a generated dataset of {@code args[0]} observations
     * (default 200,000) read back from CSV and from JSON.
     *
     * @param args optional: the generated observation count
     * @throws Exception if a file cannot be written or read
     */
    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Optional<Path> lait = LaitPipeline.folder();
        if (lait.isPresent()) {
            System.out.println(measure("LAIT folder (LaitReader)", () -> LaitReader.read(lait.get()))
                    .line());
        } else {
            System.out.println("# LAIT data absent (no bds_long.csv.gz in " + LaitPipeline.configuredFolder()
                    + "; set -D" + LaitPipeline.LAIT_DIR_PROPERTY + "): the LAIT measurement is skipped");
        }
        Path folder = Files.createTempDirectory("outturn-heap");
        try {
            Dataset generated = Generated.observations(count);
            Path csvFolder = folder.resolve("csv");
            new CsvFormat().write(generated, csvFolder);
            Path json = folder.resolve("dataset.json");
            OutturnJson.standard().writeDataset(generated, json);
            generated = null;
            System.out.println(measure("generated, CSV (CsvFormat)", () -> new CsvFormat().read(csvFolder))
                    .line());
            System.out.println(measure(
                            "generated, JSON (OutturnJson)",
                            () -> OutturnJson.standard().readDataset(json))
                    .line());
        } finally {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
