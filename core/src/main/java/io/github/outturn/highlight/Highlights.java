package io.github.outturn.highlight;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.Bands;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ComparatorAverage;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Comparisons;
import io.github.outturn.benchmark.CutPoints;
import io.github.outturn.benchmark.GroupComparison;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.JudgementBasis;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.benchmark.Records;
import io.github.outturn.benchmark.SeriesRecord;
import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds what is worth saying about an area's measures: ranks in England, the region and among
 * statistical neighbours, records in the area's own series, standing against every comparator,
 * against target, changes, runs, quartile moves and status changes, each as a {@link Highlight}
 * with its sentence, its figures, its news and its policy.
 *
 * <pre>{@code
 * List<Highlight> all = Highlights.find(lait, "356", HighlightPolicy.defaults());   // each measure's latest period
 * List<Highlight> year = Highlights.find(plan, "E08000007", FinancialYear.of(2014), HighlightPolicy.defaults());
 * all.get(0).getSentence(); // "Stockport's Take-up ... is the highest in the North West, 1st of 22."
 * }</pre>
 *
 * <p>Nothing is decided here that the benchmark and rating rules decide: ranks come from {@link
 * Ranking}, records from {@link Records}, comparisons from {@link AreaBenchmarks}, bands from {@link
 * Bands}, statuses from {@link IndicatorRating} and changes from {@link DirectionOfTravelRating}; this
 * class chooses which results are worth a sentence, by the {@link HighlightPolicy}, and words them.
 * The list is ordered by indicator (the dataset's order), then by kind ({@link HighlightKind}'s
 * order), then by group (England, region, neighbours), and ends with the plan's and priorities' "n
 * of m measures on target". Pure functions; thread-safe.
 */
public final class Highlights {

    private Highlights() {}

    /**
     * The highlights of every indicator for an area and period, under the default rating and benchmark
     * policies.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param period the period; indicators without an observation for it are left out
     * @param policy the highlight policy, not null
     * @return the highlights, in order
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<Highlight> find(
            Dataset dataset, String areaCode, ReportingPeriod period, HighlightPolicy policy) {
        return find(
                dataset, areaCode, Optional.of(period), policy, RatingPolicy.defaults(), BenchmarkPolicy.defaults());
    }

    /**
     * The highlights of every indicator for an area, each at the latest period the area has an
     * observation for, under the default rating and benchmark policies.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param policy the highlight policy, not null
     * @return the highlights, in order
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<Highlight> find(Dataset dataset, String areaCode, HighlightPolicy policy) {
        return find(dataset, areaCode, Optional.empty(), policy, RatingPolicy.defaults(), BenchmarkPolicy.defaults());
    }

    /**
     * The highlights of every indicator for an area, each at the latest period the area has an
     * observation for.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param policy the highlight policy, not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return the highlights, in order
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<Highlight> find(
            Dataset dataset,
            String areaCode,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        return find(dataset, areaCode, Optional.empty(), policy, ratingPolicy, benchmarkPolicy);
    }

    /**
     * The highlights of every indicator for an area at a period.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param period the period, not null
     * @param policy the highlight policy, not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return the highlights, in order
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<Highlight> find(
            Dataset dataset,
            String areaCode,
            ReportingPeriod period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        return find(dataset, areaCode, Optional.of(period), policy, ratingPolicy, benchmarkPolicy);
    }

    /** The highlights of an area at a period, or at each indicator's latest period when it is empty. */
    static List<Highlight> find(
            Dataset dataset,
            String areaCode,
            Optional<ReportingPeriod> period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        return findAll(dataset, List.of(areaCode), period, policy, ratingPolicy, benchmarkPolicy)
                .get(areaCode);
    }

    /**
     * The highlights of several areas over one dataset, each indicator at its latest period for each
     * area, sharing the work every area needs (the groups' values and cut points): for {@code --area
     * all}.
     *
     * @param dataset the dataset, not null
     * @param areaCodes the areas, each known to the dataset
     * @param policy the highlight policy, not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return each area's highlights, in the order of the codes given
     * @throws IllegalArgumentException naming every area the dataset does not know
     */
    public static Map<String, List<Highlight>> findAll(
            Dataset dataset,
            List<String> areaCodes,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        return findAll(dataset, areaCodes, Optional.empty(), policy, ratingPolicy, benchmarkPolicy);
    }

