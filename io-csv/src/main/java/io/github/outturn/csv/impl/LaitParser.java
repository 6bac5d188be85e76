package io.github.outturn.csv.impl;

import io.github.outturn.benchmark.ObservationGroup;
import io.github.outturn.csv.impl.LaitDictionary.Measure;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.Indicator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads DfE's Local Authority Interactive Tool files into a dataset; the mapping and every quirk
 * handled are documented in {@code docs/lait.md}. The parts are read in turn: the data dictionary
 * ({@link LaitDictionary}), the areas and statistical neighbour groups ({@link LaitAreas}), then the
 * values ({@link LaitValues}).
 *
 * <pre>{@code
 * LaitParser.Result r = new LaitParser(100).parse(Path.of("data/lait"));
 * }</pre>
 *
 * <p>Mutable, for one read on one thread.
 */
public final class LaitParser {

    /** The long-format values. */
    public static final String VALUES = "bds_long.csv.gz";
    /** The data dictionary. */
    public static final String DICTIONARY = "lait_data_dictionary.csv";
    /** The LA code list. */
    public static final String CODES = "la_code_list__Sheet1.csv";

    /** What a load found: the dataset and the row counts. */
    public record Result(Dataset dataset, long rows, long missingRows, long skippedRows) {}

    /**
     * What a read one group at a time found: the dataset without its values (indicators, areas,
     * comparator groups), and the counts.
     */
    public record Streamed(
            Dataset frame,
            long rows,
            long observations,
            long benchmarks,
            long missingRows,
            long skippedRows,
            long groups) {}

    private final Problems problems;

    /**
     * A parser that reports up to {@code cap} problems.
     *
     * @param cap the most problems reported
     */
    public LaitParser(int cap) {
        this.problems = new Problems(cap);
    }

    /** Whether the folder holds the LAIT values and data dictionary. Never throws. */
    public static boolean isLaitFolder(Path folder) {
        try {
            return Files.isRegularFile(folder.resolve(VALUES)) && Files.isRegularFile(folder.resolve(DICTIONARY));
        } catch (SecurityException e) {
            return false;
        }
    }

    /**
     * Reads the folder.
     *
     * @param folder the LAIT folder
     * @return the dataset and counts
     * @throws IOException if a file cannot be read, or an {@link io.github.outturn.io.InvalidInputException}
     *     with every problem found
     */
    public Result parse(Path folder) throws IOException {
        Read read = read(folder, null);
        Dataset dataset = read.frame()
                // with* copies a large list once at its size; the builder grows one and copies it again.
                .withObservations(read.values().observations)
                .withBenchmarks(read.values().benchmarks);
        return new Result(dataset, read.values().rows, read.values().missing, read.values().skipped);
    }

    /**
     * Reads the folder one (measure, period) group at a time: each measure's rows are held only
     * until the next measure begins. Groups are handed on as they are complete; the problems, if
     * any, are thrown at the end, and no group is handed on after the first.
     *
     * @param folder the LAIT folder
     * @param sink takes each group
     * @return the dataset without its values, and the counts
     * @throws IOException if a file cannot be read, or an {@link io.github.outturn.io.InvalidInputException}
     *     with every problem found
     */
    public Streamed stream(Path folder, Consumer<ObservationGroup> sink) throws IOException {
        Read read = read(folder, sink);
        LaitValues v = read.values();
        return new Streamed(
                read.frame(), v.rows, v.observationCount, v.benchmarkCount, v.missing, v.skipped, v.groupCount);
    }

    private record Read(ImmutableDataset frame, LaitValues values) {}

    private Read read(Path folder, Consumer<ObservationGroup> sink) throws IOException {
        Reading reading = new Reading(); // one instance of each id and code in the dataset
        Map<String, Measure> measures = LaitDictionary.read(folder.resolve(DICTIONARY), reading, problems);
        LaitAreas areas = new LaitAreas(reading, problems);
        areas.readCodeList(folder);
        List<ComparatorGroup> groups = areas.readNeighbours(folder);
        problems.throwIfAny();
        LaitValues values = new LaitValues(measures, areas, reading, problems);
        if (sink != null) {
            values.streamTo(sink);
        }
        values.read(folder.resolve(VALUES));
        problems.throwIfAny();
        List<Indicator> indicators =
                measures.values().stream().map(Measure::indicator).toList();
        ImmutableDataset frame = Dataset.builder()
                .addAllIndicators(indicators)
                .addAllAreas(areas.all())
                .addAllComparatorGroups(groups)
                .build();
        return new Read(frame, values);
    }
}
