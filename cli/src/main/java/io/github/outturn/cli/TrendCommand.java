package io.github.outturn.cli;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.statistics.RecentTrend;
import io.github.outturn.statistics.RecentTrends;
import io.github.outturn.statistics.TrendMarker;
import io.github.outturn.statistics.TrendPoint;
import io.github.outturn.statistics.TrendTest;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn trend DATASET --indicator ID [--area CODE] [--test T]}: Fingertips' recent trend of
 * one area's series over its latest five points, worded by the indicator's polarity. The trend is
 * {@link RecentTrends#of}'s; this class only gathers the points and prints it.
 */
@Command(
        name = "trend",
        mixinStandardHelpOptions = true,
        description = "Shows Fingertips' recent trend of one indicator for one area: whether its latest five"
                + " yearly points rise or fall significantly, and whether that is getting better or worse."
                + " The observations need counts and denominators (and 95%% limits for the weighted"
                + " regression).")
final class TrendCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndicatorOptions shown;

    @Mixin
    OneAreaOption area;

    @Option(
            names = "--test",
            paramLabel = "TEST",
            defaultValue = "weighted_regression",
            description = "weighted_regression (Fingertips' default; needs 95%% limits) or chi_squared_for_trend"
                    + " (proportions only). Default: ${DEFAULT-VALUE}.")
    TrendTest test;

    @Mixin
    InputOptions input;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        IndicatorOptions.Shown chosen = shown.read(input, spec);
        Indicator indicator = chosen.indicator();
        String code = chosen.select().area(area.area);
        List<Observation> series = chosen.dataset().series(indicator.id(), code);
        RecentTrend trend = RecentTrends.of(indicator, series, test);
        Map<Integer, String> labels = new HashMap<>();
        for (Observation o : series) {
            if (o.status() != ObservationStatus.FORECAST) {
                labels.put(o.period().start().getYear(), o.period().label());
            }
        }
        if (trend.marker() == TrendMarker.CANNOT_BE_CALCULATED) {
            spec.commandLine()
                    .getErr()
                    .println("outturn trend: the recent trend of " + indicator.id() + " for "
                            + chosen.select().areaName(code) + " cannot be calculated: " + trend.reason());
            return Outturn.USAGE;
        }
        switch (output.format) {
            case json -> output.json(out, trend);
            case csv -> {
                Csv.row(
                        out,
                        Arrays.asList(
                                "area",
                                "indicator",
                                "test",
                                "marker",
                                "label",
                                "chi_squared",
                                "slope",
                                "significant",
                                "from",
                                "to",
                                "reason"));
                Csv.row(
                        out,
                        Arrays.asList(
                                code,
                                indicator.id(),
                                trend.test().name().toLowerCase(java.util.Locale.ROOT),
                                trend.marker().name().toLowerCase(java.util.Locale.ROOT),
                                trend.label(),
                                trend.chiSquared().getAsDouble(),
                                trend.slope().getAsDouble(),
                                trend.significant(),
                                labels.get(trend.points().get(0).year()),
                                labels.get(trend.points()
                                        .get(trend.points().size() - 1)
                                        .year()),
                                trend.reason()));
            }
            default -> {
                out.println(indicator.name() + " (" + indicator.id() + "), "
                        + chosen.select().areaName(code) + " · recent trend · " + trend.inputs());
                TextTable table = new TextTable("Period", "Count", "Denominator", "Value", "Lower 95%", "Upper 95%");
                for (TrendPoint p : trend.points()) {
                    table.row(
                            labels.get(p.year()),
                            shown(p.count()),
                            shown(p.denominator()),
                            shown(p.value()),
                            shown(p.lower95()),
                            shown(p.upper95()));
                }
                table.print(out);
                out.println(trend.reason());
            }
        }
        return Outturn.OK;
    }

    /** A figure as it was read (doubles from exact decimals print back as the decimal); "-" if missing. */
    private static String shown(double x) {
        return Double.isNaN(x)
                ? "-"
                : BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
