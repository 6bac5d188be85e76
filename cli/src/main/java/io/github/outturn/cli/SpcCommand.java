package io.github.outturn.cli;

import io.github.outturn.model.Codes;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.period.PeriodParseException;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.statistics.ImprovementDirection;
import io.github.outturn.statistics.XmrChart;
import io.github.outturn.statistics.XmrCharts;
import io.github.outturn.statistics.XmrGroup;
import io.github.outturn.statistics.XmrPoint;
import io.github.outturn.statistics.XmrSettings;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code outturn spc DATASET --indicator ID [--area CODE] [--from PERIOD] [--target V]}: the XmR chart
 * ("Making Data Count") of one area's series, each point with its special-cause rule and what it
 * shows by the indicator's polarity. The chart is {@link XmrCharts#of}'s; this class only prints it.
 */
@Command(
        name = "spc",
        mixinStandardHelpOptions = true,
        description = "Shows the XmR (statistical process control) chart of one indicator for one area, as NHS"
                + " England's \"Making Data Count\" draws it: the mean, the process limits, each point's special"
                + " cause and, with a target, whether the process can be relied on to meet it.")
final class SpcCommand implements Callable<Integer> {

    /** The CSV columns, one row per point. */
    static final List<String> CSV_HEADER = Arrays.asList(
            "area",
            "indicator",
            "period",
            "value",
            "group",
            "mean",
            "lower_limit",
            "upper_limit",
            "outside_limits",
            "close_to_limits",
            "special_cause",
            "point_type");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndicatorOptions shown;

    @Mixin
    OneAreaOption area;

    @Option(names = "--from", paramLabel = "PERIOD", description = "The first period; default: the earliest.")
    String from;

    @Option(
            names = "--target",
            paramLabel = "V",
            description = "A target, for assurance: whether the process will meet it always, never or sometimes.")
    BigDecimal target;

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
        Optional<ReportingPeriod> first = Optional.empty();
        if (from != null) {
            try {
                first = Optional.of(ReportingPeriod.parse(from, indicator.yearType()));
            } catch (PeriodParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--from: " + e.getMessage());
            }
        }
        List<Observation> used = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Observation o : chosen.dataset().series(indicator.id(), code)) {
            if (first.isPresent() && o.period().start().isBefore(first.get().start())) {
                continue;
            }
            if (o.value().isPresent() && o.status() != ObservationStatus.FORECAST) {
                used.add(o);
            } else {
                leftOut.add(o.period().label() + " (" + Codes.of(o.status()) + ")");
            }
        }
        if (used.size() < 2) {
            spec.commandLine()
                    .getErr()
                    .println("outturn spc: " + indicator.id() + " has " + used.size() + " value"
                            + (used.size() == 1 ? "" : "s") + " for "
                            + chosen.select().areaName(code)
                            + (first.map(p -> " from " + p.label()).orElse(""))
                            + ": an XmR chart needs at least 2");
            return Outturn.USAGE;
        }
        double[] values = used.stream()
                .mapToDouble(o -> o.value().orElseThrow().doubleValue())
                .toArray();
        XmrSettings settings = XmrSettings.of(ImprovementDirection.of(indicator.polarity()));
        if (target != null) {
            settings = settings.withTarget(target.doubleValue());
        }
        XmrChart chart = XmrCharts.of(values, settings);
        int places = indicator.decimalPlaces() + Decimals.EXTRA;
        switch (output.format) {
            case json -> output.json(out, chart);
            case csv -> {
                Csv.row(out, CSV_HEADER);
                for (XmrPoint p : chart.points()) {
                    XmrGroup g = chart.groups().get(p.group());
                    Csv.row(
                            out,
                            Arrays.asList(
                                    code,
                                    indicator.id(),
                                    used.get(p.index()).period().label(),
                                    Decimals.published(used.get(p.index()).value(), ""),
                                    p.group() + 1,
                                    Decimals.computed(g.mean(), places),
                                    Decimals.computed(g.lowerLimit(), places),
                                    Decimals.computed(g.upperLimit(), places),
                                    p.outsideLimits(),
                                    p.closeToLimits(),
                                    p.specialCause().label(),
                                    p.type().code()));
                }
            }
            default -> {
                out.println(indicator.name() + " (" + indicator.id() + "), "
                        + chosen.select().areaName(code) + " · XmR chart · " + chart.inputs());
                TextTable table = new TextTable(
                        "Period", "Value", "Mean", "Lower limit", "Upper limit", "Special cause", "Shows");
                for (XmrPoint p : chart.points()) {
                    XmrGroup g = chart.groups().get(p.group());
                    table.row(
                            used.get(p.index()).period().label(),
                            Decimals.published(used.get(p.index()).value(), "-"),
                            Decimals.computed(g.mean(), places),
                            Decimals.computed(g.lowerLimit(), places),
                            Decimals.computed(g.upperLimit(), places),
                            p.specialCause().label()
                                    + (p.closeToLimits() ? " (close to a limit)" : "")
                                    + (p.outsideLimits() ? " (outside a limit)" : ""),
                            p.type().code().replace('_', ' '));
                }
                table.print(out);
                for (XmrGroup g : chart.groups()) {
                    if (g.shortGroupWarning()) {
                        out.println("Warning: limits from " + (g.end() - g.start()) + " points; "
                                + XmrCharts.SHORT_GROUP + " or more are needed for reliable limits.");
                    }
                }
                if (!leftOut.isEmpty()) {
                    out.println("Left out: " + String.join(", ", leftOut) + ".");
                }
                out.println(chart.reason());
            }
        }
        return Outturn.OK;
    }
}
