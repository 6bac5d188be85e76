package io.github.outturn.csv;

import io.github.outturn.model.Dataset;
import java.util.Objects;

/**
 * What reading the LAIT files one group at a time ({@link LaitReader#stream}) gave: the dataset
 * without its values, and the counts that reconcile the groups with the file.
 *
 * <pre>{@code
 * LaitStreamed s = LaitReader.stream(Path.of("data/lait"), group -> { });
 * s.rows();          // 641070 value rows in bds_long.csv.gz
 * s.observations();  // 595660 local authorities' values, handed on in s.groups() groups
 * // rows = observations + benchmarks + skipped rows, as LaitLoad's
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param frame the indicators, areas and statistical neighbour groups, with no observation or
 *     benchmark value
 * @param rows the value rows read from {@code bds_long.csv.gz}
 * @param observations the local authorities' values handed on in the groups
 * @param benchmarks the England and regional figures handed on with them
 * @param missingRows the rows whose value is {@code -} (or empty), skipped ones included
 * @param skippedRows rows that became neither an observation nor a benchmark value
 * @param groups the (measure, period) groups handed on
 */
public record LaitStreamed(
        Dataset frame, long rows, long observations, long benchmarks, long missingRows, long skippedRows, long groups) {

    /** Checks that the frame is not null. */
    public LaitStreamed {
        Objects.requireNonNull(frame, "frame");
    }
}
