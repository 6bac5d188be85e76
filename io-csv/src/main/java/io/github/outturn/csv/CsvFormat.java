package io.github.outturn.csv;

import io.github.outturn.csv.impl.CsvTables;
import io.github.outturn.io.DatasetFormat;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CSV tables format: a folder holding {@code plan.csv}, {@code themes.csv},
 * {@code priorities.csv}, {@code actions.csv}, {@code action_updates.csv}, {@code indicators.csv},
 * {@code targets.csv}, {@code observations.csv}, {@code areas.csv}, {@code comparator_groups.csv},
 * {@code benchmarks.csv} and {@code reported.csv} (each optional), as {@code docs/csv-format.md}
 * describes column by column. Registered through {@link java.util.ServiceLoader} as {@code "csv"}.
 *
 * <pre>{@code
 * CsvFormat csv = new CsvFormat();
 * Dataset ds = csv.read(Path.of("rotherham"));      // every problem at once, or the whole dataset
 * csv.write(ds, Path.of("out"));                    // every table, header included
 * try (Stream<Observation> rows = csv.streamObservations(Path.of("big/observations.csv"), ds.getIndicators())) {
 *     rows.filter(o -> o.getAreaCode().equals("356")).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Reading accepts what Excel and real exports write: a UTF-8 byte-order mark, CRLF or LF line
 * ends, RFC 4180 quoted fields with commas, quotes and line breaks, trailing empty columns, blank
 * lines, columns in any order and header names in any case. Unknown columns and thousands
 * separators are errors. Up to {@value #MAX_PROBLEMS} problems are reported at once, each with file,
 * line, column, value and what was expected; a dataset is never returned partially. Immutable and
 * thread-safe.
 */
public final class CsvFormat implements DatasetFormat {

    /** The most problems one read reports; a last problem counts the rest. */
    public static final int MAX_PROBLEMS = 100;

    /** The format, as {@link java.util.ServiceLoader} creates it. */
    public CsvFormat() {}

    @Override
    public String getName() {
        return "csv";
    }

    /** A folder holding at least one of the format's tables. */
    @Override
    public boolean canRead(Path path) {
        return CsvTables.isTablesFolder(path);
    }

    @Override
    public Dataset read(Path path) throws IOException {
        return CsvTables.read(path, MAX_PROBLEMS);
    }

    /** Writes every table into the folder (created if needed), replacing files of the same names. */
    @Override
    public void write(Dataset dataset, Path path) throws IOException {
        CsvTables.write(dataset, path);
    }

    /**
     * Reads an observations table row by row in constant memory, for files too large to hold.
     *
     * @param file an {@code observations.csv} file
     * @param indicators the indicators, whose year types decide what bare year labels mean; may be
     *     empty (bare two-year labels are then financial years)
     * @return the observations in file order; close the stream to close the file. A malformed row
     *     ends the stream with an {@link java.io.UncheckedIOException} whose cause is an {@link
     *     InvalidInputException} locating it
     * @throws IOException if the file cannot be opened
     * @throws InvalidInputException if the header is malformed
     */
    public Stream<Observation> streamObservations(Path file, List<Indicator> indicators) throws IOException {
        return CsvTables.streamObservations(file, CsvTables.yearTypes(indicators));
    }
}
