package io.github.outturn.csv;

import io.github.outturn.model.Dataset;

/**
 * What reading the LAIT files gave: the dataset and the counts that reconcile it with the file.
 *
 * <pre>{@code
 * LaitLoad load = LaitReader.load(Path.of("data/lait"));
 * load.getRows();        // 641070 value rows in bds_long.csv.gz
 * load.getMissingRows(); // 93883 of them "-"
 * load.getSkippedRows(); // 170: the rows whose period is "0"
 * // rows = observations + benchmarks + skipped rows
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param dataset the dataset: indicators, areas, LA observations, statistical neighbour groups, and
 *     England and regional figures as benchmark values
 * @param rows the value rows read from {@code bds_long.csv.gz}
 * @param missingRows the rows whose value is {@code -} (or empty), skipped ones included
 * @param skippedRows rows that became neither an observation nor a benchmark: a period of {@code "0"},
 *     or a plain figure that a revised or final one for the same period replaced
 */
public record LaitLoad(Dataset dataset, long rows, long missingRows, long skippedRows) {}
