package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.io.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

    @CommandLine.Parameters(
            index = "0",
            paramLabel = "DATASET",
            description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Option(names = "--indicator", paramLabel = "ID", required = true, description = "The indicator.")
    String indicatorId;

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
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        Selection select = new Selection(ds, spec);
        Indicator indicator = select.indicator(indicatorId);
        Optional<ReportingPeriod> upTo =
                period == null ? Optional.empty() : Optional.of(select.period(period, indicator));
        Map<String, TimeSeries> all = new LinkedHashMap<>();
        for (String code : areas.resolve(ds, select)) {
            all.put(code, TimeSeries.of(ds, indicator.getId(), code, upTo, periods, policy));
        }
        switch (output.format) {
            case json -> output.json(out, all);
            case csv -> {
                Csv.row(
                        out,
                        Arrays.asList(
                                "area",
                                "indicator",
                                "period",
                                "value",
                                "status",
                                "region",
                                "neighbours",
                                "neighbour_count",
                                "england",
                                "target",
                                "target_lower",
                                "target_upper",
                                "commentary"));
                all.forEach((area, s) -> s.getPoints()
                        .forEach(p -> Csv.row(
                                out,
                                Arrays.asList(
                                        area,
                                        s.getIndicatorId(),
                                        p.getPeriod(),
                                        HighlightsCommand.plain(p.getValue()),
                                        Codes.of(p.getStatus()),
                                        HighlightsCommand.plain(p.getRegion()),
                                        HighlightsCommand.plain(p.getNeighbourAverage()),
                                        p.getNeighbourCount(),
                                        HighlightsCommand.plain(p.getEngland()),
                                        HighlightsCommand.plain(p.getTarget()),
                                        HighlightsCommand.plain(p.getTargetLower()),
                                        HighlightsCommand.plain(p.getTargetUpper()),
                                        p.getCommentary().orElse("")))));
            }
            default -> all.forEach((area, s) -> text(out, select, s));
        }
        return Outturn.OK;
    }

    private static void text(PrintWriter out, Selection select, TimeSeries s) {
        out.println(s.getIndicatorName() + " (" + s.getIndicatorId() + "), " + select.areaName(s.getAreaCode())
                + s.getNeighbourGroup().map(g -> " · neighbours: " + g).orElse("") + " · policy "
                + s.getPolicyReference());
        TextTable table = new TextTable(
                "Period", "Value", s.getRegionName().orElse("Region"), "Neighbours", "(n)", "England", "Target");
        for (SeriesPoint p : s.getPoints()) {
            table.row(
                    p.getPeriod(),
                    shown(p.getValue(), s),
                    shown(p.getRegion(), s),
                    shown(p.getNeighbourAverage(), s),
                    p.getNeighbourCount() == 0 ? "" : Integer.toString(p.getNeighbourCount()),
                    shown(p.getEngland(), s),
                    p.getTarget().isPresent()
                            ? shown(p.getTarget(), s)
                            : p.getTargetLower().isPresent()
                                            || p.getTargetUpper().isPresent()
                                    ? shown(p.getTargetLower(), s) + " to " + shown(p.getTargetUpper(), s)
                                    : "");
        }
        table.print(out);
        s.getPoints().forEach(p -> p.getCommentary().ifPresent(c -> out.println("Note, " + p.getPeriod() + ": " + c)));
        out.println();
    }

    /** A figure at the indicator's decimal places; "-" when absent. */
    private static String shown(Optional<BigDecimal> v, TimeSeries s) {
        return v.map(x -> x.setScale(s.getDecimalPlaces(), RoundingMode.HALF_UP).toPlainString())
                .orElse("-");
    }
}
