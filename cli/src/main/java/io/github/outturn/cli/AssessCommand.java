package io.github.outturn.cli;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.AuthorityRank;
import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Comparisons;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.io.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code outturn assess DATASET}: each indicator's value, target, status with its reason, direction
 * of travel, and its comparisons with the benchmarks present.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = "Rates each indicator of an area against its target, with its reason, direction of travel"
                + " (short and long term) and comparisons with England, region, statistical neighbours,"
                + " rank and quartile band.")
final class AssessCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period, such as 2014/15 or \"2014/15 Q2\"; default: each indicator's latest.")
    String period;

    @Option(
            names = "--area",
            paramLabel = "CODE",
            description = "The area; default: the dataset's own area (the one its neighbours are for).")
    String area;

    @Option(
            names = "--indicator",
            paramLabel = "ID",
            split = ",",
            description = "Only these indicators (repeat or separate with commas); default: all.")
    List<String> indicators;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Mixin
    PolicyOptions policy;

    /** One indicator's assessment with everything printed beside it. */
    record Row(
            IndicatorAssessment assessment,
            DirectionOfTravel shortTerm,
            DirectionOfTravel longTerm,
            List<Comparison> benchmarks,
            Optional<GroupComparison> neighbours,
            Optional<Rank> rank,
            Optional<Band> quartile,
            String rankedAmong) {}

    /** The whole result, as {@code --format json} prints it. */
    record Result(String area, String policyReference, String benchmarkPolicyReference, List<Row> assessments) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        Selection select = new Selection(ds, spec);
        String code = select.area(area);
        List<Indicator> chosen = select.indicators(indicators);
        RatingPolicy rating = policy.rating();
        BenchmarkPolicy benchmarks = policy.benchmark();
        Optional<ComparatorGroup> neighbours = select.neighbours(code);
        List<Row> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Indicator indicator : chosen) {
            Optional<ReportingPeriod> p =
                    period != null ? Optional.of(select.period(period, indicator)) : select.latest(indicator, code);
            if (p.isEmpty()) {
                skipped.add(indicator.getId());
                continue;
            }
            String id = indicator.getId();
            try {
                rows.add(row(ds, id, code, p.get(), rating, benchmarks, neighbours));
            } catch (IllegalArgumentException e) {
                // A rule that cannot apply to this indicator's data: said, and the others still scored.
                failed.add(dataset + ": " + id + " " + p.get() + ": " + e.getMessage());
            }
        }
        Result result = new Result(code, rating.getReference(), benchmarks.getReference(), rows);
        switch (output.format) {
            case json -> output.json(out, result);
            case csv -> csv(out, result);
            default -> text(out, select, ds, result, skipped);
        }
        failed.forEach(spec.commandLine().getErr()::println);
        return failed.isEmpty() ? Outturn.OK : Outturn.FINDINGS;
    }

    private static Row row(
            Dataset ds,
            String id,
            String code,
            ReportingPeriod p,
            RatingPolicy rating,
            BenchmarkPolicy benchmarks,
            Optional<ComparatorGroup> neighbours) {
        AuthorityRank ranked = AreaBenchmarks.rankAmongAuthorities(ds, id, code, p, benchmarks);
        Optional<Rank> rank = ranked.rank();
        return new Row(
                IndicatorRating.assess(ds, id, code, p, rating),
                DirectionOfTravelRating.compare(ds, id, code, p, TravelTerm.SHORT_TERM, rating),
                DirectionOfTravelRating.compare(ds, id, code, p, TravelTerm.LONG_TERM, rating),
                AreaBenchmarks.compareWithBenchmarks(ds, id, code, p, benchmarks),
                neighbours.map(g -> AreaBenchmarks.compareWithGroup(ds, id, code, p, g, benchmarks)),
                rank,
                BenchmarkCommand.bandable(rank) ? ranked.quartile() : Optional.empty(),
                ranked.among());
    }

    /** A value as published, or {@code missing}. */
    private static String value(Optional<BigDecimal> v, String missing) {
        return v.map(x -> Comparisons.readable(x).toPlainString()).orElse(missing);
    }

    private static String target(IndicatorAssessment a, String missing) {
        if (a.getTargetValue().isPresent()) {
            return value(a.getTargetValue(), missing);
        }
        if (a.getTargetLower().isPresent() || a.getTargetUpper().isPresent()) {
            return value(a.getTargetLower(), "") + " to " + value(a.getTargetUpper(), "");
        }
        return missing;
    }

    private static String judgement(List<Comparison> comparisons, String type) {
        return comparisons.stream()
                .filter(c -> c.comparator().toLowerCase(java.util.Locale.ROOT).contains(type))
                .findFirst()
                .map(c -> Codes.of(c.judgement()))
                .orElse("-");
    }

    private static String judgementOf(Optional<GroupComparison> g) {
        return g.map(c -> c.comparison().judgement() == Judgement.NOT_COMPARED
                        ? "-"
                        : Codes.of(c.comparison().judgement()))
                .orElse("-");
    }

    private void text(PrintWriter out, Selection select, Dataset ds, Result result, List<String> skipped) {
        out.println(select.areaName(result.area()) + " · policy " + result.policyReference() + " · benchmarks "
                + result.benchmarkPolicyReference());
        out.println();
        TextTable table = new TextTable(
                "Indicator",
                "Period",
                "Value",
                "Target",
                "Status",
                "Short term",
                "Long term",
                "England",
                "Region",
                "Neighbours",
                "Rank",
                "Quartile");
        for (Row r : result.assessments()) {
            IndicatorAssessment a = r.assessment();
            table.row(
                    a.getIndicatorId(),
                    a.getPeriod(),
                    value(a.getPublishedValue(), "-"),
                    target(a, "-"),
                    a.getStatus(),
                    Codes.of(r.shortTerm().getDirection()),
                    Codes.of(r.longTerm().getDirection()),
                    judgement(r.benchmarks(), "england"),
                    regionJudgement(r.benchmarks(), ds, result.area()),
                    judgementOf(r.neighbours()),
                    r.rank().map(Rank::toString).orElse("-"),
                    r.quartile().map(Band::name).orElse("-"));
        }
        table.print(out);
        out.println();
        for (Row r : result.assessments()) {
            IndicatorAssessment a = r.assessment();
            out.println(a.getIndicatorId() + ": " + a.getReason());
            a.getForecastYearEnd().ifPresent(f -> out.println("  forecast year end: " + f.getReason()));
            if (r.longTerm().getAbsoluteChange().isPresent()) {
                out.println("  long term: " + r.longTerm().getReason());
            }
            r.neighbours()
                    .ifPresent(g -> out.println("  neighbours: "
                            + g.comparison().reason() + " ("
                            + g.average().usedCount() + " of " + g.average().memberCount() + " members"
                            + (g.average().missing().isEmpty()
                                    ? ""
                                    : ", no value for "
                                            + String.join(", ", g.average().missing()))
                            + ")"));
            r.rank().ifPresent(k -> out.println("  rank " + k + " among " + r.rankedAmong()));
        }
        if (!skipped.isEmpty()) {
            out.println();
            out.println("No observations for " + select.areaName(result.area()) + ": " + String.join(", ", skipped));
        }
    }

    private static String regionJudgement(List<Comparison> comparisons, Dataset ds, String area) {
        Optional<String> region = ds.findArea(area).flatMap(a -> a.getRegionCode());
        Optional<String> name = region.flatMap(ds::findArea).map(a -> a.getName());
        return name.map(n -> comparisons.stream()
                        .filter(c -> c.comparator().equals(n))
                        .findFirst()
                        .map(c -> Codes.of(c.judgement()))
                        .orElse("-"))
                .orElse("-");
    }

    private static void csv(PrintWriter out, Result result) {
        Csv.row(
                out,
                List.of(
                        "indicator",
                        "area",
                        "period",
                        "value",
                        "target",
                        "status",
                        "reason",
                        "short_term",
                        "long_term",
                        "neighbours",
                        "rank",
                        "quartile",
                        "policy"));
        for (Row r : result.assessments()) {
            IndicatorAssessment a = r.assessment();
            Csv.row(
                    out,
                    List.of(
                            a.getIndicatorId(),
                            a.getAreaCode(),
                            a.getPeriod(),
                            value(a.getPublishedValue(), ""),
                            target(a, ""),
                            Codes.of(a.getStatus()),
                            a.getReason(),
                            Codes.of(r.shortTerm().getDirection()),
                            Codes.of(r.longTerm().getDirection()),
                            r.neighbours()
                                    .map(g -> Codes.of(g.comparison().judgement()))
                                    .orElse(""),
                            r.rank().map(Rank::toString).orElse(""),
                            r.quartile().map(Band::name).orElse(""),
                            a.getPolicyReference()));
        }
    }
}
