package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.ConcernReason;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn exceptions DATASET --area CODE|all [--period P]}: the measures and actions that need
 * the committee's attention, most serious first, with why and the commentary recorded against them.
 */
@Command(
        name = "exceptions",
        mixinStandardHelpOptions = true,
        description = "Lists the measures and actions that need attention, most serious first: Red against"
                + " target, worsening short and long term, worse than every comparator, in the bottom quartile;"
                + " actions Red or overdue; with the commentary recorded against them.")
final class ExceptionsCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetArgument in;

    @Mixin
    AreaOptions areas;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period; default: each measure's latest for the area, and the latest action update.")
    String period;

    @Mixin
    ReportPolicies policies;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    /** The columns of {@code --format csv}, one row per concern. */
    private static final Columns<InArea<Concern>> CSV = Columns.<InArea<Concern>>of()
            .add("area", InArea::area)
            .add("area_name", InArea::areaName)
            .add("subject", r -> Codes.of(r.item().subject()))
            .add("id", r -> r.item().id())
            .add("name", r -> r.item().name())
            .add("period", r -> r.item().period())
            .add("reasons", r -> reasons(r.item(), ";"))
            .add("status", r -> r.item().status().map(Codes::of).orElse(""))
            .add("sentences", r -> String.join(" ", r.item().sentences()))
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
        Map<String, List<Concern>> all = new LinkedHashMap<>();
        for (String code : codes) {
            all.put(
                    code,
                    p.map(at -> Exceptions.find(ds, code, at, policy, rating, benchmark))
                            .orElseGet(() -> Exceptions.find(ds, code, policy, rating, benchmark)));
        }
        switch (output.format) {
            case json -> output.json(out, all);
            case csv -> CSV.csv(out, InArea.rows(ds, all));
            default ->
                all.forEach((area, list) -> {
                    out.println(select.areaName(area) + " · " + list.size() + " need" + (list.size() == 1 ? "s" : "")
                            + " attention · policy " + policy.reference());
                    for (Concern c : list) {
                        out.println("  " + c.name() + " (" + c.id() + "), " + c.period() + ": "
                                + reasons(c, ", ").replace('-', ' '));
                        c.sentences().forEach(s -> out.println("      " + s));
                        c.commentary().ifPresent(s -> out.println("      Note: " + s));
                    }
                    out.println();
                });
        }
        return Outturn.OK;
    }

    private static String reasons(Concern c, String separator) {
        return c.reasons().stream()
                .map(ConcernReason::name)
                .map(n -> Codes.of(ConcernReason.valueOf(n)))
                .collect(Collectors.joining(separator));
    }
}
