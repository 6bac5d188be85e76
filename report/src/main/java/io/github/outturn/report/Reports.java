package io.github.outturn.report;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.finance.Breach;
import io.github.outturn.finance.Finance;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.IndicatorRollups;
import io.github.outturn.highlight.News;
import io.github.outturn.highlight.SeriesPoint;
import io.github.outturn.highlight.TimeSeries;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.report.Report.ActionLine;
import io.github.outturn.report.Report.Appendix;
import io.github.outturn.report.Report.Cover;
import io.github.outturn.report.Report.ExecutiveSummary;
import io.github.outturn.report.Report.IndicatorDetail;
import io.github.outturn.report.Report.Part;
import io.github.outturn.report.Report.RankedArea;
import io.github.outturn.report.Report.Resources;
import io.github.outturn.report.Report.ScorecardRow;
import io.github.outturn.report.Report.Section;
import io.github.outturn.statistics.RecentTrends;
import io.github.outturn.statistics.StatisticalMethod;
import io.github.outturn.statistics.XmrCharts;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.IndicatorRow;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.Reconciliation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Assembles a {@link Report} from a dataset: every figure is a result of the library's rules
 * (IndicatorRating, DirectionOfTravelRating, ActionSummaries, Highlights, Exceptions,
 * IndicatorRollups, TimeSeries, AreaBenchmarks, Reconciliation), under the options' policies.
 *
 * <pre>{@code
 * Report r = Reports.assemble(dataset, "892", ReportOptions.defaults().withDetail(true));
 * }</pre>
 *
 * <p>Which measures appear: those the area has an observation for, at the period asked for, or at
 * their latest period when none is. Which actions: all the plan's, at the period asked for or the
 * latest period of any update. Pure functions; thread-safe.
 */
public final class Reports {

    private Reports() {}

    /** The stand-in area of a plan of actions alone. */
    private static final String PLAN_AREA = "outturn-plan";

    /**
     * Assembles the report of an area, each measure at its latest period and the actions at the
     * latest action update.
     *
     * @param dataset the dataset, valid, not null
     * @param areaCode the area, known to the dataset
     * @param options the policies and what to show, not null
     * @return the report
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static Report assemble(Dataset dataset, String areaCode, ReportOptions options) {
        Objects.requireNonNull(areaCode, "areaCode");
        return assemble(dataset, Optional.of(areaCode), Optional.empty(), options);
    }

    /**
     * Assembles the report of an area at a period.
     *
     * @param dataset the dataset, valid, not null
     * @param areaCode the area, known to the dataset
     * @param period the period, not null
     * @param options the policies and what to show, not null
     * @return the report
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static Report assemble(Dataset dataset, String areaCode, ReportingPeriod period, ReportOptions options) {
        Objects.requireNonNull(areaCode, "areaCode");
        return assemble(dataset, Optional.of(areaCode), Optional.of(period), options);
    }

    /**
     * Assembles the report of a plan of actions alone, which has no area, at the latest action
     * update: its measures' sections and highlights are empty, its exception report lists the plan's
     * actions that need attention.
     *
     * @param dataset the dataset, valid, not null
     * @param options the policies and what to show, not null
     * @return the report
     */
    public static Report assemble(Dataset dataset, ReportOptions options) {
        return assemble(dataset, Optional.empty(), Optional.empty(), options);
    }

    /**
     * Assembles the report of a plan of actions alone, which has no area, at a period.
     *
     * @param dataset the dataset, valid, not null
     * @param period the period, not null
     * @param options the policies and what to show, not null
     * @return the report
     */
    public static Report assemble(Dataset dataset, ReportingPeriod period, ReportOptions options) {
        return assemble(dataset, Optional.empty(), Optional.of(period), options);
    }

