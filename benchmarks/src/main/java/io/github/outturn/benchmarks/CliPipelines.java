package io.github.outturn.benchmarks;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.IndicatorRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The library doing what a bulk command of {@code outturn} does, called directly: the floors the
 * command line is measured against ({@link CliBenchmarks} in one JMH run, {@code
 * benchmarks/cli-processes.py} as whole processes, through {@link #main}).
 *
 * <pre>{@code
 * Dataset lait = LaitReader.read(folder);                    // validate's floor: the load
 * List<IndicatorRow> rows = CliPipelines.assess(lait, "356");   // assess --area 356, without the command line
 * }</pre>
 *
 * <p>An area's rows are those {@code outturn assess} prints: every indicator the area has an
 * observation of, at its latest period that is not a forecast, rated and benchmarked by {@link
 * IndicatorRow#of} with the default policies. (A LAIT folder has no targets, so the command's rows
 * of targets without observations do not arise.)
 */
public final class CliPipelines {

    private CliPipelines() {}

    /** Every indicator's row for one area, as {@code outturn assess DATASET --area CODE} makes them. */
    public static List<IndicatorRow> assess(Dataset dataset, String area) {
        RatingPolicy rating = RatingPolicy.defaults();
        BenchmarkPolicy benchmarks = BenchmarkPolicy.defaults();
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : dataset.indicators()) {
            List<Observation> series = dataset.series(indicator.id(), area);
            for (int i = series.size() - 1; i >= 0; i--) {
                if (series.get(i).status() != ObservationStatus.FORECAST) {
                    rows.add(IndicatorRow.of(
                            dataset, indicator.id(), area, series.get(i).period(), rating, benchmarks));
                    break;
                }
            }
        }
        return rows;
    }

    /** Every local authority's rows, as {@code outturn assess DATASET --area all} makes them. */
    public static List<IndicatorRow> assessAll(Dataset dataset) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Area a : dataset.areas()) {
            if (a.type() == AreaType.LOCAL_AUTHORITY) {
                rows.addAll(assess(dataset, a.code()));
            }
        }
        return rows;
    }

    /**
     * Runs one job once in this process, for whole-process timings: {@code load}, {@code assess356} or
     * {@code assessAll}, over the LAIT folder given.
     *
     * @param args the job and the LAIT folder
     * @throws IOException if the folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        Dataset lait = LaitReader.read(Path.of(args[1]));
        int n = switch (args[0]) {
            case "load" -> lait.observations().size();
            case "assess356" -> assess(lait, "356").size();
            case "assessAll" -> assessAll(lait).size();
            default -> throw new IllegalArgumentException("unknown job " + args[0]);
        };
        System.out.println(args[0] + ": " + n);
    }
}
