package io.github.outturn.examples;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.SeriesRecord;
import io.github.outturn.csv.LaitReader;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stockport and Lancashire-style benchmarking: "the highest in the North West and in the top 5 in
 * the country", "3rd in country", "the highest ever recorded", "higher than national, regional and
 * statistical neighbour averages", on DfE's LAIT data (the repository's {@code data/lait}). The
 * tests also run it on a small bundled sample of invented North West figures.
 *
 * <pre>{@code
 * StockportLancashireBenchmarks.report(StockportLancashireBenchmarks.dataset(args)).forEach(System.out::println);
 * }</pre>
 */
public final class StockportLancashireBenchmarks {

    private StockportLancashireBenchmarks() {}

    static final String STOCKPORT = "356";
    static final String LANCASHIRE = "888";

    /** Where the LAIT folder is looked for when no argument names one: the repository's copy. */
    static final List<Path> LAIT_FOLDERS = List.of(Path.of("data/lait"), Path.of("../data/lait"));

    /**
     * DfE's LAIT data from the folder named by the first argument, or else from the repository's
     * {@code data/lait} (looked for from the repository root or from {@code examples/}).
     *
     * @param args an optional LAIT folder
     * @return the dataset, and where it came from
     * @throws IOException if the LAIT folder cannot be read, or is not found (the message says where
     *     it was looked for)
     */
    public static Source dataset(String... args) throws IOException {
        List<Path> candidates = args.length > 0 ? List.of(Path.of(args[0])) : LAIT_FOLDERS;
        for (Path p : candidates) {
            if (Files.isDirectory(p) && LaitReader.isLaitFolder(p)) {
                return new Source(LaitReader.read(p), "DfE LAIT data in " + p);
            }
        }
        throw new NoSuchFileException(
                candidates.stream().map(Path::toString).collect(Collectors.joining(" or ")),
                null,
                "no LAIT data (bds_long.csv.gz and lait_data_dictionary.csv) found: run from the repository"
                        + " root, or name the LAIT folder as the first argument");
    }

    /**
     * A dataset and where it came from.
     *
     * @param dataset the dataset
     * @param description where it came from, for the report
     */
    public record Source(Dataset dataset, String description) {}

    /**
     * The report, line by line.
     *
     * @param source the dataset
     * @return the lines
     */
    public static List<String> report(Source source) {
        Dataset ds = source.dataset();
        BenchmarkPolicy policy = BenchmarkPolicy.defaults();
        List<String> lines = new ArrayList<>();
        lines.add("From " + source.description() + ":");
        String northWest = ds.findArea(STOCKPORT).flatMap(Area::regionCode).orElseThrow();

        latest(ds, "%_2yr_olds", STOCKPORT).ifPresent(p -> {
            // Among the policy's ranking set (LAIT's: every authority with a value), and its North West part.
            ComparatorGroup all = AreaBenchmarks.authorities(ds, "%_2yr_olds", p, policy);
            ComparatorGroup region = inRegion(ds, all, northWest);
            Rank inAll =
                    AreaBenchmarks.rank(ds, "%_2yr_olds", STOCKPORT, p, all).orElseThrow();
            Rank inRegion =
                    AreaBenchmarks.rank(ds, "%_2yr_olds", STOCKPORT, p, region).orElseThrow();
            boolean national = coversEngland(ds, all);
            lines.add("Stockport, 2 year olds benefitting from funded early education, " + p + ": " + inRegion
                    + " in the North West" + (inRegion.rank() == 1 ? " (the highest)" : "")
                    + (national
                            ? ", " + inAll + " in England" + (inAll.isInTop(5) ? " (top 5)" : " (not top 5)")
                            : "; " + onlyRegion(ds, all)));
        });
        latest(ds, "FirstYJS", STOCKPORT).ifPresent(p -> {
            ComparatorGroup all = AreaBenchmarks.authorities(ds, "FirstYJS", p, policy);
            lines.add("Stockport, first time entrants to the youth justice system, " + p + ": "
                    + AreaBenchmarks.rank(ds, "FirstYJS", STOCKPORT, p, all)
                            .map(r -> r + (coversEngland(ds, all) ? " in England" : " " + onlyRegion(ds, all))
                                    + " (1 is the fewest)")
                            .orElse("not ranked"));
        });
        latest(ds, "LACnum", LANCASHIRE).ifPresent(p -> {
            SeriesRecord r = AreaBenchmarks.record(ds, "LACnum", LANCASHIRE, p);
            lines.add("Lancashire, children looked after: " + r.reason());
        });
        latest(ds, "TotPermEx", LANCASHIRE).ifPresent(p -> {
            lines.add("Lancashire, permanent exclusions, " + p + ":");
            for (Comparison c : AreaBenchmarks.compareWithBenchmarks(ds, "TotPermEx", LANCASHIRE, p, policy)) {
                lines.add("  " + c.reason());
            }
            ds.comparatorGroups().stream()
                    .filter(g -> g.type() == ComparatorType.STATISTICAL_NEIGHBOURS
                            && g.areaCode().equals(Optional.of(LANCASHIRE)))
                    .findFirst()
                    .ifPresent(g -> {
                        GroupComparison sn = AreaBenchmarks.compareWithGroup(ds, "TotPermEx", LANCASHIRE, p, g, policy);
                        lines.add("  " + sn.comparison().reason() + " ("
                                + sn.average().usedCount() + " of "
                                + sn.average().memberCount() + " neighbours)");
                    });
        });
        return lines;
    }

