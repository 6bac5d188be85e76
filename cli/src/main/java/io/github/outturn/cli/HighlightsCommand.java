package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.io.PrintWriter;
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

    @Mixin
    DatasetArgument in;

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
    static final Columns<InArea<Highlight>> CSV = Columns.<InArea<Highlight>>of()
            .add("area", InArea::area)
            .add("area_name", InArea::areaName)
            .add("indicator", r -> r.item().indicatorId().orElse(""))
            .add("period", r -> r.item().period())
            .add("kind", r -> Codes.of(r.item().kind()))
            .add("news", r -> Codes.of(r.item().news()))
            .add("value", r -> Decimals.exact(r.item().value()))
            .add("group", r -> r.item().group().orElse(""))
            .add("rank", r -> r.item().rank().map(Rank::rank).orElse(null))
            .add("group_size", r -> r.item().rank().map(Rank::of).orElse(null))
            .add("tied_with", r -> r.item().rank().isPresent() ? r.item().tiedWith() : null)
            .add("ranking_set", r -> r.item().rankingSet().orElse(""))
            .add("england", r -> Decimals.exact(r.item().england()))
            .add("region", r -> Decimals.exact(r.item().region()))
            .add("neighbours", r -> Decimals.exact(r.item().neighbours()))
            .add(
                    "neighbour_count",
                    r -> r.item().neighbourAverage().map(a -> a.usedCount()).orElse(null))
            .add("band", r -> r.item().band().map(Enum::name).orElse(""))
            .add("previous_band", r -> r.item().previousBand().map(Enum::name).orElse(""))
            .add("on_target", r -> r.item().onTarget().orElse(null))
            .add("rated", r -> r.item().rated().orElse(null))
            .add("sentence", r -> r.item().sentence())
            .add("commentary", r -> r.item().commentary().orElse(""))
            .add("policy", r -> r.item().policyReference());

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        HighlightPolicy policy = policies.highlight();
        Dataset ds = input.readValid(in.dataset, spec.commandLine().getErr());
        Selection select = new Selection(ds, spec);
        List<String> codes = areas.resolve(ds, select);
        Optional<ReportingPeriod> p =
                period == null ? Optional.empty() : Optional.of(select.period("--period", period));
        RatingPolicy rating = policies.rating();
        BenchmarkPolicy benchmark = policies.benchmark();
        Map<String, List<Highlight>> all = p.map(at -> Highlights.findAll(ds, codes, at, policy, rating, benchmark))
                .orElseGet(() -> Highlights.findAll(ds, codes, policy, rating, benchmark));
        switch (output.format) {
            case json -> output.json(out, all);
            case csv -> CSV.csv(out, InArea.rows(ds, all));
            default ->
                all.forEach((area, list) -> {
                    out.println(select.areaName(area) + " · " + list.size() + " highlight"
                            + (list.size() == 1 ? "" : "s") + " · policy " + policy.reference());
                    for (Highlight h : list) {
                        out.println("  " + String.format("%-8s", Codes.of(h.news())) + h.sentence());
                        h.commentary().ifPresent(c -> out.println("          Note: " + c));
                    }
                    out.println();
                });
        }
        return Outturn.OK;
    }
}