    /**
     * The highlights of several areas at a period over one dataset, sharing the work every area
     * needs.
     *
     * @param dataset the dataset, not null
     * @param areaCodes the areas, each known to the dataset
     * @param period the period, not null
     * @param policy the highlight policy, not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return each area's highlights, in the order of the codes given
     * @throws IllegalArgumentException naming every area the dataset does not know
     */
    public static Map<String, List<Highlight>> findAll(
            Dataset dataset,
            List<String> areaCodes,
            ReportingPeriod period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        return findAll(dataset, areaCodes, Optional.of(period), policy, ratingPolicy, benchmarkPolicy);
    }

    /** The highlights of several areas at a period, or at each indicator's latest period when it is empty. */
    static Map<String, List<Highlight>> findAll(
            Dataset dataset,
            List<String> areaCodes,
            Optional<ReportingPeriod> period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        Context ctx = new Context(dataset, policy, ratingPolicy, benchmarkPolicy);
        Objects.requireNonNull(period, "period");
        checkAreas(dataset, areaCodes);
        Map<String, List<Highlight>> out = new LinkedHashMap<>();
        for (String area : areaCodes) {
            List<Highlight> list = new ArrayList<>();
            for (Indicator indicator : dataset.indicators()) {
                Optional<ReportingPeriod> p = ctx.period(indicator.id(), area, period);
                if (p.isPresent()) {
                    list.addAll(forIndicator(ctx, indicator, area, p.get()));
                }
            }
            if (policy.kinds().contains(HighlightKind.TARGETS_MET)) {
                list.addAll(IndicatorRollups.onTarget(ctx, area, period));
            }
            out.put(area, List.copyOf(list));
        }
        return out;
    }

    /**
     * The highlights of one indicator for an area and period.
     *
     * @param dataset the dataset, not null
     * @param indicatorId the indicator, known to the dataset
     * @param areaCode the area
     * @param period the period
     * @param policy the highlight policy, not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return the highlights, in order
     * @throws IllegalArgumentException if the dataset has no such indicator or area
     */
    public static List<Highlight> forIndicator(
            Dataset dataset,
            String indicatorId,
            String areaCode,
            ReportingPeriod period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        Context ctx = new Context(dataset, policy, ratingPolicy, benchmarkPolicy);
        checkAreas(dataset, List.of(areaCode));
        return forIndicator(ctx, indicator(dataset, indicatorId), areaCode, Objects.requireNonNull(period, "period"));
    }

