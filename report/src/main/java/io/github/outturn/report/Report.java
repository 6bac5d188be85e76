package io.github.outturn.report;

import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.highlight.Concern;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.statistics.FunnelLimit;
import io.github.outturn.statistics.FunnelPlot;
import io.github.outturn.statistics.RecentTrend;
import io.github.outturn.statistics.XmrChart;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.IndicatorRow;
import io.github.outturn.summary.ReconciliationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A committee report on one area's performance: every section holds results of the library (ratings,
 * directions of travel, summaries, highlights, exceptions, series, ranks), never a rule of its own.
 * Assembled by {@link Reports#assemble}, written by {@link HtmlReport}.
 *
 * <pre>{@code
 * Report r = Reports.assemble(dataset, "892", ReportOptions.defaults());
 * r.cover().areaName();                      // Optional[Nottingham]
 * r.summary().indicators().get().getSentence();   // "1 of 4 measures rated in ... are on target ..."
 * String html = HtmlReport.render(r);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param cover the cover: plan, area, period, date of the data, policies
 * @param summary the executive summary
 * @param sections one per theme (with its priorities), or one for every measure when the dataset
 *     has no themes
 * @param exceptions the measures and actions that need attention, most serious first
 * @param resources the budget position and the savings programme, when the dataset has finance data
 * @param details one page per indicator, when asked for
 * @param appendix methods, policies, sources and reconciliation
 */
public record Report(
        Cover cover,
        ExecutiveSummary summary,
        List<Section> sections,
        List<Concern> exceptions,
        Optional<Resources> resources,
        List<IndicatorDetail> details,
        Appendix appendix) {

    /** Copies the lists. */
    public Report {
        Objects.requireNonNull(resources, "resources");
        sections = List.copyOf(sections);
        exceptions = List.copyOf(exceptions);
        details = List.copyOf(details);
    }

    /**
     * The cover.
     *
     * <pre>{@code
     * report.cover().policies();   // ["outturn-default@2", "outturn-benchmark-default@3", ...]
     * }</pre>
     *
     * @param planName the plan's name, or the dataset's description when it has no plan
     * @param areaCode the area, empty for a plan of actions alone
     * @param areaName the area's name, likewise
     * @param period the period asked for; empty when each measure is shown at its latest period
     * @param latestPeriod the latest period of any figure in the report
     * @param updatedOn the latest date an action update was made, when the data say
     * @param policies the policies used, {@code id@version}
     */
    public record Cover(
            String planName,
            Optional<String> areaCode,
            Optional<String> areaName,
            Optional<ReportingPeriod> period,
            Optional<ReportingPeriod> latestPeriod,
            Optional<LocalDate> updatedOn,
            List<String> policies) {

        /** Copies the list. */
        public Cover {
            policies = List.copyOf(policies);
        }
    }

    /**
     * The executive summary.
     *
     * <pre>{@code
     * report.summary().goodNews().get(0).getSentence();   // "Nottingham's ... is the highest ..."
     * }</pre>
     *
     * @param goodNews good-news highlights, at most the options' number, in the engine's order
     * @param concerns bad-news highlights, likewise
     * @param moreGoodNews how many good-news highlights were left out of the summary
     * @param moreConcerns how many bad-news highlights were left out
     * @param indicators the plan's indicator roll-up: statuses, directions, "n of m on target"
     * @param actions the plan's action RAG distribution, when the plan has actions
     */
    public record ExecutiveSummary(
            List<Highlight> goodNews,
            List<Highlight> concerns,
            int moreGoodNews,
            int moreConcerns,
            Optional<IndicatorRollup> indicators,
            Optional<ActionSummary> actions) {

        /** Copies the lists. */
        public ExecutiveSummary {
            goodNews = List.copyOf(goodNews);
            concerns = List.copyOf(concerns);
        }
    }

    /**
     * A theme, or the whole plan when the dataset has no themes, with its priorities.
     *
     * <pre>{@code
     * report.sections().get(0).name();   // "Be healthy"
     * }</pre>
     *
     * @param id the theme's id, or empty for the whole plan
     * @param name the theme's name
     * @param actions the theme's action RAG distribution
     * @param indicators the theme's indicator roll-up
     * @param parts the theme's priorities; for a dataset without priorities, one part holding every measure
     */
    public record Section(
            Optional<String> id,
            String name,
            Optional<ActionSummary> actions,
            Optional<IndicatorRollup> indicators,
            List<Part> parts) {

        /** Copies the list. */
        public Section {
            parts = List.copyOf(parts);
        }
    }

    /**
     * A priority: its actions and its scorecard.
     *
     * <pre>{@code
     * report.sections().get(0).parts().get(0).scorecard().size();   // the priority's measures
     * }</pre>
     *
     * @param id the priority's id, or empty for a part holding every measure
     * @param name the priority's name
     * @param actions the priority's action RAG distribution
     * @param actionLines each of the priority's actions with its status and commentary
     * @param scorecard each of the priority's measures
     */
    public record Part(
            Optional<String> id,
            String name,
            Optional<ActionSummary> actions,
            List<ActionLine> actionLines,
            List<ScorecardRow> scorecard) {

        /** Copies the lists. */
        public Part {
            actionLines = List.copyOf(actionLines);
            scorecard = List.copyOf(scorecard);
        }
    }

    /**
     * An action with its status for the period and the commentary of its update.
     *
     * <pre>{@code
     * line.status();   // AMBER
     * }</pre>
     *
     * @param id the action's id
     * @param title the action's title
     * @param lead who leads it
     * @param status its status for the period (NO_DATA without an update)
     * @param commentary the update's commentary
     */
    public record ActionLine(
            String id, String title, Optional<String> lead, Status status, Optional<String> commentary) {}

    /**
     * One measure of the scorecard: the library's {@link IndicatorRow} (value, target and status,
     * directions of travel, comparisons, rank and quartile among authorities), with the recent series
     * for its sparkline and the comparison with the area's region.
     *
     * <pre>{@code
     * row.result().assessment().getStatus();   // RED
     * row.series().getPoints();             // up to 10 periods, for the sparkline
     * }</pre>
     *
     * @param indicator the indicator
     * @param period the period shown
     * @param value the area's value, absent when missing or suppressed
     * @param result the indicator's row: rating, directions, comparisons, rank, quartile
     * @param region the comparison with the published figure of the area's region
     * @param series the recent series with England, region and neighbours (its last point is the period's)
     * @param commentary the note recorded against the observation
     */
    public record ScorecardRow(
            Indicator indicator,
            ReportingPeriod period,
            Optional<BigDecimal> value,
            IndicatorRow result,
            Optional<Comparison> region,
            TimeSeries series,
            Optional<String> commentary) {}

    /**
     * One indicator's page: its time series beside its comparators, every authority ranked, and the
     * public-health charts where the data has them: the area's XmR chart, its recent trend and the
     * funnel plot of every authority.
     *
     * <pre>{@code
     * detail.ranked().stream().filter(RankedArea::isArea).findFirst();   // the area's bar
     * detail.control().map(c -> c.chart().reason());   // "Latest group: mean 74.1, limits ..."
     * detail.trend().map(RecentTrend::label);           // "Increasing and getting better"
     * detail.funnel().map(f -> f.plot().reason());
     * }</pre>
     *
     * @param row the indicator's scorecard row
     * @param ranked every authority with a value for the period, best first by the indicator's
     *     polarity (by value for measures without one)
     * @param control the area's XmR chart, when its series has at least {@link
     *     io.github.outturn.statistics.XmrCharts#SHORT_GROUP} values
     * @param trend the area's recent trend, when it can be calculated
     * @param funnel the funnel plot of every authority at the period, when the area and at least one
     *     other authority have a numerator and a denominator for a proportion or a rate
     */
    public record IndicatorDetail(
            ScorecardRow row,
            List<RankedArea> ranked,
            Optional<ControlChart> control,
            Optional<RecentTrend> trend,
            Optional<FunnelChart> funnel) {

        /** Copies the list. */
        public IndicatorDetail {
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(control, "control");
            Objects.requireNonNull(trend, "trend");
            Objects.requireNonNull(funnel, "funnel");
        }

        /**
         * A page without the public-health charts.
         *
         * @param row the indicator's scorecard row
         * @param ranked every authority with a value for the period, best first
         */
        public IndicatorDetail(ScorecardRow row, List<RankedArea> ranked) {
            this(row, ranked, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The area's XmR chart (NHS England's "Making Data Count"), as {@code XmrCharts.of} gives it, with
     * the period of each point.
     *
     * <pre>{@code
     * ControlChart c = detail.control().get();
     * c.periods().get(c.chart().points().get(0).index());   // the first point's period
     * }</pre>
     *
     * @param chart the library's chart
     * @param periods the period of each point, in the chart's order
     * @param leftOut the periods of the series left out, with why ("2019/20 (forecast)")
     */
    public record ControlChart(XmrChart chart, List<ReportingPeriod> periods, List<String> leftOut) {

        /** Copies the lists and checks that there is a period for every point. */
        public ControlChart {
            Objects.requireNonNull(chart, "chart");
            periods = List.copyOf(periods);
            leftOut = List.copyOf(leftOut);
            if (periods.size() != chart.points().size()) {
                throw new IllegalArgumentException(periods.size() + " periods for "
                        + chart.points().size() + " points: expected one period for each point");
            }
        }
    }

    /**
     * The funnel plot of every authority at the period (Public Health England's method), as {@code
     * FunnelPlots.of} gives it, with the authorities' names and where the area is.
     *
     * <pre>{@code
     * FunnelChart f = detail.funnel().get();
     * f.plot().points().get(f.areaIndex()).significance();   // the area's, such as HIGH_95
     * f.areaLimits();   // the 95% and 99.8% limits at the area's denominator (proportions)
     * }</pre>
     *
     * @param plot the library's plot; each record's area is an authority's code
     * @param names the authorities' names, in the order of the plot's points
     * @param areaIndex the index of the report's area among the points
     * @param areaLimits for a proportion, the limits at the area's denominator at 95% and 99.8%, as
     *     {@code FunnelPlots.proportionLimit} gives them; empty for a rate
     */
    public record FunnelChart(FunnelPlot plot, List<String> names, int areaIndex, List<FunnelLimit> areaLimits) {

        /** Copies the lists and checks that there is a name for every point. */
        public FunnelChart {
            Objects.requireNonNull(plot, "plot");
            names = List.copyOf(names);
            areaLimits = List.copyOf(areaLimits);
            if (names.size() != plot.points().size() || areaIndex < 0 || areaIndex >= names.size()) {
                throw new IllegalArgumentException(names.size() + " names and area index " + areaIndex + " for "
                        + plot.points().size() + " points: expected a name for each and the area among them");
            }
        }
    }

    /**
     * An authority's value for the ranked bar chart.
     *
     * <pre>{@code
     * new RankedArea("888", "Lancashire", new BigDecimal("65"), Optional.of(12), Optional.empty(), true);
     * }</pre>
     *
     * @param code the authority's code
     * @param name its name
     * @param value its value
     * @param rank its rank by the indicator's polarity (ties share the lowest), empty when the
     *     indicator is not ranked
     * @param interval its confidence interval, where one is given or can be computed
     * @param isArea whether it is the report's area
     */
    public record RankedArea(
            String code,
            String name,
            BigDecimal value,
            Optional<Integer> rank,
            Optional<ConfidenceInterval> interval,
            boolean isArea) {}

    /**
     * The resources section: the budget position (each service's forecast outturn against its budget,
     * the portfolios and the council) and the savings programme, as {@code Finance.report} gives them.
     *
     * <pre>{@code
     * report.resources().get().finance().getCouncil().get().getReason();
     * // "projected overspend of £1.6m (5.3% of the £30.6m budget): RED"
     * }</pre>
     *
     * @param finance the library's finance report at the period
     * @param policy the finance policy it was made under, which also says how amounts are shown
     */
    public record Resources(FinanceReport finance, FinancePolicy policy) {

        /** Checks the values. */
        public Resources {
            Objects.requireNonNull(finance, "finance");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The appendix.
     *
     * <pre>{@code
     * report.appendix().methods();   // sentences on how statuses, directions and ranks were decided
     * }</pre>
     *
     * @param methods the methods and policies in words
     * @param sources the data sources: what the dataset holds
     * @param reconciliation the printed figures checked, where the dataset holds any
     */
    public record Appendix(List<String> methods, List<String> sources, List<ReconciliationReport> reconciliation) {

        /** Copies the lists. */
        public Appendix {
            methods = List.copyOf(methods);
            sources = List.copyOf(sources);
            reconciliation = List.copyOf(reconciliation);
        }
    }
}
