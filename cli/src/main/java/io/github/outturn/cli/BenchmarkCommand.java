package io.github.outturn.cli;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.AuthorityRank;
import io.github.outturn.benchmark.AverageMethod;
import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.SeriesRecord;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.ReportingPeriod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn benchmark DATASET --indicator ID --area CODE}: the area against every comparator,
 * with confidence intervals where the data allows.
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = "Compares one area's value of one indicator with every comparator: published England and"
                + " regional figures, a comparator group's average, the previous year, rank and quartile and"
                + " quintile bands among all authorities, and records in its own series.")
final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndicatorOptions shown;

    @Mixin
    AreaOptions areas;

    @Option(
            names = "--group",
            paramLabel = "NAME",
            description = "A comparator group by id or name; default: the area's statistical neighbours.")
    String group;

    @Option(names = "--period", paramLabel = "P", description = "The period; default: the area's latest.")
    String period;

    @Option(
            names = "--level",
            paramLabel = "LEVEL",
            description = "Confidence level, any from 90%% to 99.99%% (such as 95%%, 99.8%% or 0.99). Default: the"
                    + " policy's (95%%).")
    String level;

    @Option(
            names = "--by",
            paramLabel = "BASIS",
            description = "Judge by value (the default) or by confidence interval (Fingertips: similar when the"
                    + " comparator lies inside the area's interval).")
    String basis;

    @Option(
            names = "--average",
            paramLabel = "METHOD",
            description = "How a group's average is computed: mean (LAIT, the default), median or pooled.")
    AverageMethod average;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--benchmark-policy",
            paramLabel = "FILE",
            description = "A benchmark policy in JSON (see docs/json-format.md); --level, --by and --average"
                    + " override its settings.")
    Path benchmarkPolicy;

    /**
     * One comparison of an area's result, with what its cells need beside it.
     *
     * @param result the area's result
     * @param comparison the comparison
     * @param group the group comparison it belongs to, if it is the group's
     * @param indicator the indicator
     * @param areaName the area's name, or empty
     * @param places the decimals computed figures are shown to
     */
    private record Line(
            Result result,
            Comparison comparison,
            Optional<GroupComparison> group,
            Indicator indicator,
            String areaName,
            int places) {
        String computed(Optional<BigDecimal> value, String missing) {
            return value.map(v -> Decimals.computed(v, places)).orElse(missing);
        }

        Optional<ConfidenceInterval> interval() {
            return result.interval();
        }
    }

    /**
     * The columns of {@code --format csv}, one row per comparison and area, each with the area's
     * value, interval, rank and bands beside it (the same on every row), so that a spreadsheet needs
     * no other table.
     */
    private static final Columns<Line> CSV = Columns.<Line>of()
            .add("indicator", l -> l.result().indicatorId())
            .add("indicator_name", l -> l.indicator().name())
            .add("area", l -> l.result().area())
            .add("area_name", Line::areaName)
            .add("period", l -> l.result().period())
            .add("value", l -> Decimals.published(l.result().value(), ""))
            .add(
                    "interval_level",
                    l -> l.interval().map(i -> i.level().toString()).orElse(""))
            .add(
                    "interval_lower",
                    l -> l.interval()
                            .map(i -> Decimals.computed(i.lower(), l.places()))
                            .orElse(""))
            .add(
                    "interval_upper",
                    l -> l.interval()
                            .map(i -> Decimals.computed(i.upper(), l.places()))
                            .orElse(""))
            .add(
                    "interval_method",
                    l -> l.interval().map(i -> Codes.of(i.method())).orElse(""))
            .add("comparator", l -> l.comparison().comparator())
            .add("comparator_value", l -> l.computed(l.comparison().comparatorValue(), ""))
            .add("difference", l -> l.computed(l.comparison().difference(), ""))
            .add(
                    "relative_difference_percent",
                    l -> l.comparison()
                            .relativeDifferencePercent()
                            .map(Decimals::percent)
                            .orElse(""))
            .add("judgement", l -> Codes.of(l.comparison().judgement()))
            .add("basis", l -> Codes.of(l.comparison().basis()))
            .add(
                    "members_used",
                    l -> l.group().map(g -> g.average().usedCount()).orElse(null))
            .add("members", l -> l.group().map(g -> g.average().memberCount()).orElse(null))
            .add("reason", l -> l.comparison().reason())
            .add("rank", l -> l.result().rank().map(Rank::rank).orElse(null))
            .add("rank_of", l -> l.result().rank().map(Rank::of).orElse(null))
            .add("ranked_among", l -> l.result().rankedAmong())
            .add("quartile", l -> l.result().quartile().map(Band::name).orElse(""))
            .add("quintile", l -> l.result().quintile().map(Band::name).orElse(""))
            .add("series", l -> l.result().record().map(SeriesRecord::reason).orElse(""))
            .add("policy", l -> l.comparison().policyReference());

    /** The columns of the text table, one row per comparison. */
    private static final Columns<Line> TEXT = Columns.<Line>of()
            .add("Comparator", l -> l.comparison().comparator())
            .add("Value", l -> l.computed(l.comparison().comparatorValue(), "-"))
            .add("Difference", l -> l.computed(l.comparison().difference(), "-"))
            .add(
                    "Relative",
                    l -> l.comparison()
                            .relativeDifferencePercent()
                            .map(v -> Decimals.percent(v) + "%")
                            .orElse("-"))
            .add("Judgement", l -> Codes.of(l.comparison().judgement()));

    /** The whole result, as {@code --format json} prints it. */
    record Result(
            String indicatorId,
            String area,
            ReportingPeriod period,
            Optional<BigDecimal> value,
            Optional<ConfidenceInterval> interval,
            List<Comparison> comparisons,
            Optional<GroupComparison> group,
            Optional<Rank> rank,
            Optional<Band> quartile,
            Optional<Band> quintile,
            String rankedAmong,
            Optional<SeriesRecord> record,
            String policyReference) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchmarkPolicy policy = policy();
        IndicatorOptions.Shown chosen = shown.read(input, spec);
        Indicator indicator = chosen.indicator();
        List<String> codes = areas.resolve(chosen.dataset(), chosen.select());
        boolean several = areas.several(codes);
        List<Result> results = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String code : codes) {
            Optional<ReportingPeriod> p = period != null
                    ? Optional.of(chosen.select().period(period, indicator))
                    : chosen.select().latest(indicator, code);
            // Of several areas, one without a value to compare is named and the others still compared.
            if (several
                    && (p.isEmpty()
                            || chosen.dataset()
                                    .findObservation(indicator.id(), code, p.get())
                                    .isEmpty())) {
                without.add(chosen.select().areaName(code));
            } else {
                results.add(benchmark(chosen.dataset(), chosen.select(), indicator, code, policy));
            }
        }
        if (results.isEmpty() && period == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no observations of " + shown.indicatorId + " for any of " + codes.size() + " areas");
        }
        if (results.isEmpty()) {
            throw chosen.select()
                    .noData(
                            "--period",
                            period,
                            "observation of " + indicator.id() + " for any of " + codes.size() + " areas",
                            chosen.select().observedPeriods(List.of(indicator), codes));
        }
        output.perArea(
                out,
                results,
                several,
                CSV,
                r -> lines(chosen.select(), indicator, r),
                r -> text(out, chosen.select(), indicator, r, policy));
        if (!without.isEmpty()) {
            String said = "No observation of " + indicator.id() + (period != null ? " in " + period : "") + " for "
                    + String.join(", ", without);
            if (output.format == OutputOptions.Format.text) {
                out.println();
                out.println(said);
            } else {
                spec.commandLine().getErr().println("outturn: " + said);
            }
        }
        return Outturn.OK;
    }

    /** One area's comparisons, or a usage error when it has no observation in the period. */
    private Result benchmark(Dataset ds, Selection select, Indicator indicator, String code, BenchmarkPolicy policy) {
        ReportingPeriod p = period != null
                ? select.period(period, indicator)
                : select.latest(indicator, code)
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                spec.commandLine(),
                                "no observations of " + shown.indicatorId + " for " + select.areaName(code)));
        String id = indicator.id();
        Optional<Observation> o = ds.findObservation(id, code, p);
        if (o.isEmpty()) {
            throw select.noData(
                    "--period",
                    period,
                    "observation of " + id + " for " + select.areaName(code),
                    select.observedPeriods(List.of(indicator), code));
        }
        Optional<ConfidenceInterval> interval =
                o.flatMap(obs -> ConfidenceIntervals.of(indicator, obs, policy.confidenceLevel()));
        List<Comparison> comparisons = new ArrayList<>(AreaBenchmarks.compareWithBenchmarks(ds, id, code, p, policy));
        comparisons.add(AreaBenchmarks.compareWithPeriod(ds, id, code, p, p.samePeriodLastYear(), policy));
        Optional<ComparatorGroup> chosen = group != null ? Optional.of(select.group(group)) : select.neighbours(code);
        boolean hasValue = o.flatMap(Observation::value).isPresent();
        AuthorityRank ranked = AreaBenchmarks.rankAmongAuthorities(ds, id, code, p, policy);
        Optional<Rank> rank = ranked.rank();
        return new Result(
                id,
                code,
                p,
                o.flatMap(Observation::value),
                interval,
                comparisons,
                chosen.map(g -> AreaBenchmarks.compareWithGroup(ds, id, code, p, g, policy)),
                rank,
                ranked.quartile(),
                ranked.quintile(),
                ranked.among(),
                hasValue ? Optional.of(AreaBenchmarks.record(ds, id, code, p)) : Optional.empty(),
                policy.reference());
    }

    /**
     * The benchmark policy (--benchmark-policy, else the default), or, when an option changes it, a
     * policy that says so in its id and version ({@code outturn-benchmark-default+cli@1:level=99.8%}):
     * a result never claims a policy for settings it did not use.
     */
    private BenchmarkPolicy policy() throws java.io.IOException {
        BenchmarkPolicy defaults = BenchmarkPolicyOptions.benchmark(benchmarkPolicy);
        ConfidenceLevel confidence = defaults.confidenceLevel();
        if (level != null) {
            try {
                confidence = ConfidenceLevel.parse(level);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--level: " + e.getMessage());
            }
        }
        JudgementBasis by = defaults.judgementBasis();
        if (basis != null) {
            by = switch (basis.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "value" -> JudgementBasis.VALUE;
                case "interval", "confidence-interval", "ci" -> JudgementBasis.CONFIDENCE_INTERVAL;
                default ->
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--by \"" + basis + "\": expected value or interval");
            };
        }
        AverageMethod method = average == null ? defaults.averageMethod() : average;
        List<String> changes = new ArrayList<>();
        if (!confidence.equals(defaults.confidenceLevel())) {
            changes.add("level=" + confidence);
        }
        if (by != defaults.judgementBasis()) {
            changes.add("by=" + Codes.of(by));
        }
        if (method != defaults.averageMethod()) {
            changes.add("average=" + Codes.of(method));
        }
        if (changes.isEmpty()) {
            return defaults;
        }
        return BenchmarkPolicy.builder()
                .from(defaults)
                .id(defaults.id() + "+cli")
                .version(defaults.version() + ":" + String.join(",", changes))
                .confidenceLevel(confidence)
                .judgementBasis(by)
                .averageMethod(method)
                .build();
    }

    private void text(PrintWriter out, Selection select, Indicator indicator, Result r, BenchmarkPolicy policy) {
        out.println(indicator.name() + " (" + indicator.id() + "), " + select.areaName(r.area()) + ", " + r.period()
                + " · policy " + r.policyReference());
        int places = Decimals.places(indicator, r.value());
        out.println("Value: " + Decimals.published(r.value(), "-")
                + indicator.unit().map(u -> u.equals("%") ? u : " " + u).orElse("")
                + r.interval()
                        .map(i -> ", " + i.level() + " confidence interval "
                                + Decimals.computed(i.lower(), places)
                                + " to " + Decimals.computed(i.upper(), places) + " (" + Codes.of(i.method())
                                + ")")
                        .orElse("")
                + (indicator.polarity() == Polarity.NO_JUDGEMENT ? " (no judgement: data only)" : ""));
        out.println();
        TEXT.text(out, lines(select, indicator, r));
        out.println();
        for (Comparison c : r.comparisons()) {
            out.println(c.reason());
        }
        r.group().ifPresent(g -> {
            out.println(g.comparison().reason());
            out.println("  " + g.average().usedCount() + " of " + g.average().memberCount() + " members used"
                    + (g.average().missing().isEmpty()
                            ? ""
                            : "; no value for " + String.join(", ", g.average().missing())));
        });
        out.println();
        out.println(
                "Rank: " + r.rank().map(k -> k + " among " + r.rankedAmong()).orElse("not ranked")
                        + (r.rank().isPresent() ? " (1 is best)" : ""));
        if (r.rank().map(policy::isBanded).orElse(false)) {
            out.println("Quartile band: " + r.quartile().map(Band::name).orElse("-") + " (A is best); quintile band: "
                    + r.quintile().map(Band::name).orElse("-"));
        } else {
            out.println(
                    "Quartile band: - (fewer than " + policy.minimumRankedForBands() + " authorities have a value)");
        }
        r.record().ifPresent(rec -> out.println("Series: " + rec.reason()));
    }

    /** The result's comparisons, the group's last, each with what its cells need. */
    private static List<Line> lines(Selection select, Indicator indicator, Result r) {
        int places = Decimals.places(indicator, r.value());
        String name = select.name(r.area());
        List<Line> lines = new ArrayList<>();
        for (Comparison c : r.comparisons()) {
            lines.add(new Line(r, c, Optional.empty(), indicator, name, places));
        }
        r.group().ifPresent(g -> lines.add(new Line(r, g.comparison(), Optional.of(g), indicator, name, places)));
        return lines;
    }
}