    private static Report assemble(
            Dataset given, Optional<String> code, Optional<ReportingPeriod> period, ReportOptions options) {
        Objects.requireNonNull(given, "dataset");
        // The highlight engine looks at an area; a plan of actions alone is looked at through a
        // stand-in area with no observation, so that only its actions can need attention.
        Dataset dataset = code.isPresent()
                ? given
                : Dataset.builder()
                        .from(given)
                        .addAreas(Area.of(PLAN_AREA, "the plan", AreaType.OTHER))
                        .build();
        String areaCode = code.orElse(PLAN_AREA);
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(options, "options");
        RatingPolicy rating = options.ratingPolicy();
        BenchmarkPolicy benchmark = options.benchmarkPolicy();
        HighlightPolicy highlight = options.highlightPolicy();
        List<Highlight> highlights = period.map(
                        p -> Highlights.find(dataset, areaCode, p, highlight, rating, benchmark))
                .orElseGet(() -> Highlights.find(dataset, areaCode, highlight, rating, benchmark));
        List<IndicatorRollup> rollups = period.map(p -> IndicatorRollups.of(dataset, areaCode, p, rating))
                .orElseGet(() -> IndicatorRollups.of(dataset, areaCode, rating));
        Optional<ReportingPeriod> actionPeriod = period.or(
                () -> dataset.actionUpdates().stream().map(ActionUpdate::period).max(Comparator.naturalOrder()));
        Optional<PlanSummary> actions = dataset.actions().isEmpty()
                ? Optional.empty()
                : actionPeriod.map(p -> ActionSummaries.summarise(dataset, p, rating));
        Map<String, ScorecardRow> rows = new LinkedHashMap<>();
        for (Indicator i : dataset.indicators()) {
            if (options.judgedOnly() && i.polarity() == Polarity.NO_JUDGEMENT) {
                continue;
            }
            row(dataset, i, areaCode, period, options).ifPresent(r -> rows.put(i.id(), r));
        }

        List<Section> sections = sections(dataset, rollups, actions, actionPeriod, rows);
        List<IndicatorDetail> details = new ArrayList<>();
        if (options.detail()) {
            for (ScorecardRow r : rows.values()) {
                details.add(new IndicatorDetail(
                        r,
                        ranked(dataset, r, benchmark),
                        DetailCharts.control(dataset, r),
                        DetailCharts.trend(dataset, r),
                        DetailCharts.funnel(dataset, r, benchmark)));
            }
        }
        Optional<Resources> resources = resources(given, period, options.financePolicy());
        return new Report(
                cover(dataset, code, period, rows, actionPeriod, resources, options),
                summary(highlights, rollups, actions, options.summaryHighlights()),
                sections,
                period.map(p -> Exceptions.find(dataset, areaCode, p, highlight, rating, benchmark))
                        .orElseGet(() -> Exceptions.find(dataset, areaCode, highlight, rating, benchmark)),
                resources,
                details,
                appendix(dataset, options));
    }

    /**
     * The resources section when the dataset has budget lines or savings: at the period asked for
     * when the finance data has it (a forecast is made at a financial quarter, month, half or year),
     * otherwise at the latest period of the finance data.
     */
    private static Optional<Resources> resources(Dataset ds, Optional<ReportingPeriod> period, FinancePolicy policy) {
        return Finance.latestPeriod(ds).map(latest -> {
            ReportingPeriod at = period.filter(p -> ds.budgetLines().stream()
                                    .anyMatch(l -> l.period().equals(p))
                            || ds.savings().stream().anyMatch(x -> x.period().equals(p)))
                    .orElse(latest);
            return new Resources(Finance.report(ds, at, policy), policy);
        });
    }

    private static Optional<ScorecardRow> row(
            Dataset ds, Indicator i, String area, Optional<ReportingPeriod> period, ReportOptions options) {
        TimeSeries series = period.map(
                        p -> TimeSeries.of(ds, i.id(), area, p, TimeSeries.MAX_PERIODS, options.benchmarkPolicy()))
                .orElseGet(() -> TimeSeries.of(ds, i.id(), area, TimeSeries.MAX_PERIODS, options.benchmarkPolicy()));
        if (series.points().isEmpty()) {
            return Optional.empty();
        }
        SeriesPoint last = series.points().get(series.points().size() - 1);
        ReportingPeriod p = last.period();
        if (period.isPresent() && !period.get().equals(p)) {
            return Optional.empty();
        }
        IndicatorRow row = IndicatorRow.of(ds, i.id(), area, p, options.ratingPolicy(), options.benchmarkPolicy());
        return Optional.of(new ScorecardRow(i, p, last.value(), row, row.region(ds), series, last.commentary()));
    }