    static Indicator indicator(Dataset dataset, String indicatorId) {
        return dataset.findIndicator(indicatorId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Indicator \"" + indicatorId + "\" is not in the dataset: expected one of its indicator ids"));
    }

    /** Rejects, all at once, area codes the dataset neither lists nor has observations for. */
    static void checkAreas(Dataset dataset, List<String> areaCodes) {
        List<String> unknown = new ArrayList<>();
        for (String code : areaCodes) {
            Objects.requireNonNull(code, "areaCode");
            if (dataset.findArea(code).isPresent()) {
                continue;
            }
            boolean observed = false;
            for (Indicator i : dataset.indicators()) {
                if (!dataset.series(i.id(), code).isEmpty()) {
                    observed = true;
                    break;
                }
            }
            if (!observed) {
                unknown.add("\"" + code + "\"");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Area " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is" : " are")
                    + " not in the dataset: expected the code of one of its areas, or of an area it has values for");
        }
    }

    static List<Highlight> forIndicator(Context ctx, Indicator indicator, String area, ReportingPeriod period) {
        HighlightPolicy policy = ctx.policy;
        Optional<Observation> observation = ctx.actual(indicator.id(), area, period);
        BigDecimal value = observation.flatMap(Observation::value).orElse(null);
        int max = policy.maxPerIndicator();
        List<Highlight.Builder> found = new ArrayList<>();
        if (value != null && max > 0) {
            // The kinds in order, each looked for only while the earlier ones leave room: a highlight
            // past the policy's maximum would be dropped, so it is never worked out.
            Measure measure = ctx.measure(indicator, period);
            Assessed assessed = new Assessed(ctx, indicator, area, period);
            if (on(policy, HighlightKind.RANK)) {
                found.addAll(ranks(ctx, measure, area, value));
            }
            if (found.size() < max && on(policy, HighlightKind.RECORD)) {
                record(ctx, indicator, area, period, value).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.COMPARATORS)) {
                comparators(ctx, measure, area, value).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.TARGET)) {
                target(ctx, indicator, area, period, value, assessed).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.CHANGE)) {
                change(ctx, indicator, area, period, value).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.RUN)) {
                run(ctx, indicator, area, period, value).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.QUARTILE_MOVE)) {
                quartileMove(ctx, indicator, area, period, value).ifPresent(found::add);
            }
            if (found.size() < max && on(policy, HighlightKind.STATUS_CHANGE)) {
                statusChange(ctx, indicator, area, period, value, assessed).ifPresent(found::add);
            }
        }
        List<Highlight> out = new ArrayList<>(Math.min(found.size(), max));
        for (Highlight.Builder b : found) {
            if (out.size() == max) {
                break;
            }
            out.add(finish(ctx, b, indicator, area, period, observation));
        }
        return out;
    }

    /**
     * The area's assessment against target for the period, made once when first asked for and
     * shared by the target and status-change highlights; none is made when the dataset has no
     * target at all (every assessment would be NOT_RATED: no target for the period).
     */
    static final class Assessed {
        private final Context ctx;
        private final Indicator indicator;
        private final String area;
        private final ReportingPeriod period;
        private IndicatorAssessment assessment;

        Assessed(Context ctx, Indicator indicator, String area, ReportingPeriod period) {
            this.ctx = ctx;
            this.indicator = indicator;
            this.area = area;
            this.period = period;
        }

        /** Whether any assessment could be rated: the dataset has a target. */
        boolean possible() {
            return !ctx.dataset.targets().isEmpty();
        }

        IndicatorAssessment get() {
            if (assessment == null) {
                assessment = IndicatorRating.assess(ctx.dataset, indicator.id(), area, period, ctx.ratingPolicy);
            }
            return assessment;
        }
    }

    /** Completes a highlight of one indicator with what every kind carries. */
    static Highlight finish(
            Context ctx,
            Highlight.Builder b,
            Indicator indicator,
            String area,
            ReportingPeriod period,
            Optional<Observation> observation) {
        return b.indicatorId(indicator.id())
                .areaCode(area)
                .period(period)
                .value(observation.flatMap(Observation::value))
                .policyReference(ctx.policy.reference())
                .commentary(observation.flatMap(Observation::note))
                .build();
    }

    private static boolean on(HighlightPolicy policy, HighlightKind kind) {
        return policy.kinds().contains(kind);
    }

    /**
     * The average of the area's statistical neighbours (the area left out), when the dataset has
     * the group and no published figure for it: worked out once, from the measure's observations,
     * when first asked for, and shared by the comparators' judgement and their comparisons.
     */
    static final class NeighbourAverage {
        private final Context ctx;
        private final Measure measure;
        private final String area;
        private Optional<ComparatorAverage> average;

        NeighbourAverage(Context ctx, Measure measure, String area) {
            this.ctx = ctx;
            this.measure = measure;
            this.area = area;
        }

        Optional<ComparatorAverage> get() {
            if (average == null) {
                average = measure.neighbours(area).isPresent()
                        ? Optional.empty()
                        : ctx.neighbours(area)
                                .map(g -> AreaBenchmarks.groupAverage(
                                        measure.indicator, area, g, measure::observation, ctx.benchmarkPolicy));
            }
            return average;
        }
    }

    // ------------------------------------------------------------------ ranks

    static List<Highlight.Builder> ranks(Context ctx, Measure measure, String area, BigDecimal value) {
        Indicator indicator = measure.indicator;
        ReportingPeriod period = measure.period;
        List<Highlight.Builder> out = new ArrayList<>();
        Polarity polarity = indicator.polarity();
        if (!Ranking.isRanked(polarity) || !ctx.rankable(area)) {
            return out;
        }
        for (Context.Group g : ctx.groups(area)) {
            int top = g.top(ctx.policy);
            Context.Place place = ctx.place(measure, g, area, value);
            Rank rank = place.rank();
            int n = rank.of();
            // The rank counted from the worst end: 1 is the worst.
            int fromWorst = place.fromWorst();
            int tied = n - (rank.rank() - 1) - (fromWorst - 1) - 1;
            if (n < ctx.policy.minimumGroupSize() || tied == n - 1) {
                continue;
            }
            // "In the country" only when enough authorities have a value, not merely when the dataset
            // lists enough of them: 1st of 20 with a value is not the highest in the country.
            String where = g.type() == ComparatorType.ENGLAND && ctx.national() && n < ctx.policy.nationalGroupMinimum()
                    ? "among local authorities with a value"
                    : g.where();
            boolean best = rank.rank() == 1;
            boolean worst = fromWorst == 1;
            boolean highest = best == (polarity == Polarity.HIGHER_IS_BETTER);
            String joint = tied > 0 ? "joint " : "";
            String position = joint + Wording.ordinal(rank.rank());
            String claim;
            News news;
            if (best || worst) {
                claim = "the " + joint + (highest ? "highest " : "lowest ") + where + ", " + position + " of " + n;
                news = best ? News.GOOD : News.BAD;
            } else if (rank.rank() <= top && rank.rank() <= fromWorst) {
                claim = position + " " + where + ", in the top " + top + " of " + n;
                news = News.GOOD;
            } else if (fromWorst <= top) {
                claim = position + " " + where + ", in the bottom " + top + " of " + n;
                news = News.BAD;
            } else {
                continue;
            }
            out.add(Highlight.builder()
                    .kind(HighlightKind.RANK)
                    .news(news)
                    .sentence(Wording.subject(ctx.name(area), indicator, value, period) + " is " + claim + ".")
                    .group(g.name())
                    .rankingSet(g.rankingSet())
                    .rank(rank)
                    .tiedWith(tied));
        }
        return out;
    }

    // ------------------------------------------------------------------ records

    static Optional<Highlight.Builder> record(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        List<PeriodValue> series = ctx.seriesTo(indicator.id(), area, period);
        int length = series.size();
        if (length < ctx.policy.minimumSeriesLength()) {
            return Optional.empty();
        }
        Polarity polarity = indicator.polarity();
        // The area's actual observations: Records skips those without a value or after the period,
        // as the series above leaves them out.
        SeriesRecord r = Records.of(indicator, ctx.actuals(indicator.id(), area), period);
        int k = ctx.policy.recordTop();
        String claim;
        boolean high;
        if (r.highestEver() || r.lowestEver()) {
            high = r.highestEver();
            claim = "the " + (high ? "highest" : "lowest") + " " + r.sinceStart();
        } else if (r.highestSince().isPresent()) {
            high = true;
            claim = "the highest since " + r.highestSince().get();
        } else if (r.lowestSince().isPresent()) {
            high = false;
            claim = "the lowest since " + r.lowestSince().get();
        } else if (length > k
                && (rankInSeries(value, series, Polarity.HIGHER_IS_BETTER) <= k
                        || rankInSeries(value, series, Polarity.LOWER_IS_BETTER) <= k)) {
            // Not a record: "one of the k highest" (or lowest) of a series longer than k.
            high = rankInSeries(value, series, Polarity.HIGHER_IS_BETTER) <= k;
            claim = "one of the " + k + " " + (high ? "highest" : "lowest") + " recorded";
        } else {
            return Optional.empty();
        }
        String sentence = Wording.subject(ctx.name(area), indicator, value, period) + " is " + claim + " (" + length
                + " values from " + r.firstPeriod() + ").";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.RECORD)
                .news(News.of(high, polarity))
                .sentence(sentence)
                .series(series));
    }

    /** The value's rank in its own series by the polarity, ties sharing the better place. */
    private static int rankInSeries(BigDecimal value, List<PeriodValue> series, Polarity polarity) {
        List<BigDecimal> values = new ArrayList<>(series.size());
        for (PeriodValue pv : series) {
            values.add(pv.value());
        }
        return Ranking.rankOf(value, values, polarity).orElseThrow().rank();
    }

    // ------------------------------------------------------------------ comparators

    /** The area against England, its region and its neighbours: comparisons, their labels, and any neighbour average. */
    record Standing(
            List<Comparison> comparisons,
            List<String> labels,
            Optional<ComparatorAverage> neighbours,
            Optional<BigDecimal> england,
            Optional<BigDecimal> region,
            Optional<BigDecimal> neighbourFigure) {}

    static Standing standing(Context ctx, Measure measure, String area, NeighbourAverage neighbourAverage) {
        Dataset ds = ctx.dataset;
        String id = measure.indicator.id();
        ReportingPeriod period = measure.period;
        Optional<String> region = ds.findArea(area).flatMap(Area::regionCode);
        Comparison england = measure.england()
                .map(b -> AreaBenchmarks.compareWithBenchmark(ds, id, area, period, b, ctx.benchmarkPolicy))
                .orElse(null);
        Comparison regional = region.flatMap(measure::region)
                .map(b -> AreaBenchmarks.compareWithBenchmark(ds, id, area, period, b, ctx.benchmarkPolicy))
                .orElse(null);
        Comparison sn = measure.neighbours(area)
                .map(b -> AreaBenchmarks.compareWithBenchmark(ds, id, area, period, b, ctx.benchmarkPolicy))
                .orElse(null);
        Optional<ComparatorAverage> average = neighbourAverage.get();
        if (sn == null && average.isPresent()) {
            GroupComparison g = AreaBenchmarks.compareWithAverage(
                    ds, id, area, period, ctx.neighbours(area).orElseThrow(), average.get(), ctx.benchmarkPolicy);
            sn = g.comparison();
        }
        List<Comparison> comparisons = new ArrayList<>(3);
        List<String> labels = new ArrayList<>(3);
        add(comparisons, labels, england, "England");
        add(
                comparisons,
                labels,
                regional,
                region.map(r -> Wording.place(ctx.name(r))).orElse("the region"));
        add(comparisons, labels, sn, "the statistical neighbour average");
        return new Standing(comparisons, labels, average, figure(england), figure(regional), figure(sn));
    }

    /**
     * The judgement {@link #common} would find in the comparisons {@link #standing} makes, when they
     * judge by value, worked out from the figures alone and in the same order, stopping at the first
     * that disagrees: no comparison or reason is built, and the neighbours' average is worked out
     * only when England and the region agree.
     */
    static Optional<Judgement> agreedByValue(
            Context ctx, Measure measure, String area, NeighbourAverage neighbourAverage) {
        Polarity polarity = measure.indicator.polarity();
        BenchmarkPolicy policy = ctx.benchmarkPolicy;
        BigDecimal own = measure.observation(area).flatMap(Observation::value).orElse(null);
        List<Judgement> judgements = new ArrayList<>(3);
        Optional<BigDecimal> england = measure.england().flatMap(BenchmarkValue::value);
        if (!agreeing(judgements, Comparisons.judgeByValue(polarity, own, england.orElse(null), policy))) {
            return Optional.empty();
        }
        Optional<BigDecimal> region = ctx.dataset
                .findArea(area)
                .flatMap(Area::regionCode)
                .flatMap(measure::region)
                .flatMap(BenchmarkValue::value);
        if (!agreeing(judgements, Comparisons.judgeByValue(polarity, own, region.orElse(null), policy))) {
            return Optional.empty();
        }
        Optional<BigDecimal> neighbours = measure.neighbours(area).isPresent()
                ? measure.neighbours(area).get().value()
                : neighbourAverage.get().flatMap(ComparatorAverage::value);
        if (!agreeing(judgements, Comparisons.judgeByValue(polarity, own, neighbours.orElse(null), policy))) {
            return Optional.empty();
        }
        return agreed(judgements, ctx.policy.minimumComparators());
    }

    /** Adds a judgement made (NOT_COMPARED ones are left out); whether all so far may still agree. */
    private static boolean agreeing(List<Judgement> judgements, Judgement j) {
        if (j == Judgement.NOT_COMPARED) {
            return true;
        }
        judgements.add(j);
        return judgements.get(0) != Judgement.SIMILAR && judgements.get(0) == j;
    }

    private static Optional<BigDecimal> figure(Comparison c) {
        return c == null || c.judgement() == Judgement.NOT_COMPARED ? Optional.empty() : c.comparatorValue();
    }

    private static void add(List<Comparison> comparisons, List<String> labels, Comparison c, String label) {
        if (c != null && c.judgement() != Judgement.NOT_COMPARED) {
            comparisons.add(c);
            labels.add(label);
        }
    }

    /** The judgement every comparison shares, when there are enough and it says which side. */
    static Optional<Judgement> common(Standing s, int minimum) {
        List<Judgement> judgements = new ArrayList<>(s.comparisons().size());
        for (Comparison c : s.comparisons()) {
            judgements.add(c.judgement());
        }
        return agreed(judgements, minimum);
    }

    /** The judgement all share, when there are at least {@code minimum} and it says which side. */
    static Optional<Judgement> agreed(List<Judgement> judgements, int minimum) {
        if (judgements.size() < minimum) {
            return Optional.empty();
        }
        Judgement j = judgements.get(0);
        if (j == Judgement.SIMILAR) {
            return Optional.empty();
        }
        for (Judgement other : judgements) {
            if (other != j) {
                return Optional.empty();
            }
        }
        return Optional.of(j);
    }

    static Optional<Highlight.Builder> comparators(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        return comparators(ctx, ctx.measure(indicator, period), area, value);
    }

    static Optional<Highlight.Builder> comparators(Context ctx, Measure measure, String area, BigDecimal value) {
        Indicator indicator = measure.indicator;
        ReportingPeriod period = measure.period;
        if (indicator.statisticType() == StatisticType.COUNT) {
            // England's and a region's published figures for a count are totals, not averages.
            return Optional.empty();
        }
        NeighbourAverage neighbourAverage = new NeighbourAverage(ctx, measure, area);
        if (ctx.benchmarkPolicy.judgementBasis() == JudgementBasis.VALUE
                && agreedByValue(ctx, measure, area, neighbourAverage).isEmpty()) {
            // Most areas stand on both sides of their comparators: no comparison is built for them.
            return Optional.empty();
        }
        Standing s = standing(ctx, measure, area, neighbourAverage);
        Optional<Judgement> j = common(s, ctx.policy.minimumComparators());
        if (j.isEmpty()) {
            return Optional.empty();
        }
        boolean higher = s.comparisons().get(0).difference().orElseThrow().signum() > 0;
        int places = indicator.decimalPlaces();
        boolean significant = true;
        for (Comparison c : s.comparisons()) {
            places = Math.max(places, Wording.places(value, c.comparatorValue().orElseThrow(), indicator));
            significant &= c.basis() == JudgementBasis.CONFIDENCE_INTERVAL;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < s.comparisons().size(); i++) {
            items.add(s.labels().get(i) + " ("
                    + Wording.value(s.comparisons().get(i).comparatorValue().orElseThrow(), places, indicator) + ")");
        }
        String sentence = Wording.subject(ctx.name(area), indicator, value, places, period) + " is "
                + (significant ? "significantly " : "")
                + (higher ? "higher" : "lower") + " than " + Wording.list(items) + ".";
        News news = j.get() == Judgement.BETTER ? News.GOOD : j.get() == Judgement.WORSE ? News.BAD : News.NEUTRAL;
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.COMPARATORS)
                .news(news)
                .sentence(sentence)
                .comparisons(s.comparisons())
                .england(s.england())
                .region(s.region())
                .neighbours(s.neighbourFigure())
                .neighbourAverage(s.neighbours()));
    }

    // ------------------------------------------------------------------ target

    static Optional<Highlight.Builder> target(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        return target(ctx, indicator, area, period, value, new Assessed(ctx, indicator, area, period));
    }

    static Optional<Highlight.Builder> target(
            Context ctx,
            Indicator indicator,
            String area,
            ReportingPeriod period,
            BigDecimal value,
            Assessed assessed) {
        if (!assessed.possible()) {
            return Optional.empty();
        }
        IndicatorAssessment a = assessed.get();
        if (!a.status().isRated()) {
            return Optional.empty();
        }
        // The figures as the rating compared them: the value at the indicator's places (or raw, as
        // the policy says), the target at its own places when finer.
        BigDecimal compared = a.comparedValue().orElse(value);
        int places = Math.max(
                indicator.decimalPlaces(), compared.stripTrailingZeros().scale());
        for (Optional<BigDecimal> t : List.of(a.targetValue(), a.targetLower(), a.targetUpper())) {
            if (t.isPresent()) {
                places = Math.max(places, t.get().stripTrailingZeros().scale());
            }
        }
        String target;
        if (a.targetValue().isPresent()) {
            target = "the target of " + Wording.value(a.targetValue().get(), places, indicator);
        } else if (a.targetLower().isPresent() && a.targetUpper().isPresent()) {
            target = "the target range of " + Wording.value(a.targetLower().get(), places, indicator) + " to "
                    + Wording.value(a.targetUpper().get(), places, indicator);
        } else if (a.targetLower().isPresent()) {
            target = "the target of at least " + Wording.value(a.targetLower().get(), places, indicator);
        } else {
            target = "the target of at most " + Wording.value(a.targetUpper().orElseThrow(), places, indicator);
        }
        String verb = switch (a.status()) {
            case BLUE -> "exceeds " + target;
            case GREEN -> "meets " + target;
            case AMBER -> "misses " + target + ", within tolerance";
            default -> "misses " + target;
        };
        News news = switch (a.status()) {
            case BLUE, GREEN -> News.GOOD;
            case AMBER -> News.NEUTRAL;
            default -> News.BAD;
        };
        String sentence = Wording.subject(ctx.name(area), indicator, compared, places, period) + " " + verb + " ("
                + statusName(a.status()) + ").";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.TARGET)
                .news(news)
                .sentence(sentence)
                .assessment(a));
    }

    /** {@code Green}, {@code Not rated}: a status as a report writes it. */
    static String statusName(Status s) {
        String lower = s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    // ------------------------------------------------------------------ change and runs

    static Optional<Highlight.Builder> change(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        TravelTerm term = ctx.policy.changeTerm();
        // The pieces DirectionOfTravelRating.compare(dataset, ...) looks up, looked up once: the
        // direction alone first, the whole comparison (figures and reason) only for a move.
        Optional<Observation> latest = ctx.actual(indicator.id(), area, period);
        Optional<Observation> earlier =
                ctx.actual(indicator.id(), area, term.comparisonPeriod(indicator, period, ctx.ratingPolicy));
        Optional<Target> target = ctx.dataset.findTarget(indicator.id(), area, period);
        if (!moves(DirectionOfTravelRating.direction(
                indicator, area, period, term, latest, earlier, target, ctx.ratingPolicy))) {
            return Optional.empty();
        }
        // A move only: a break in the area's series between the two periods, marked on neither
        // observation and so unseen by the pieces, makes them not comparable.
        List<Observation> series = ctx.series(indicator.id(), area);
        if (ComparableSeries.between(indicator, series, earlier.orElseThrow().period(), period)
                .isPresent()) {
            return Optional.empty();
        }
        DirectionOfTravel d = DirectionOfTravelRating.compare(
                indicator, area, period, term, latest, earlier, target, ctx.ratingPolicy);
        if (d.relativeChange().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal relative = d.relativeChange().get().abs();
        if (relative.compareTo(ctx.policy.minimumRelativeChange()) < 0) {
            return Optional.empty();
        }
        BigDecimal absolute = d.absoluteChange().orElseThrow();
        String way = absolute.signum() > 0 ? "increase" : "decrease";
        String percent = Wording.number(relative, 0) + "%";
        BigDecimal earlierValue = d.comparisonValue().orElseThrow();
        String size = Wording.isPercentage(indicator)
                ? Wording.number(absolute.abs(), indicator.decimalPlaces()) + " point " + way + " (" + percent + ")"
                : percent + " " + way;
        String sentence = Wording.subject(ctx.name(area), indicator, value, period) + " is " + article(size) + " "
                + size + " on " + Wording.value(earlierValue, indicator) + " in " + d.comparisonPeriod() + ".";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.CHANGE)
                .news(news(d.direction()))
                .sentence(sentence)
                .direction(d)
                .series(List.of(
                        new PeriodValue(d.comparisonPeriod(), ctx.value(indicator.id(), area, d.comparisonPeriod())),
                        new PeriodValue(period, value))));
    }

    /** {@code an} before a figure read with a vowel sound (8, 11, 18, 80...), else {@code a}. */
    static String article(String figure) {
        String digits = figure.replace(",", "");
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        String whole = digits.substring(0, end);
        // Eight, eighty, eight hundred...; eleven and eighteen, and their thousands and millions.
        boolean an = whole.startsWith("8")
                || (whole.length() % 3 == 2 && (whole.startsWith("11") || whole.startsWith("18")));
        return an ? "an" : "a";
    }

    private static Optional<Observation> find(List<Observation> observations, ReportingPeriod period) {
        for (Observation o : observations) {
            if (o.period().equals(period)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    static boolean moves(Direction d) {
        return d == Direction.IMPROVING
                || d == Direction.WORSENING
                || d == Direction.INCREASING
                || d == Direction.DECREASING;
    }

    static News news(Direction d) {
        return d == Direction.IMPROVING ? News.GOOD : d == Direction.WORSENING ? News.BAD : News.NEUTRAL;
    }

    static Optional<Highlight.Builder> run(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        List<PeriodValue> series = ctx.seriesTo(indicator.id(), area, period);
        // The same comparisons DirectionOfTravelRating.compare(dataset, ...) makes, from the
        // observations looked up once.
        List<Observation> actuals = ctx.actuals(indicator.id(), area);
        Optional<Target> target = indicator.polarity() == Polarity.TARGET_BAND
                ? ctx.dataset.findTarget(indicator.id(), area, period)
                : Optional.empty();
        // Each step's direction alone; the latest step's whole comparison only for a run worth saying.
        Direction direction = null;
        int steps = 0;
        ReportingPeriod p = period;
        while (steps < series.size()) {
            ReportingPeriod earlier = TravelTerm.SHORT_TERM.comparisonPeriod(p, ctx.ratingPolicy);
            Direction d = DirectionOfTravelRating.direction(
                    indicator,
                    area,
                    p,
                    TravelTerm.SHORT_TERM,
                    find(actuals, p),
                    find(actuals, earlier),
                    steps == 0 ? target : ctx.dataset.findTarget(indicator.id(), area, p),
                    ctx.ratingPolicy);
            if (!moves(d) || (direction != null && d != direction)) {
                break;
            }
            direction = d;
            steps++;
            p = earlier;
        }
        if (steps < ctx.policy.runLength()) {
            return Optional.empty();
        }
        DirectionOfTravel latest = DirectionOfTravelRating.compare(
                indicator,
                area,
                period,
                TravelTerm.SHORT_TERM,
                find(actuals, period),
                find(actuals, TravelTerm.SHORT_TERM.comparisonPeriod(period, ctx.ratingPolicy)),
                target,
                ctx.ratingPolicy);
        String verb = switch (direction) {
            case IMPROVING -> "improved";
            case WORSENING -> "worsened";
            case INCREASING -> "risen";
            default -> "fallen";
        };
        List<PeriodValue> run = new ArrayList<>();
        for (PeriodValue pv : series) {
            if (pv.period().compareTo(p) >= 0) {
                run.add(pv);
            }
        }
        String sentence = Wording.subject(ctx.name(area), indicator, value, period) + " has " + verb + " for "
                + Wording.periods(steps, period) + " in a row, from "
                + Wording.value(run.get(0).value(), indicator)
                + " in " + p + ".";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.RUN)
                .news(news(direction))
                .sentence(sentence)
                .direction(latest)
                .series(run));
    }

    // ------------------------------------------------------------------ quartiles and statuses

    /** The area's quartile in the England group, when the indicator is banded and the group large enough. */
    static Optional<Band> quartile(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        if (value == null
                || !indicator.quartileBanded()
                || !Ranking.isRanked(indicator.polarity())
                || !ctx.rankable(area)) {
            return Optional.empty();
        }
        Context.Group england = ctx.groups(area).get(0);
        if (ctx.place(indicator, period, england, area, value).rank().of() < ctx.policy.minimumGroupSize()) {
            return Optional.empty();
        }
        Optional<CutPoints> cuts = ctx.quartiles(indicator, period, area);
        return Bands.band(value, cuts.orElseThrow(), indicator.polarity(), ctx.benchmarkPolicy.boundaryRule());
    }

    static Optional<Highlight.Builder> quartileMove(
            Context ctx, Indicator indicator, String area, ReportingPeriod period, BigDecimal value) {
        Optional<Band> now = quartile(ctx, indicator, area, period, value);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        ReportingPeriod previous = period.previous();
        Optional<Band> before = quartile(ctx, indicator, area, previous, ctx.value(indicator.id(), area, previous));
        if (before.isEmpty() || before.get() == now.get()) {
            return Optional.empty();
        }
        boolean up = now.get().compareTo(before.get()) < 0;
        Context.Group england = ctx.groups(area).get(0);
        String sentence = Wording.subject(ctx.name(area), indicator, value, period) + " is in quartile "
                + now.get() + " of " + england.among() + " (A the best), " + (up ? "up" : "down")
                + " from quartile " + before.get() + " in " + previous + ".";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.QUARTILE_MOVE)
                .news(up ? News.GOOD : News.BAD)
                .sentence(sentence)
                .group(england.name())
                .rankingSet(england.rankingSet())
                .band(now)
                .previousBand(before));
    }

    static Optional<Highlight.Builder> statusChange(
            Context ctx,
            Indicator indicator,
            String area,
            ReportingPeriod period,
            BigDecimal value,
            Assessed assessed) {
        if (!assessed.possible()) {
            return Optional.empty();
        }
        IndicatorAssessment now = assessed.get();
        if (!now.status().isRated()) {
            return Optional.empty();
        }
        ReportingPeriod previous = period.previous();
        Status before = IndicatorRating.assess(ctx.dataset, indicator.id(), area, previous, ctx.ratingPolicy)
                .status();
        if (!now.status().isRated() || !before.isRated() || before == now.status()) {
            return Optional.empty();
        }
        boolean better = now.status().compareTo(before) < 0;
        String sentence = Wording.subject(ctx.name(area), indicator, value, period) + " is "
                + statusName(now.status()) + " against target, " + (better ? "up" : "down") + " from "
                + statusName(before) + " in " + previous + ".";
        return Optional.of(Highlight.builder()
                .kind(HighlightKind.STATUS_CHANGE)
                .news(better ? News.GOOD : News.BAD)
                .sentence(sentence)
                .assessment(now)
                .previousStatus(before));
    }
}
