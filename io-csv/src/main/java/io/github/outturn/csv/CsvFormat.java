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
 * csv.write(ds, Path.of("out"));                    // every table, header included, or nothing
 * csv.withByteOrderMark(false).write(ds, Path.of("plain"));  // without Excel's byte-order mark
 * try (Stream<Observation> rows = csv.streamObservations(Path.of("big/observations.csv"), ds.getIndicators())) {
 *     rows.filter(o -> o.getAreaCode().equals("356")).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Reading accepts what Excel and real exports write: a UTF-8 byte-order mark, CRLF or LF line
 * ends, RFC 4180 quoted fields with commas, quotes and line breaks, trailing empty columns, blank
 * lines, columns in any order and header names in any case. Unknown columns and thousands
 * separators are errors, and so is any file in the folder that is not one of the tables (named in
 * lower case). Up to {@value #MAX_PROBLEMS} problems are reported at once, each with file, line,
 * column, value and what was expected; a dataset is never returned partially. Writing neutralises
 * every cell against formula injection ({@link CsvEscaping}), begins each file with a UTF-8
 * byte-order mark unless {@link #withByteOrderMark} says not, and writes the folder whole or not at
 * all. Immutable and thread-safe.
 */
public final class CsvFormat implements DatasetFormat {

    /** The most problems one read reports; a last problem counts the rest. */
    public static final int MAX_PROBLEMS = 100;

    private final boolean byteOrderMark;

    /** The format, as {@link java.util.ServiceLoader} creates it: writing begins each file with a byte-order mark. */
    public CsvFormat() {
        this(true);
    }

    private CsvFormat(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * This format writing files with or without a UTF-8 byte-order mark. With one (the default),
     * Excel opens the files as UTF-8 and shows "é" and "£" correctly; without one, some tools that
     * do not expect it see three stray characters at the start. Reading accepts both.
     *
     * @param byteOrderMark whether each written file begins with the mark
     * @return the format
     */
    public CsvFormat withByteOrderMark(boolean byteOrderMark) {
        return byteOrderMark == this.byteOrderMark ? this : new CsvFormat(byteOrderMark);
    }

    /** Whether written files begin with a UTF-8 byte-order mark. */
    public boolean writesByteOrderMark() {
        return byteOrderMark;
    }

    @Override
    public String name() {
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

    /**
     * Writes every table into the folder, whole or not at all: the tables are written into a
     * temporary folder beside it and moved into place when complete, so that a failure leaves no
     * partial folder and any earlier folder as it was. An existing folder is replaced only if it
     * holds nothing but the format's tables.
     *
     * @throws InvalidInputException with every value CSV cannot carry (text longer than {@value
     *     io.github.outturn.io.DatasetText#MAX_LENGTH} characters or with a lone surrogate, a list item
     *     with a {@code ;}), or every other file in the folder; nothing is then written
     */
    @Override
    public void write(Dataset dataset, Path path) throws IOException {
        CsvTables.write(dataset, path, byteOrderMark);
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
        return CsvTables.streamObservations(file, indicators);
    }
}