    private static Cover cover(
            Dataset ds,
            Optional<String> area,
            Optional<ReportingPeriod> period,
            Map<String, ScorecardRow> rows,
            Optional<ReportingPeriod> actionPeriod,
            Optional<Resources> resources,
            ReportOptions options) {
        Optional<ReportingPeriod> latest =
                rows.values().stream().map(ScorecardRow::period).max(Comparator.naturalOrder());
        if (actionPeriod.isPresent() && !ds.actions().isEmpty()) {
            latest = latest.map(p -> p.compareTo(actionPeriod.get()) >= 0 ? p : actionPeriod.get())
                    .or(() -> actionPeriod);
        }
        Optional<LocalDate> updatedOn = ds.actionUpdates().stream()
                .map(ActionUpdate::updatedOn)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        Optional<String> areaName = area.map(a -> ds.findArea(a).map(Area::name).orElse(a));
        return new Cover(
                ds.plan().map(Plan::name).orElse("Performance of " + areaName.orElse("the plan")),
                area,
                areaName,
                period,
                latest,
                updatedOn,
                resources.isEmpty()
                        ? options.policyReferences()
                        : Stream.concat(
                                        options.policyReferences().stream(),
                                        Stream.of(options.financePolicy().reference()))
                                .toList());
    }

    private static ExecutiveSummary summary(
            List<Highlight> highlights, List<IndicatorRollup> rollups, Optional<PlanSummary> actions, int limit) {
        List<Highlight> good =
                highlights.stream().filter(h -> h.news() == News.GOOD).collect(Collectors.toList());
        List<Highlight> bad =
                highlights.stream().filter(h -> h.news() == News.BAD).collect(Collectors.toList());
        return new ExecutiveSummary(
                good.subList(0, Math.min(limit, good.size())),
                bad.subList(0, Math.min(limit, bad.size())),
                Math.max(0, good.size() - limit),
                Math.max(0, bad.size() - limit),
                rollups.stream()
                        .filter(r -> r.scope() == SummaryScope.PLAN
                                && r.counts().values().stream().anyMatch(n -> n > 0))
                        .findFirst(),
                actions.map(PlanSummary::plan));
    }

    private static List<Section> sections(
            Dataset ds,
            List<IndicatorRollup> rollups,
            Optional<PlanSummary> actions,
            Optional<ReportingPeriod> actionPeriod,
            Map<String, ScorecardRow> rows) {
        List<Section> out = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        for (Theme t : ds.themes()) {
            List<Part> parts = new ArrayList<>();
            for (Priority p : ds.priorities()) {
                if (p.themeId().map(t.id()::equals).orElse(false)) {
                    parts.add(part(ds, p, rollups, actions, actionPeriod, rows, placed));
                }
            }
            out.add(new Section(
                    Optional.of(t.id()),
                    t.name(),
                    actions.flatMap(s -> s.find(SummaryScope.THEME, t.id())),
                    rollup(rollups, SummaryScope.THEME, t.id()),
                    parts));
        }
        List<Part> rest = new ArrayList<>();
        for (Priority p : ds.priorities()) {
            if (p.themeId().flatMap(ds::findTheme).isEmpty()) {
                rest.add(part(ds, p, rollups, actions, actionPeriod, rows, placed));
            }
        }
        List<ScorecardRow> unplaced = rows.values().stream()
                .filter(r -> !placed.contains(r.indicator().id()))
                .collect(Collectors.toList());
        if (!unplaced.isEmpty()) {
            rest.add(new Part(
                    Optional.empty(),
                    ds.priorities().isEmpty() ? "Every measure" : "Measures of no priority",
                    Optional.empty(),
                    List.of(),
                    unplaced));
        }
        if (!rest.isEmpty()) {
            boolean whole = ds.themes().isEmpty();
            out.add(new Section(
                    Optional.empty(),
                    whole
                            ? (ds.priorities().isEmpty() ? "Scorecard" : "Performance by priority")
                            : "Other priorities and measures",
                    Optional.empty(),
                    whole
                            ? rollups.stream()
                                    .filter(r -> r.scope() == SummaryScope.PLAN)
                                    .findFirst()
                            : Optional.empty(),
                    rest));
        }
        return out;
    }

