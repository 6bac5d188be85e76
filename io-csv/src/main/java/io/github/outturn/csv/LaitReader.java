package io.github.outturn.csv;

import io.github.outturn.csv.impl.LaitParser;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

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

    /** Whether the folder holds {@code bds_long.csv.gz} and {@code lait_data_dictionary.csv}. Never throws. */
    public static boolean isLaitFolder(Path folder) {
        return LaitParser.isLaitFolder(folder);
    }
}
