package io.github.outturn.cli;

import io.github.outturn.benchmark.Rank;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.io.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn highlights DATASET --area CODE|all [--period P] [--policy FILE]}: what is worth
 * saying about an area's measures, in sentences and as data.
 */
@Command(
        name = "highlights",
        mixinStandardHelpOptions = true,
        description = "Says what is worth saying about an area's measures: ranks in England, the region and"
                + " among statistical neighbours, records, standing against every comparator and the target,"
                + " changes, runs, quartile moves and status changes, each as a sentence with its figures.")
final class HighlightsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Mixin
    AreaOptions areas;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period (read as its label says: 2015/16 is a financial year, AY 2015/16 an academic"
                    + " one); default: each measure's latest for the area.")
    String period;

    @Mixin
    ReportPolicies policies;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    /** The columns of {@code --format csv}, one row per highlight. */
    static final List<String> CSV_HEADER = Arrays.asList(
            "area",
            "area_name",
            "indicator",
            "period",
            "kind",
            "news",
            "value",
            "group",
            "rank",
            "group_size",
            "tied_with",
            "ranking_set",
            "england",
            "region",
            "neighbours",
            "neighbour_count",
            "band",
            "previous_band",
            "on_target",
            "rated",
            "sentence",
            "commentary",
            "policy");

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HighlightPolicy policy = policies.highlight();
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        Selection select = new Selection(ds, spec);
        List<String> codes = areas.resolve(ds, select);
        Optional<ReportingPeriod> p =
                period == null ? Optional.empty() : Optional.of(select.period("--period", period));
        Map<String, List<Highlight>> all =
                Highlights.findAll(ds, codes, p, policy, policies.rating(), policies.benchmark());
        switch (output.format) {
            case json -> output.json(out, all);
            case csv -> {
                Csv.row(out, CSV_HEADER);
                all.forEach((area, list) -> list.forEach(h -> Csv.row(out, csv(ds, h))));
            }
            default ->
                all.forEach((area, list) -> {
                    out.println(select.areaName(area) + " · " + list.size() + " highlight"
                            + (list.size() == 1 ? "" : "s") + " · policy " + policy.getReference());
                    for (Highlight h : list) {
                        out.println("  " + String.format("%-8s", Codes.of(h.getNews())) + h.getSentence());
                        h.getCommentary().ifPresent(c -> out.println("          Note: " + c));
                    }
                    out.println();
                });
        }
        return Outturn.OK;
    }

    private static List<Object> csv(Dataset ds, Highlight h) {
        return Arrays.asList(
                h.getAreaCode(),
                ds.findArea(h.getAreaCode()).map(a -> a.getName()).orElse(""),
                h.getIndicatorId().orElse(""),
                h.getPeriod(),
                Codes.of(h.getKind()),
                Codes.of(h.getNews()),
                plain(h.getValue()),
                h.getGroup().orElse(""),
                h.getRank().map(Rank::rank).map(Object::toString).orElse(""),
                h.getRank().map(Rank::of).map(Object::toString).orElse(""),
                h.getRank().isPresent() ? Integer.toString(h.getTiedWith()) : "",
                h.getRankingSet().orElse(""),
                plain(h.getEngland()),
                plain(h.getRegion()),
                plain(h.getNeighbours()),
                h.getNeighbourAverage()
                        .map(a -> Integer.toString(a.usedCount()))
                        .orElse(""),
                h.getBand().map(Enum::name).orElse(""),
                h.getPreviousBand().map(Enum::name).orElse(""),
                h.getOnTarget().map(Object::toString).orElse(""),
                h.getRated().map(Object::toString).orElse(""),
                h.getSentence(),
                h.getCommentary().orElse(""),
                h.getPolicyReference());
    }

    /** A decimal exactly, as a plain number; empty when absent. */
    static String plain(Optional<java.math.BigDecimal> v) {
        return v.map(java.math.BigDecimal::toPlainString).orElse("");
    }
}