    private static Part part(
            Dataset ds,
            Priority p,
            List<IndicatorRollup> rollups,
            Optional<PlanSummary> actions,
            Optional<ReportingPeriod> actionPeriod,
            Map<String, ScorecardRow> rows,
            List<String> placed) {
        List<ActionLine> lines = new ArrayList<>();
        if (actionPeriod.isPresent()) {
            for (Action a : ds.actions()) {
                if (a.priorityIds().contains(p.id())) {
                    Optional<ActionUpdate> u = ds.findUpdate(a.id(), actionPeriod.get());
                    lines.add(new ActionLine(
                            a.id(),
                            a.title(),
                            a.lead(),
                            ActionSummaries.statusOf(ds, a.id(), actionPeriod.get()),
                            u.flatMap(ActionUpdate::commentary)));
                }
            }
        }
        List<ScorecardRow> scorecard = new ArrayList<>();
        for (ScorecardRow r : rows.values()) {
            if (r.indicator().priorityIds().contains(p.id())) {
                scorecard.add(r);
                placed.add(r.indicator().id());
            }
        }
        return new Part(
                Optional.of(p.id()),
                p.name(),
                actions.flatMap(s -> s.find(SummaryScope.PRIORITY, p.id())),
                lines,
                scorecard);
    }

    private static Optional<IndicatorRollup> rollup(List<IndicatorRollup> rollups, SummaryScope scope, String id) {
        return rollups.stream()
                .filter(r -> r.scope() == scope && r.scopeId().map(id::equals).orElse(false))
                .findFirst();
    }

