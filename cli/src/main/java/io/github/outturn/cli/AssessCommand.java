package io.github.outturn.cli;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.IndicatorRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Mixin
    DatasetArgument in;

    @Option(
            names = "--period",
            paramLabel = "P",
            description = "The period, such as 2014/15 or \"2014/15 Q2\"; default: each indicator's latest.")
    String period;

    @Mixin
    AreaOptions areas;

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

    @Mixin
    BenchmarkPolicyOptions benchmarkPolicy;

    /**
     * One indicator's row with what its cells need beside it.
     *
     * @param row the indicator's row
     * @param indicator the indicator
     * @param areaName the area's name, or empty
     * @param region the comparison with the area's region, if any
     * @param places the decimals computed figures are shown to
     * @param benchmarkPolicy the benchmark policy's id@version
     */
    private record Line(
            IndicatorRow row,
            Indicator indicator,
            String areaName,
            Optional<Comparison> region,
            int places,
            String benchmarkPolicy) {
        IndicatorAssessment a() {
            return row.assessment();
        }

        /** The year-end forecast beside the rating, the council's or the library's, if any. */
        Optional<IndicatorAssessment> forecast() {
            return row.assessment().forecastYearEnd();
        }

        Optional<Comparison> neighbours() {
            return row.neighbours().map(GroupComparison::comparison);
        }
    }

    /**
     * The columns of {@code --format csv}, one row per indicator and area with everything the text
     * and JSON show: names, the published figures beside the comparisons' judgements, the
     * neighbours' average and how many members it used, the rank and its group's size as numbers.
     */
    private static final Columns<Line> CSV = Columns.<Line>of()
            .add("indicator", l -> l.a().indicatorId())
            .add("indicator_name", l -> l.indicator().name())
            .add("area", l -> l.a().areaCode())
            .add("area_name", Line::areaName)
            .add("period", l -> l.a().period())
            .add("value", l -> Decimals.published(l.a().publishedValue(), ""))
            .add("target", l -> targetValue(l, ""))
            .add("target_lower", l -> Decimals.published(l.a().targetLower(), ""))
            .add("target_upper", l -> Decimals.published(l.a().targetUpper(), ""))
            .add("status", l -> Codes.of(l.a().status()))
            .add("reason", l -> l.a().reason())
            .add(
                    "forecast_period",
                    l -> l.forecast().map(IndicatorAssessment::period).orElse(null))
            .add(
                    "forecast_basis",
                    l -> l.forecast()
                            .flatMap(IndicatorAssessment::forecastBasis)
                            .map(Codes::of)
                            .orElse(""))
            .add(
                    "forecast_value",
                    l -> l.forecast()
                            .map(f -> Decimals.published(f.publishedValue(), ""))
                            .orElse(""))
            .add(
                    "forecast_status",
                    l -> l.forecast().map(f -> Codes.of(f.status())).orElse(""))
            .add(
                    "forecast_reason",
                    l -> l.forecast().map(IndicatorAssessment::reason).orElse(""))
            .add("short_term", l -> Codes.of(l.row().shortTerm().direction()))
            .add("short_term_since", l -> l.row().shortTerm().comparisonPeriod())
            .add("long_term", l -> Codes.of(l.row().longTerm().direction()))
            .add("long_term_since", l -> l.row().longTerm().comparisonPeriod())
            .add("england_value", l -> comparatorValue(l.row().england(), l.places()))
            .add("england", l -> judgement(l.row().england(), ""))
            .add("region_name", l -> l.region().map(Comparison::comparator).orElse(""))
            .add("region_value", l -> comparatorValue(l.region(), l.places()))
            .add("region", l -> judgement(l.region(), ""))
            .add(
                    "neighbours_name",
                    l -> l.neighbours().map(Comparison::comparator).orElse(""))
            .add("neighbours_value", l -> comparatorValue(l.neighbours(), l.places()))
            .add("neighbours", l -> judgement(l.neighbours(), ""))
            .add(
                    "neighbours_used",
                    l -> l.row().neighbours().map(g -> g.average().usedCount()).orElse(null))
            .add(
                    "neighbours_members",
                    l -> l.row()
                            .neighbours()
                            .map(g -> g.average().memberCount())
                            .orElse(null))
            .add("rank", l -> l.row().rank().map(Rank::rank).orElse(null))
            .add("rank_of", l -> l.row().rank().map(Rank::of).orElse(null))
            .add("ranked_among", l -> l.row().rank().isPresent() ? l.row().rankedAmong() : "")
            .add("quartile", l -> l.row().quartile().map(Band::name).orElse(""))
            .add("policy", l -> l.a().policyReference())
            .add("benchmark_policy", Line::benchmarkPolicy);

    /** The columns of the text table, one row per indicator. */
    private static final Columns<Line> TEXT = Columns.<Line>of()
            .add("Indicator", l -> l.a().indicatorId())
            .add("Period", l -> l.a().period())
            .add("Value", l -> Decimals.published(l.a().publishedValue(), "-"))
            .add("Target", l -> target(l, "-"))
            .add("Status", l -> Codes.of(l.a().status()))
            .add("Short term", l -> Codes.of(l.row().shortTerm().direction()))
            .add("Long term", l -> Codes.of(l.row().longTerm().direction()))
            .add("England", l -> judgement(l.row().england(), "-"))
            .add("Region", l -> judgement(l.region(), "-"))
            .add("Neighbours", l -> judgementOf(l.row().neighbours()))
            .add("Rank", l -> l.row().rank().map(Rank::toString).orElse("-"))
            .add("Quartile", l -> l.row().quartile().map(Band::name).orElse("-"));

    /** The whole result, as {@code --format json} prints it. */
    record Result(
            String area,
            String policyReference,
            String benchmarkPolicyReference,
            List<IndicatorRow> assessments,
            List<String> withoutObservations) {}

    /** One area's result, whether it had any observation, and the indicators no rule could score. */
    private record AreaRun(Result result, boolean observed, List<String> failed) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset ds = input.readValid(in.dataset, err);
        Selection select = new Selection(ds, spec);
        List<String> codes = areas.resolve(ds, select);
        List<Indicator> chosen = select.indicators(indicators);
        RatingPolicy rating = policy.rating();
        BenchmarkPolicy benchmarks = benchmarkPolicy.benchmark();
        List<AreaRun> runs = new ArrayList<>();
        boolean several = areas.several(codes);
        for (String code : codes) {
            runs.add(assess(ds, select, several ? code : null, code, chosen, rating, benchmarks));
        }
        if (period != null && runs.stream().noneMatch(AreaRun::observed)) {
            List<ReportingPeriod> have = select.observedPeriods(chosen, codes);
            throw select.noData(
                    "--period",
                    period,
                    "observations "
                            + (chosen.size() == 1 ? "of " + chosen.get(0).id() + " " : "") + "for "
                            + (codes.size() == 1 ? select.areaName(codes.get(0)) : "any of " + codes.size() + " areas"),
                    have);
        }
        List<Result> results = runs.stream().map(AreaRun::result).toList();
        output.perArea(
                out,
                results,
                several,
                CSV,
                result -> lines(select, ds, result),
                result -> text(out, select, ds, result));
        for (Result result : results) {
            if (output.format != OutputOptions.Format.text
                    && !result.withoutObservations().isEmpty()) {
                err.println("outturn: " + noObservations(select, result.area())
                        + String.join(", ", result.withoutObservations()));
            }
        }
        runs.forEach(run -> run.failed().forEach(err::println));
        return runs.stream().allMatch(run -> run.failed().isEmpty()) ? Outturn.OK : Outturn.FINDINGS;
    }

    /**
     * Every chosen indicator of one area that has an observation or a target in the period; {@code
     * named} is the area again when several are assessed, so that a failure says which.
     */
    private AreaRun assess(
            Dataset ds,
            Selection select,
            String named,
            String code,
            List<Indicator> chosen,
            RatingPolicy rating,
            BenchmarkPolicy benchmarks) {
        List<IndicatorRow> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        boolean anyObserved = false;
        for (Indicator indicator : chosen) {
            Optional<ReportingPeriod> p =
                    period != null ? Optional.of(select.period(period, indicator)) : select.latest(indicator, code);
            String id = indicator.id();
            boolean observed =
                    p.isPresent() && ds.findObservation(id, code, p.get()).isPresent();
            // No observation but a target: a row of NO_DATA, a finding; neither: nothing to say.
            if (!observed && (p.isEmpty() || ds.findTarget(id, code, p.get()).isEmpty())) {
                skipped.add(id);
                continue;
            }
            anyObserved |= observed;
            try {
                rows.add(IndicatorRow.of(ds, id, code, p.get(), rating, benchmarks));
            } catch (IllegalArgumentException e) {
                // A rule that cannot apply to this indicator's data: said, and the others still scored.
                failed.add(in.dataset + ": " + (named == null ? "" : select.areaName(named) + ": ") + id + " " + p.get()
                        + ": " + e.getMessage());
            }
        }
        return new AreaRun(
                new Result(code, rating.reference(), benchmarks.reference(), rows, skipped), anyObserved, failed);
    }

    /**
     * The single target: as published, or a target to date (a profile's part of the annual target)
     * as the reason quotes it, at the indicator's decimal places unless finer.
     */
    private static String targetValue(Line l, String missing) {
        IndicatorAssessment a = l.a();
        if (a.profileShareToDate().isPresent() && a.targetValue().isPresent()) {
            return IndicatorRating.figure(a.targetValue().get(), l.indicator());
        }
        return Decimals.published(a.targetValue(), missing);
    }

    private static String target(Line l, String missing) {
        IndicatorAssessment a = l.a();
        if (a.targetValue().isPresent()) {
            return targetValue(l, missing);
        }
        if (a.targetLower().isPresent() || a.targetUpper().isPresent()) {
            return Decimals.published(a.targetLower(), "") + " to " + Decimals.published(a.targetUpper(), "");
        }
        return missing;
    }

    private static String judgement(Optional<Comparison> comparison, String missing) {
        return comparison.map(c -> Codes.of(c.judgement())).orElse(missing);
    }

    private static String judgementOf(Optional<GroupComparison> g) {
        return g.map(c -> c.comparison().judgement() == Judgement.NOT_COMPARED
                        ? "-"
                        : Codes.of(c.comparison().judgement()))
                .orElse("-");
    }

    private void text(PrintWriter out, Selection select, Dataset ds, Result result) {
        List<String> skipped = result.withoutObservations();
        out.println(select.areaName(result.area()) + " · policy " + result.policyReference() + " · benchmarks "
                + result.benchmarkPolicyReference());
        out.println();
        TEXT.text(out, lines(select, ds, result));
        out.println();
        for (IndicatorRow r : result.assessments()) {
            IndicatorAssessment a = r.assessment();
            out.println(a.indicatorId() + ": " + a.reason());
            a.forecastYearEnd().ifPresent(f -> out.println("  forecast year end: " + f.reason()));
            // Both terms always said, so that one that cannot be compared says why (the period it looked
            // for, or the series break between).
            out.println("  short term: " + r.shortTerm().reason());
            out.println("  long term: " + r.longTerm().reason());
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
            out.println(noObservations(select, result.area()) + String.join(", ", skipped));
        }
    }

    /** "No observations for Nottingham (892) in 2019/20: ", before the indicators' ids. */
    private String noObservations(Selection select, String code) {
        return "No observations for " + select.areaName(code) + (period != null ? " in " + period : "") + ": ";
    }

    /** The result's rows, each with what its cells need. */
    private static List<Line> lines(Selection select, Dataset ds, Result result) {
        List<Line> lines = new ArrayList<>();
        for (IndicatorRow r : result.assessments()) {
            IndicatorAssessment a = r.assessment();
            Indicator indicator = ds.findIndicator(a.indicatorId()).orElseThrow();
            lines.add(new Line(
                    r,
                    indicator,
                    select.name(a.areaCode()),
                    r.region(ds),
                    Decimals.places(indicator, a.publishedValue()),
                    result.benchmarkPolicyReference()));
        }
        return lines;
    }

    private static String comparatorValue(Optional<Comparison> c, int places) {
        return c.flatMap(Comparison::comparatorValue)
                .map(v -> Decimals.computed(v, places))
                .orElse("");
    }
}
