package io.github.outturn.csv;

import io.github.outturn.benchmark.ObservationGroup;
import io.github.outturn.csv.impl.LaitParser;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads DfE's Local Authority Interactive Tool (LAIT) files: {@code bds_long.csv.gz},
 * {@code lait_data_dictionary.csv}, and when present {@code la_code_list__Sheet1.csv} and the
 * statistical neighbour model {@code sn_*.csv}. {@code docs/lait.md} gives the mapping and every
 * quirk handled.
 *
 * <pre>{@code
 * Dataset lait = LaitReader.read(Path.of("data/lait"));
 * lait.getSeries("LAC", "356");                       // Stockport's children looked after rate
 * lait.getBenchmarks("LAC", FinancialYear.of(2023));  // England and regional figures, 31 March 2024
 * lait.findComparatorGroup("sn-356");                 // Stockport's ten statistical neighbours
 * }</pre>
 *
 * <p>Stateless and thread-safe: each read is independent.
 */
public final class LaitReader {

    /** The most problems one read reports. */
    public static final int MAX_PROBLEMS = 100;

    private LaitReader() {}

    /**
     * Reads the LAIT folder.
     *
     * @param folder the folder holding the LAIT files
     * @return the dataset
     * @throws InvalidInputException with every problem found (up to {@value #MAX_PROBLEMS})
     * @throws IOException if a file cannot be read
     */
    public static Dataset read(Path folder) throws IOException {
        return load(folder).dataset();
    }

    /**
     * Reads the LAIT folder, with the counts that reconcile the dataset with the file.
     *
     * @param folder the folder holding the LAIT files
     * @return the dataset and counts
     * @throws InvalidInputException with every problem found (up to {@value #MAX_PROBLEMS})
     * @throws IOException if a file cannot be read
     */
    public static LaitLoad load(Path folder) throws IOException {
        LaitParser.Result r = new LaitParser(MAX_PROBLEMS).parse(folder);
        return new LaitLoad(r.dataset(), r.rows(), r.missingRows(), r.skippedRows());
    }

    /**
     * Reads the LAIT folder one (measure, period) group at a time, for files too large to hold: each
     * measure's rows are kept only until the next measure begins, then handed to {@code each} as one
     * group per period (the groups, in the same order, that {@code ObservationGroup.allOf} gives of
     * {@link #read}'s dataset), so the heap needed grows with the largest measure and the number of
     * measures, not with the file. The file must hold each measure's rows together, as DfE's
     * {@code bds_long.csv.gz} does (sorted by measure, then years); a measure whose rows start again
     * after another's is a problem.
     *
     * <pre>{@code
     * LaitStreamed s = LaitReader.stream(folder, group -> {
     *     GroupRanks r = group.ranks(BenchmarkPolicy.defaults());
     *     // write each observation's rank and band
     * });
     * s.groups();   // how many groups were handed on
     * }</pre>
     *
     * <p>Problems are collected over the whole file and thrown together at the end; no group is
     * handed on after the first problem, so write what the groups give through a temporary file
     * ({@code AtomicOutput}) and keep it only when the read returns.
     *
     * @param folder the folder holding the LAIT files
     * @param each takes each group, on the calling thread
     * @return the dataset without its values (indicators, areas, comparator groups) and the counts
     * @throws InvalidInputException with every problem found (up to {@value #MAX_PROBLEMS})
     * @throws IOException if a file cannot be read
     */
    public static LaitStreamed stream(Path folder, Consumer<ObservationGroup> each) throws IOException {
        LaitParser.Streamed s = new LaitParser(MAX_PROBLEMS).stream(folder, each);
        return new LaitStreamed(
                s.frame(), s.rows(), s.observations(), s.benchmarks(), s.missingRows(), s.skippedRows(), s.groups());
    }

    /** Whether the folder holds {@code bds_long.csv.gz} and {@code lait_data_dictionary.csv}. Never throws. */
    public static boolean isLaitFolder(Path folder) {
        return LaitParser.isLaitFolder(folder);
    }
}
