package io.github.outturn.report;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Status;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.report.Report.ControlChart;
import io.github.outturn.report.Report.FunnelChart;
import io.github.outturn.report.Report.IndicatorDetail;
import io.github.outturn.report.Report.Part;
import io.github.outturn.report.Report.ScorecardRow;
import io.github.outturn.report.Report.Section;
import io.github.outturn.report.impl.FinanceSheets;
import io.github.outturn.report.impl.StatisticalCharts;
import io.github.outturn.report.impl.View;
import io.github.outturn.report.impl.Xlsx;
import io.github.outturn.report.impl.Xlsx.Sheet;
import io.github.outturn.statistics.FunnelPoint;
import io.github.outturn.statistics.XmrGroup;
import io.github.outturn.statistics.XmrPoint;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.RagDistribution;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Writes a {@link Report} as an Excel workbook analysts can keep working in: sheets Scorecard,
 * Exceptions, Actions (the action RAG distribution of the plan, each theme and each priority) and
 * Series, and where detail pages have them, Control charts and Funnel plots. Figures are numeric cells holding the exact value, shown at the indicator's decimal places
 * by a number format; a status is its word (as in the HTML) on the status's fill; each sheet has a
 * frozen header row, a filter and columns as wide as their contents. The workbook holds no rule:
 * every cell is a figure of the report.
 *
 * <pre>{@code
 * Report r = Reports.assemble(dataset, "892", ReportOptions.defaults());
 * XlsxReport.write(r, Path.of("report.xlsx"));   // whole or not at all
 * byte[] xlsx = XlsxReport.render(r);            // the same bytes for the same report
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class XlsxReport {

    private XlsxReport() {}

    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Scorecard", "Exceptions", "Actions", "Series");

    /**
     * The sheets of the detail pages' charts, written when some page has one: each XmR chart's points
     * and each funnel plot's authorities.
     */
    public static final List<String> CHART_SHEETS = List.of("Control charts", "Funnel plots");

    /**
     * The report as the bytes of an xlsx file.
     *
     * @param report the report, not null
     * @return the workbook
     */
    public static byte[] render(Report report) {
        return Xlsx.render(report.cover().planName(), wb -> {
            scorecard(new Sheet(wb.newWorksheet(SHEETS.get(0))), report);
            exceptions(new Sheet(wb.newWorksheet(SHEETS.get(1))), report);
            actions(new Sheet(wb.newWorksheet(SHEETS.get(2))), report);
            series(new Sheet(wb.newWorksheet(SHEETS.get(3))), report);
            if (report.details().stream().anyMatch(d -> d.control().isPresent())) {
                control(new Sheet(wb.newWorksheet(CHART_SHEETS.get(0))), report);
            }
            if (report.details().stream().anyMatch(d -> d.funnel().isPresent())) {
                funnel(new Sheet(wb.newWorksheet(CHART_SHEETS.get(1))), report);
            }
            if (report.resources().isPresent()) {
                FinanceSheets.write(
                        wb,
                        report.resources().get().finance(),
                        report.resources().get().policy());
            }
        });
    }

    /**
     * Writes the report as an xlsx file, whole or not at all (through {@link AtomicOutput}).
     *
     * @param report the report, not null
     * @param target the file
     * @throws IOException if it cannot be written; whatever was at the path is then untouched
     */
    public static void write(Report report, Path target) throws IOException {
        byte[] bytes = render(report);
        AtomicOutput.writeFile(target, out -> out.write(bytes));
    }

    private static void scorecard(Sheet s, Report report) throws IOException {
        s.header(
                "Theme",
                "Priority",
                "Measure",
                "Period",
                "Value",
                "Target",
                "Target upper",
                "Status",
                "Short term",
                "Long term",
                "England",
                "Against England",
                "Region",
                "Against region",
                "Neighbours",
                "Against neighbours",
                "Rank",
                "Of",
                "Quartile",
                "Commentary",
                "Reason",
                "Policy");
        for (Section sec : report.sections()) {
            for (Part part : sec.parts()) {
                for (ScorecardRow r : part.scorecard()) {
                    Indicator i = r.indicator();
                    IndicatorAssessment a = r.result().assessment();
                    Optional<Comparison> neighbours = r.result().neighbours().map(g -> g.comparison());
                    s.next();
                    s.text(sec.name());
                    s.text(part.name());
                    s.text(i.name());
                    s.text(r.period().toString());
                    s.value(r.value(), i);
                    s.value(a.targetValue().or(a::targetLower), i);
                    s.value(a.targetUpper(), i);
                    s.status(Optional.of(a.status()));
                    s.text(View.direction(r.result().shortTerm()));
                    s.text(View.direction(r.result().longTerm()));
                    for (Optional<Comparison> c : List.of(r.result().england(), r.region(), neighbours)) {
                        s.value(c.flatMap(Comparison::comparatorValue), i);
                        s.text(View.judgement(c));
                    }
                    s.count(r.result().rank().map(k -> k.rank()));
                    s.count(r.result().rank().map(k -> k.of()));
                    s.text(View.quartile(r.result()));
                    s.text(r.commentary().orElse(""));
                    s.text(a.reason());
                    s.text(a.policyReference());
                }
            }
        }
        s.finish();
    }

    private static void exceptions(Sheet s, Report report) throws IOException {
        s.header("Measure or action", "Kind", "Period", "Status", "Reasons", "Why", "Commentary", "Policy");
        for (Concern e : report.exceptions()) {
            s.next();
            s.text(e.name());
            s.text(e.subject() == Concern.Subject.ACTION ? "Action" : "Measure");
            s.text(e.period().toString());
            s.status(e.status());
            s.text(e.reasons().stream().map(View::reason).collect(Collectors.joining("; ")));
            s.text(String.join(" ", e.sentences()));
            s.text(e.commentary().orElse(""));
            s.text(e.policyReference());
        }
        s.finish();
    }

    private static void actions(Sheet s, Report report) throws IOException {
        List<String> head = new ArrayList<>(List.of("Theme", "Priority", "Period", "Actions"));
        View.STATUSES.forEach(st -> head.add(View.statusWord(st)));
        View.STATUSES.forEach(st -> head.add(View.statusWord(st) + " %"));
        head.addAll(List.of("Total", "Policy"));
        s.header(head.toArray(String[]::new));
        report.summary().actions().ifPresent(a -> actionRow(s, "The whole plan", "", a));
        for (Section sec : report.sections()) {
            sec.actions().ifPresent(a -> actionRow(s, sec.name(), "", a));
            for (Part part : sec.parts()) {
                part.actions().ifPresent(a -> actionRow(s, sec.name(), part.name(), a));
            }
        }
        s.finish();
    }

    private static void actionRow(Sheet s, String theme, String priority, ActionSummary a) {
        RagDistribution d = a.distribution();
        s.next();
        s.text(theme);
        s.text(priority);
        s.text(a.period().toString());
        s.count(Optional.of(a.actionCount()));
        for (Status st : View.STATUSES) {
            s.number(exact(d.count(st)), View.countPlaces(d.count(st), d), false);
        }
        for (Status st : View.STATUSES) {
            s.number(d.displayedPercentage(st), d.percentageDecimals(), true);
        }
        s.number(exact(d.overallTotal()), View.countPlaces(d.overallTotal(), d), false);
        s.text(d.policyReference());
    }

    private static void series(Sheet s, Report report) throws IOException {
        s.header(
                "Measure",
                "Period",
                "Value",
                "Region",
                "Neighbours' average",
                "England",
                "Target",
                "Target upper",
                "Commentary");
        for (Section sec : report.sections()) {
            for (Part part : sec.parts()) {
                for (ScorecardRow r : part.scorecard()) {
                    Indicator i = r.indicator();
                    for (SeriesPoint p : r.series().points()) {
                        s.next();
                        s.text(i.name());
                        s.text(p.period().toString());
                        s.value(p.value(), i);
                        s.value(p.region(), i);
                        s.value(p.neighbourAverage(), i);
                        s.value(p.england(), i);
                        s.value(p.target().or(p::targetLower), i);
                        s.value(p.targetUpper(), i);
                        s.text(p.commentary().orElse(""));
                    }
                }
            }
        }
        s.finish();
    }

    private static void control(Sheet s, Report report) throws IOException {
        s.header(
                "Measure",
                "Period",
                "Value",
                "Group",
                "Mean",
                "Lower limit",
                "Upper limit",
                "Rule met",
                "Shows",
                "Target",
                "Method");
        for (IndicatorDetail d : report.details()) {
            if (d.control().isEmpty()) {
                continue;
            }
            Indicator i = d.row().indicator();
            ControlChart c = d.control().get();
            for (XmrPoint p : c.chart().points()) {
                XmrGroup g = c.chart().groups().get(p.group());
                s.next();
                s.text(i.name());
                s.text(c.periods().get(p.index()).toString());
                s.value(Optional.of(BigDecimal.valueOf(p.value())), i);
                s.count(Optional.of(p.group() + 1));
                for (double x : new double[] {g.mean(), g.lowerLimit(), g.upperLimit()}) {
                    s.computed(x, i);
                }
                s.text(p.specialCause().label());
                s.text(StatisticalCharts.kind(p.type()).word());
                s.value(
                        c.chart().settings().target().isPresent()
                                ? Optional.of(BigDecimal.valueOf(
                                        c.chart().settings().target().getAsDouble()))
                                : Optional.empty(),
                        i);
                s.text(c.chart().method().reference());
            }
        }
        s.finish();
    }

    private static void funnel(Sheet s, Report report) throws IOException {
        s.header(
                "Measure",
                "Period",
                "Authority",
                "Code",
                "Numerator",
                "Denominator",
                "Value",
                "Centre line",
                "Against the limits",
                "Method");
        for (IndicatorDetail d : report.details()) {
            if (d.funnel().isEmpty()) {
                continue;
            }
            Indicator i = d.row().indicator();
            FunnelChart f = d.funnel().get();
            for (int k = 0; k < f.plot().points().size(); k++) {
                FunnelPoint p = f.plot().points().get(k);
                s.next();
                s.text(i.name());
                s.text(d.row().period().toString());
                s.text(f.names().get(k));
                s.text(p.record().area());
                s.number(Optional.of(BigDecimal.valueOf(p.record().numerator())), 0, false);
                s.number(
                        p.denominator().isPresent()
                                ? Optional.of(BigDecimal.valueOf(p.denominator().getAsDouble()))
                                : Optional.empty(),
                        0,
                        false);
                s.value(
                        p.value().isPresent()
                                ? Optional.of(BigDecimal.valueOf(p.value().getAsDouble()))
                                : Optional.empty(),
                        i);
                s.computed(f.plot().baseline(), i);
                s.text(View.significance(p.significance()));
                s.text(f.plot().method().reference());
            }
        }
        s.finish();
    }

    /** A fraction of actions as a decimal, to more digits than Excel keeps: 13/3 is 4.33333333333333. */
    private static Optional<BigDecimal> exact(BigFraction f) {
        return Optional.of(f.bigDecimalValue(Xlsx.EXCEL.getPrecision() + 5, RoundingMode.HALF_EVEN));
    }
}
