package io.github.outturn.cli;

import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.period.ReportingPeriod;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outturn list areas|indicators|periods DATASET}: what a dataset holds, the codes, ids and
 * period labels the other commands take.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists what a dataset holds: its areas (codes and names for --area), its indicators (ids for"
                + " --indicator) or its periods (labels for --period), each with how many observations it has.")
final class ListCommand implements Callable<Integer> {

    /** What can be listed. */
    enum What {
        /** Areas: code, name, type, region, and how many observations and published benchmarks each has. */
        areas,
        /** Indicators: id, name, unit, polarity, decimal places, and the periods observed. */
        indicators,
        /** Periods: the observations, published benchmarks and action ratings in each. */
        periods
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "areas, indicators or periods.")
    What what;

    @Parameters(index = "1", paramLabel = "DATASET", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Mixin
    ReadOptions input;

    @Mixin
    OutputOptions output;

    /**
     * A listing: its columns, named once in camel case (JSON's keys; CSV's header in snake case; the
     * text table's titles in words), and its rows of numbers, text, true or false, or null.
     */
    private record Listing(List<String> keys, List<List<Object>> rows) {
        Listing(String... keys) {
            this(List.of(keys), new ArrayList<>());
        }

        void add(Object... cells) {
            rows.add(Arrays.asList(cells));
        }

        /**
         * The listing's columns, each key named by {@code name}, each cell the row's at the key's
         * place or {@code absent} for a null.
         */
        Columns<List<Object>> columns(Function<String, String> name, Object absent) {
            Columns<List<Object>> columns = Columns.of();
            for (int i = 0; i < keys.size(); i++) {
                int at = i;
                columns = columns.add(name.apply(keys.get(i)), row -> row.get(at) == null ? absent : row.get(at));
            }
            return columns;
        }
    }

    @Override
    public Integer call() throws Exception {
        Dataset ds = input.read(dataset, spec.commandLine().getErr());
        Listing listing = switch (what) {
            case areas -> areas(ds);
            case indicators -> indicators(ds);
            case periods -> periods(ds);
        };
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format) {
            case json -> {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("dataset", dataset.toString());
                result.put(what.name(), objects(listing));
                output.json(out, result);
            }
            case csv -> listing.columns(ListCommand::snake, null).csv(out, listing.rows());
            default -> text(out, listing);
        }
        return Outturn.OK;
    }

    private static Listing areas(Dataset ds) {
        Map<String, Integer> observations = new LinkedHashMap<>();
        ds.observations().forEach(o -> observations.merge(o.areaCode(), 1, Integer::sum));
        Map<String, Integer> benchmarks = new LinkedHashMap<>();
        // Published figures for an area as comparator: England's, a region's.
        ds.benchmarks().forEach(b -> benchmarks.merge(b.comparator(), 1, Integer::sum));
        Listing listing = new Listing(
                "code", "name", "type", "subtype", "regionCode", "regionName", "current", "observations", "benchmarks");
        Set<String> listed = new HashSet<>();
        for (Area a : ds.areas()) {
            listed.add(a.code());
            listing.add(
                    a.code(),
                    a.name(),
                    Codes.of(a.type()),
                    a.subtype().orElse(null),
                    a.regionCode().orElse(null),
                    a.regionCode().flatMap(ds::findArea).map(Area::name).orElse(null),
                    a.current(),
                    observations.getOrDefault(a.code(), 0),
                    benchmarks.getOrDefault(a.code(), 0));
        }
        // Codes the observations use that no area lists: --area takes them too.
        observations.forEach((code, n) -> {
            if (!listed.contains(code)) {
                listing.add(code, null, null, null, null, null, null, n, benchmarks.getOrDefault(code, 0));
            }
        });
        return listing;
    }

    private static Listing indicators(Dataset ds) {
        Listing listing = new Listing(
                "id",
                "name",
                "unit",
                "polarity",
                "decimalPlaces",
                "yearType",
                "observations",
                "areas",
                "firstPeriod",
                "lastPeriod");
        Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
        ds.observations()
                .forEach(o -> byIndicator
                        .computeIfAbsent(o.indicatorId(), k -> new ArrayList<>())
                        .add(o));
        for (Indicator i : ds.indicators()) {
            List<Observation> seen = byIndicator.getOrDefault(i.id(), List.of());
            listing.add(
                    i.id(),
                    i.name(),
                    i.unit().orElse(null),
                    Codes.of(i.polarity()),
                    i.decimalPlaces(),
                    Codes.of(i.yearType()),
                    seen.size(),
                    seen.stream().map(Observation::areaCode).distinct().count(),
                    seen.stream()
                            .map(Observation::period)
                            .min(ReportingPeriod::compareTo)
                            .map(Object::toString)
                            .orElse(null),
                    seen.stream()
                            .map(Observation::period)
                            .max(ReportingPeriod::compareTo)
                            .map(Object::toString)
                            .orElse(null));
        }
        return listing;
    }

    /** Counts per period: observations, indicators and areas observed, action ratings. */
    private static final class PeriodCounts {
        int observations;
        final Set<String> indicators = new HashSet<>();
        final Set<String> areas = new HashSet<>();
        int benchmarks;
        int actionRatings;
    }

    private static Listing periods(Dataset ds) {
        Map<ReportingPeriod, PeriodCounts> counts = new TreeMap<>();
        for (Observation o : ds.observations()) {
            PeriodCounts c = counts.computeIfAbsent(o.period(), k -> new PeriodCounts());
            c.observations++;
            c.indicators.add(o.indicatorId());
            c.areas.add(o.areaCode());
        }
        ds.benchmarks().forEach(b -> counts.computeIfAbsent(b.period(), k -> new PeriodCounts()).benchmarks++);
        for (ActionUpdate u : ds.actionUpdates()) {
            counts.computeIfAbsent(u.period(), k -> new PeriodCounts()).actionRatings++;
        }
        Listing listing = new Listing("period", "observations", "indicators", "areas", "benchmarks", "actionRatings");
        counts.forEach((p, c) -> listing.add(
                p.toString(), c.observations, c.indicators.size(), c.areas.size(), c.benchmarks, c.actionRatings));
        return listing;
    }

    private static List<Map<String, Object>> objects(Listing listing) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : listing.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                object.put(listing.keys().get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    private void text(PrintWriter out, Listing listing) {
        out.println(
                dataset + ": " + listing.rows().size() + " " + (listing.rows().size() == 1 ? singular() : what));
        out.println();
        listing.columns(ListCommand::words, "-").text(out, listing.rows());
    }

    private String singular() {
        String plural = what.name();
        return plural.substring(0, plural.length() - 1);
    }

    /** "decimalPlaces" as a CSV column: "decimal_places". */
    static String snake(String key) {
        return key.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    /** "decimalPlaces" as a table's title: "Decimal places". */
    static String words(String key) {
        String spaced = key.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
