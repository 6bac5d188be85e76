package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.BenchmarkPolicy;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The LAIT ranking job ({@link LaitPeer}) once, as a whole process, for the whole-process
 * comparison of {@code benchmarks/scale.sh}: {@code outturn} (load the dataset, then rank and band
 * every group), {@code streaming} (one group at a time, {@code LaitReader.stream}) or {@code duckdb}.
 * Prints the checksum and the time inside the process.
 *
 * <p>{@code java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.outturn.benchmarks.LaitJob streaming
 * benchmarks/target/scale/lait-100x}
 */
public final class LaitJob {

    private LaitJob() {}

    /**
     * Runs the job.
     *
     * @param args the job ({@code outturn}, {@code streaming} or {@code duckdb}) and the LAIT folder
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        String job = args[0];
        Path folder = Path.of(args[1]);
        long start = System.nanoTime();
        long checksum = switch (job) {
            case "outturn" -> LaitPeer.outturn(folder, BenchmarkPolicy.defaults());
            case "streaming" -> LaitPeer.outturnStreaming(folder, BenchmarkPolicy.defaults());
            case "duckdb" -> LaitPeer.duckDb(folder);
            default ->
                throw new IllegalArgumentException("Unknown job " + job + ": expected outturn, streaming or duckdb");
        };
        System.out.printf(
                Locale.ROOT,
                "%s\t%s\tchecksum %d\t%.2f s inside the process%n",
                job,
                folder,
                checksum,
                (System.nanoTime() - start) / 1e9);
    }
}
