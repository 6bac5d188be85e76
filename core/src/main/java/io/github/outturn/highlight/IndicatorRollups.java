package io.github.outturn.highlight;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rolls indicator statuses up per plan, theme and priority: the counts of each status against
 * target, of directions of travel against the previous period, and "n of m measures on target".
 * A measure counts in every priority it serves, and once in a theme however many of the theme's
 * priorities it serves.
 *
 * <pre>{@code
 * List<IndicatorRollup> r = IndicatorRollups.of(dataset, "E08000007", FinancialYear.of(2014),
 *         RatingPolicy.defaults());
 * r.get(0).getScope();   // PLAN; then each theme, then each priority, in the dataset's order
 * }</pre>
 *
 * <p>Statuses come from {@link IndicatorRating}, directions from {@link DirectionOfTravelRating}.
 * Pure functions; thread-safe.
 */
public final class IndicatorRollups {

    private IndicatorRollups() {}

    /**
     * The roll-ups of an area's indicators, each at its latest period for the area.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param policy the rating policy, not null
     * @return the plan's roll-up, then each theme's, then each priority's
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<IndicatorRollup> of(Dataset dataset, String areaCode, RatingPolicy policy) {
        return of(dataset, areaCode, Optional.empty(), policy);
    }

    /**
     * The roll-ups of an area's indicators at a period.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param period the period, not null
     * @param policy the rating policy, not null
     * @return the plan's roll-up, then each theme's, then each priority's
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<IndicatorRollup> of(
            Dataset dataset, String areaCode, ReportingPeriod period, RatingPolicy policy) {
        return of(dataset, areaCode, Optional.of(period), policy);
    }

    private static List<IndicatorRollup> of(
            Dataset dataset, String areaCode, Optional<ReportingPeriod> period, RatingPolicy policy) {
        Context ctx = new Context(dataset, HighlightPolicy.defaults(), policy, BenchmarkPolicy.defaults());
        Highlights.checkAreas(dataset, List.of(areaCode));
        return of(ctx, areaCode, period);
    }

    /** One measure's status and direction. */
    private record Rated(Indicator indicator, Status status, Direction direction, Optional<ReportingPeriod> period) {}

    static List<IndicatorRollup> of(Context ctx, String area, Optional<ReportingPeriod> period) {
        Dataset ds = ctx.dataset;
        List<Rated> rated = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            Optional<ReportingPeriod> p = ctx.period(i.id(), area, period);
            if (p.isEmpty()) {
                rated.add(new Rated(i, Status.NO_DATA, Direction.NOT_COMPARABLE, p));
                continue;
            }
            Status s = IndicatorRating.assess(ds, i.id(), area, p.get(), ctx.ratingPolicy)
                    .status();
            Direction d = DirectionOfTravelRating.compare(
                            ds, i.id(), area, p.get(), TravelTerm.SHORT_TERM, ctx.ratingPolicy)
                    .direction();
            rated.add(new Rated(i, s, d, p));
        }
        List<IndicatorRollup> out = new ArrayList<>();
        String planName = ds.plan().map(Plan::name).orElse("the plan");
        out.add(rollup(ctx, SummaryScope.PLAN, Optional.empty(), planName, area, period, rated));
        for (Theme t : ds.themes()) {
            Set<String> priorities = new HashSet<>();
            for (Priority p : ds.priorities()) {
                if (p.themeId().map(t.id()::equals).orElse(false)) {
                    priorities.add(p.id());
                }
            }
            List<Rated> in = new ArrayList<>();
            for (Rated r : rated) {
                if (r.indicator().priorityIds().stream().anyMatch(priorities::contains)) {
                    in.add(r);
                }
            }
            out.add(rollup(ctx, SummaryScope.THEME, Optional.of(t.id()), t.name(), area, period, in));
        }
        for (Priority p : ds.priorities()) {
            List<Rated> in = new ArrayList<>();
            for (Rated r : rated) {
                if (r.indicator().priorityIds().contains(p.id())) {
                    in.add(r);
                }
            }
            out.add(rollup(ctx, SummaryScope.PRIORITY, Optional.of(p.id()), p.name(), area, period, in));
        }
        return out;
    }

    private static IndicatorRollup rollup(
            Context ctx,
            SummaryScope scope,
            Optional<String> id,
            String name,
            String area,
            Optional<ReportingPeriod> period,
            List<Rated> rated) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        int improving = 0;
        int noChange = 0;
        int worsening = 0;
        for (Rated r : rated) {
            counts.merge(r.status(), 1, Integer::sum);
            improving += r.direction() == Direction.IMPROVING ? 1 : 0;
            noChange += r.direction() == Direction.NO_CHANGE ? 1 : 0;
            worsening += r.direction() == Direction.WORSENING ? 1 : 0;
        }
        int onTarget = counts.get(Status.BLUE) + counts.get(Status.GREEN);
        int ratedCount = onTarget + counts.get(Status.AMBER) + counts.get(Status.RED);
        String sentence = onTarget + " of " + ratedCount + " measure" + (ratedCount == 1 ? "" : "s") + " rated in "
                + (scope == SummaryScope.PLAN ? name : scope.name().toLowerCase(java.util.Locale.ROOT) + " " + name)
                + (ratedCount == 1 ? " is" : " are") + " on target"
                + period.map(p -> " in " + p).orElse(" at their latest values") + ".";
        return IndicatorRollup.builder()
                .scope(scope)
                .scopeId(id)
                .name(name)
                .areaCode(area)
                .period(period)
                .counts(counts)
                .improving(improving)
                .noChange(noChange)
                .worsening(worsening)
                .notJudged(rated.size() - improving - noChange - worsening)
                .onTarget(onTarget)
                .rated(ratedCount)
                .sentence(sentence)
                .policyReference(ctx.ratingPolicy.reference())
                .build();
    }

    /** The "n of m measures on target" highlights of the plan and each priority that has a rated measure. */
    static List<Highlight> onTarget(Context ctx, String area, Optional<ReportingPeriod> period) {
        List<Highlight> out = new ArrayList<>();
        if (ctx.dataset.targets().isEmpty()) {
            // Nothing can be rated against a target: no "n of m" to say.
            return out;
        }
        List<IndicatorRollup> rollups = of(ctx, area, period);
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        for (Indicator i : ctx.dataset.indicators()) {
            ctx.period(i.id(), area, period).ifPresent(periods::add);
        }
        if (periods.isEmpty()) {
            return out;
        }
        ReportingPeriod latest =
                periods.stream().max(ReportingPeriod::compareTo).orElseThrow();
        for (IndicatorRollup r : rollups) {
            if (r.rated() == 0 || r.scope() == SummaryScope.THEME) {
                continue;
            }
            News news = r.onTarget() == r.rated() ? News.GOOD : r.onTarget() == 0 ? News.BAD : News.NEUTRAL;
            out.add(Highlight.builder()
                    .kind(HighlightKind.TARGETS_MET)
                    .areaCode(area)
                    .period(period.orElse(latest))
                    .news(news)
                    .sentence(r.sentence())
                    .policyReference(ctx.policy.reference())
                    .group(r.name())
                    .onTarget(r.onTarget())
                    .rated(r.rated())
                    .build());
        }
        return out;
    }
}