    /** Every authority with a value, best first by the library's ranking (by value where not ranked). */
    private static List<RankedArea> ranked(Dataset ds, ScorecardRow row, BenchmarkPolicy policy) {
        Indicator indicator = row.indicator();
        ComparatorGroup all = AreaBenchmarks.authorities(ds, indicator.id(), row.period(), policy);
        String area = row.series().areaCode();
        List<String> codes = new ArrayList<>(all.memberCodes());
        if (!codes.contains(area) && row.value().isPresent()) {
            codes.add(area);
        }
        List<Observation> observations = new ArrayList<>();
        for (String code : codes) {
            ds.findObservation(indicator.id(), code, row.period())
                    .filter(o -> o.value().isPresent())
                    .ifPresent(observations::add);
        }
        List<BigDecimal> values =
                observations.stream().map(o -> o.value().orElseThrow()).collect(Collectors.toList());
        int[] order = new int[values.size()];
        if (Ranking.isRanked(indicator.polarity())) {
            Ranking ranking = Ranking.of(values, indicator.polarity());
            for (int k = 0; k < order.length; k++) {
                order[k] = ranking.rankNumberAt(k);
            }
        }
        List<Integer> index = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            index.add(k);
        }
        index.sort(Comparator.comparingInt((Integer k) -> order[k])
                .thenComparing((Integer k) -> values.get(k), Comparator.reverseOrder())
                .thenComparing(k -> observations.get(k).areaCode()));
        List<RankedArea> out = new ArrayList<>();
        for (int k : index) {
            Observation o = observations.get(k);
            out.add(new RankedArea(
                    o.areaCode(),
                    ds.findArea(o.areaCode()).map(Area::name).orElse(o.areaCode()),
                    values.get(k),
                    Ranking.isRanked(indicator.polarity()) ? Optional.of(order[k]) : Optional.empty(),
                    ConfidenceIntervals.of(indicator, o, policy.confidenceLevel()),
                    o.areaCode().equals(area)));
        }
        return out;
    }

    private static Appendix appendix(Dataset ds, ReportOptions options) {
        RatingPolicy r = options.ratingPolicy();
        BenchmarkPolicy b = options.benchmarkPolicy();
        HighlightPolicy h = options.highlightPolicy();
        List<String> methods = new ArrayList<>(List.of(
                "Each measure is rated against its target by rating policy " + r.reference()
                        + ": values are compared " + words(r.valueComparison())
                        + "; a target that states no tolerance has one of " + r.defaultTolerance()
                        + (r.blueMargin().isPresent()
                                ? "; beating the target by " + r.blueMargin().get() + " or more is Blue"
                                : "; no measure is rated Blue")
                        + ".",
                "Directions of travel compare the latest value with the previous period (short term) and with "
                        + r.longTermYears() + " years earlier (long term), by the measure's polarity.",
                "Actions are counted " + words(r.countingMethod()) + "; percentages are rounded "
                        + words(r.percentageRounding()) + " to " + r.percentageDecimals()
                        + " decimal places, counts shown to " + r.countDecimals() + ".",
                "Comparisons with England, the region and statistical neighbours follow benchmark policy "
                        + b.reference() + ": judged " + words(b.judgementBasis())
                        + ", neighbours' averages by the "
                        + words(b.averageMethod()) + ", confidence intervals at " + b.confidenceLevel() + ".",
                "Ranks and quartiles are among " + b.rankingSet().describe() + "; rank 1 is the best by the "
                        + "measure's polarity, and quartile A the best quarter (a value on a cut point goes by the "
                        + words(b.boundaryRule()) + " rule).",
                "Highlights and exceptions are chosen by highlight policy " + h.reference()
                        + ": ranks within the top "
                        + h.topN() + " (top " + h.neighbourTopN() + " among neighbours), no rank from fewer than "
                        + h.minimumGroupSize() + " values, records from series of " + h.minimumSeriesLength()
                        + " or more, changes of " + h.minimumRelativeChange().toPlainString()
                        + "% or more, at most " + h.maxPerIndicator() + " per measure."));
        if (options.detail()) {
            methods.add("On a measure's page, the XmR chart of the area's series follows NHS England's \"Making Data"
                    + " Count\" (" + StatisticalMethod.XMR_CHART.reference() + "): the centre line is the mean, the"
                    + " process limits the mean plus or minus 2.66 mean moving ranges, and special-cause points are"
                    + " marked as improvement or concern by the measure's polarity; it is drawn for series of "
                    + XmrCharts.SHORT_GROUP + " values or more. The recent trend is Fingertips' ("
                    + StatisticalMethod.RECENT_TREND.reference() + ", weighted regression over the latest "
                    + RecentTrends.POINTS + " yearly points). The funnel plot of every authority with a numerator and"
                    + " a denominator follows Public Health England's method ("
                    + StatisticalMethod.FUNNEL_PLOT.reference() + "), with limits at 95% and 99.8%.");
        }
        boolean finance = !ds.budgetLines().isEmpty() || !ds.savings().isEmpty();
        if (finance) {
            FinancePolicy f = options.financePolicy();
            methods.add("Budgets are judged by finance policy " + f.reference() + ": the variance is the forecast"
                    + " outturn less the budget (an overspend, or income short of its budget, is positive); over by more"
                    + " than " + f.amberPercent().toPlainString() + "% of the budget"
                    + (f.breach() == Breach.BOTH_LIMITS ? " and" : " or") + " more than £"
                    + f.amberAmount().toPlainString() + " is Red, over by less than "
                    + f.greenPercent().toPlainString() + "% is Green, else Amber; statuses are decided on the exact"
                    + " figures. Figures shown: " + f.describeDisplay() + ".");
        }
        List<String> sources = new ArrayList<>();
        Optional<ReportingPeriod> first =
                ds.observations().stream().map(Observation::period).min(Comparator.naturalOrder());
        Optional<ReportingPeriod> last =
                ds.observations().stream().map(Observation::period).max(Comparator.naturalOrder());
        long authorities = ds.areas().stream()
                .filter(a -> a.type() == AreaType.LOCAL_AUTHORITY)
                .count();
        sources.add(ds.indicators().size() + " measures, " + ds.observations().size() + " observations"
                + (first.isPresent() ? " from " + first.get() + " to " + last.orElseThrow() : "") + ", for "
                + authorities + " local authorit" + (authorities == 1 ? "y" : "ies") + ".");
        sources.add(ds.targets().size() + " targets; " + ds.benchmarks().size()
                + " published comparator figures (England, regions, neighbours).");
        for (ComparatorGroup g : ds.comparatorGroups()) {
            sources.add("Comparator group " + g.name() + ": " + g.memberCodes().size() + " members.");
        }
        if (finance) {
            sources.add(ds.budgetLines().size() + " budget lines and "
                    + ds.savings().size() + " savings proposals.");
        }
        if (!ds.actions().isEmpty()) {
            sources.add(
                    ds.actions().size() + " actions with " + ds.actionUpdates().size() + " updates.");
        }
        return new Appendix(methods, sources, ds.reported().isEmpty() ? List.of() : Reconciliation.reconcile(ds, r));
    }

    private static String words(Enum<?> e) {
        return Codes.of(e).replace('-', ' ');
    }
}