    /** The latest period the area has a value for. */
    static Optional<ReportingPeriod> latest(Dataset ds, String indicatorId, String area) {
        if (ds.findIndicator(indicatorId).isEmpty()) {
            return Optional.empty();
        }
        List<Observation> series = ds.series(indicatorId, area);
        for (int i = series.size() - 1; i >= 0; i--) {
            if (series.get(i).value().isPresent()) {
                return Optional.of(series.get(i).period());
            }
        }
        return Optional.empty();
    }

    /** The members of a ranking set in one region. */
    static ComparatorGroup inRegion(Dataset ds, ComparatorGroup all, String regionCode) {
        return ComparatorGroup.builder()
                .id("region-" + regionCode)
                .name("the region")
                .type(ComparatorType.REGION)
                .memberCodes(all.memberCodes().stream()
                        .filter(c -> region(ds, c).equals(Optional.of(regionCode)))
                        .toList())
                .build();
    }

    /**
     * Whether a rank among the set is a rank in England: its authorities lie in every region whose
     * authorities the dataset lists. A sample of one region's authorities ranks within that region only.
     */
    static boolean coversEngland(Dataset ds, ComparatorGroup all) {
        Set<Optional<String>> listed = new HashSet<>();
        for (Area a : ds.areas()) {
            if (a.type() == AreaType.LOCAL_AUTHORITY) {
                listed.add(a.regionCode());
            }
        }
        Set<Optional<String>> ranked = new HashSet<>();
        all.memberCodes().forEach(c -> ranked.add(region(ds, c)));
        return listed.size() > 1 && ranked.containsAll(listed);
    }

    /** "among the 24 authorities in the data, all in the North West: no rank in England". */
    static String onlyRegion(Dataset ds, ComparatorGroup all) {
        Set<String> names = new TreeSet<>();
        all.memberCodes()
                .forEach(c -> names.add(
                        region(ds, c).flatMap(ds::findArea).map(Area::name).orElse("no region")));
        return "among the " + all.memberCodes().size() + " authorities in the data, "
                + (names.size() == 1 ? "all in the " + names.iterator().next() : "in " + String.join(", ", names))
                + ": no rank in England";
    }

    private static Optional<String> region(Dataset ds, String code) {
        return ds.findArea(code).flatMap(Area::regionCode);
    }

    /**
     * Prints the report.
     *
     * @param args an optional LAIT folder
     * @throws IOException if the LAIT folder cannot be read
     */
    public static void main(String[] args) throws IOException {
        report(dataset(args)).forEach(System.out::println);
    }
}
