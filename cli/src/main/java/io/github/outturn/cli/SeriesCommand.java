package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code outturn series DATASET --indicator ID --area CODE|all [--period P] [--periods N]}: one
 * indicator over up to ten periods beside the region, the neighbours' average and England, with the
 * targets.
 */
@Command(
        name = "series",
        mixinStandardHelpOptions = true,
        description = "Shows one indicator for an area over up to 10 periods beside its region, its statistical"
                + " neighbours' average and England, with its targets and the notes recorded against it.")
final class SeriesCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndicatorOptions shown;

    @Mixin
    AreaOptions areas;

    @Option(names = "--period", paramLabel = "P", description = "The last period; default: the area's latest.")
    String period;

    @Option(
            names = "--periods",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many periods, 1 to 10. Default: ${DEFAULT-VALUE}.")
    int periods;

    @Option(
            names = "--benchmark-policy",
            paramLabel = "FILE",
            description = "A benchmark policy in JSON, for computed neighbour averages; default "
                    + BenchmarkPolicy.DEFAULT_ID + "@" + BenchmarkPolicy.DEFAULT_VERSION + ".")
    Path benchmarkPolicy;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (periods < 1 || periods > TimeSeries.MAX_PERIODS) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--periods " + periods + ": expected 1 to " + TimeSeries.MAX_PERIODS);
        }
        BenchmarkPolicy policy = BenchmarkPolicyOptions.benchmark(benchmarkPolicy);
        IndicatorOptions.Shown chosen = shown.read(input, spec);
        Indicator indicator = chosen.indicator();
        Optional<ReportingPeriod> upTo =
                period == null ? Optional.empty() : Optional.of(chosen.select().period(period, indicator));
        Map<String, TimeSeries> all = new LinkedHashMap<>();
        Dataset ds = chosen.dataset();
        for (String code : areas.resolve(ds, chosen.select())) {
            all.put(
                    code,
                    upTo.map(p -> TimeSeries.of(ds, indicator.id(), code, p, periods, policy))
                            .orElseGet(() -> TimeSeries.of(ds, indicator.id(), code, periods, policy)));
        }
        switch (output.format) {
            case json -> output.json(out, all);
            case csv -> {
                List<InArea<SeriesPoint>> rows = new ArrayList<>();
                all.forEach((area, series) -> series.points().forEach(p -> rows.add(new InArea<>(area, "", p))));
                csvColumns(indicator.id()).csv(out, rows);
            }
            default -> all.forEach((area, s) -> text(out, chosen.select(), s));
        }
        return Outturn.OK;
    }

    /** The columns of {@code --format csv}, one row per period and area. */
    private static Columns<InArea<SeriesPoint>> csvColumns(String indicatorId) {
        return Columns.<InArea<SeriesPoint>>of()
                .add("area", InArea::area)
                .add("indicator", r -> indicatorId)
                .add("period", r -> r.item().period())
                .add("value", r -> Decimals.exact(r.item().value()))
                .add("status", r -> Codes.of(r.item().status()))
                .add("region", r -> Decimals.exact(r.item().region()))
                .add("neighbours", r -> Decimals.exact(r.item().neighbourAverage()))
                .add("neighbour_count", r -> r.item().neighbourCount())
                .add("england", r -> Decimals.exact(r.item().england()))
                .add("target", r -> Decimals.exact(r.item().target()))
                .add("target_lower", r -> Decimals.exact(r.item().targetLower()))
                .add("target_upper", r -> Decimals.exact(r.item().targetUpper()))
                .add("commentary", r -> r.item().commentary().orElse(""));
    }

    /** The columns of the text table, headed by the series' own region's name. */
    private static Columns<SeriesPoint> textColumns(TimeSeries s) {
        return Columns.<SeriesPoint>of()
                .add("Period", SeriesPoint::period)
                .add("Value", p -> shown(p.value(), s))
                .add(s.regionName().orElse("Region"), p -> shown(p.region(), s))
                .add("Neighbours", p -> shown(p.neighbourAverage(), s))
                .add("(n)", p -> p.neighbourCount() == 0 ? "" : Integer.toString(p.neighbourCount()))
                .add("England", p -> shown(p.england(), s))
                .add(
                        "Target",
                        p -> p.target().isPresent()
                                ? shown(p.target(), s)
                                : p.targetLower().isPresent() || p.targetUpper().isPresent()
                                        ? shown(p.targetLower(), s) + " to " + shown(p.targetUpper(), s)
                                        : "");
    }

    private static void text(PrintWriter out, Selection select, TimeSeries s) {
        out.println(s.indicatorName() + " (" + s.indicatorId() + "), " + select.areaName(s.areaCode())
                + s.neighbourGroup().map(g -> " · neighbours: " + g).orElse("") + " · policy "
                + s.policyReference());
        textColumns(s).text(out, s.points());
        s.points().forEach(p -> p.commentary().ifPresent(c -> out.println("Note, " + p.period() + ": " + c)));
        out.println();
    }

    /** A figure at the indicator's decimal places; "-" when absent. */
    private static String shown(Optional<BigDecimal> v, TimeSeries s) {
        return v.map(x -> x.setScale(s.decimalPlaces(), RoundingMode.HALF_UP).toPlainString())
                .orElse("-");
    }
}
