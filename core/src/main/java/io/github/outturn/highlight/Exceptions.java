package io.github.outturn.highlight;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.summary.ActionSummaries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The measures and actions that need the committee's attention, each with why and the commentary
 * recorded against it, the most serious first.
 *
 * <pre>{@code
 * List<Concern> attention = Exceptions.find(dataset, "E08000007", Optional.of(FinancialYear.of(2014)),
 *         HighlightPolicy.defaults(), RatingPolicy.defaults(), BenchmarkPolicy.defaults());
 * }</pre>
 *
 * <p>A measure needs attention when it is Red against target; when it worsened both against the
 * previous period and against the same period last year (for a yearly measure these are the same
 * period, so one worsening counts); when it is worse than every comparator (England, the region, the
 * neighbours; at least the policy's minimum number); or when it is in the worst quartile of local
 * authorities in England. An action needs attention when it is Red, or overdue: no update for the
 * period, though it has earlier ones and the last did not say it was complete (Blue). Order: more
 * reasons first, then the most serious reason ({@link ConcernReason}'s order), then the dataset's
 * order, measures before actions. The rules are those of {@link Highlights}. Pure functions;
 * thread-safe.
 */
public final class Exceptions {

    private Exceptions() {}

    /**
     * The concerns of an area's measures and of the plan's actions.
     *
     * @param dataset the dataset, not null
     * @param areaCode the area, known to the dataset
     * @param period the period, or empty for each measure's latest period for the area (and the
     *     latest period of any action update, for actions)
     * @param policy the highlight policy (group sizes, minimum comparators), not null
     * @param ratingPolicy the rules for targets and directions of travel, not null
     * @param benchmarkPolicy the rules for comparisons and bands, not null
     * @return the concerns, most serious first
     * @throws IllegalArgumentException if the dataset knows no such area
     */
    public static List<Concern> find(
            Dataset dataset,
            String areaCode,
            Optional<ReportingPeriod> period,
            HighlightPolicy policy,
            RatingPolicy ratingPolicy,
            BenchmarkPolicy benchmarkPolicy) {
        Context ctx = new Context(dataset, policy, ratingPolicy, benchmarkPolicy);
        Highlights.checkAreas(dataset, List.of(areaCode));
        List<Concern> out = new ArrayList<>();
        for (Indicator indicator : dataset.indicators()) {
            Optional<ReportingPeriod> p = ctx.period(indicator.id(), areaCode, period);
            if (p.isPresent()) {
                indicator(ctx, indicator, areaCode, p.get()).ifPresent(out::add);
            }
        }
        Optional<ReportingPeriod> actionPeriod = period.or(
                () -> dataset.actionUpdates().stream().map(ActionUpdate::period).max(Comparator.naturalOrder()));
        if (actionPeriod.isPresent()) {
            for (Action a : dataset.actions()) {
                action(ctx, a, actionPeriod.get()).ifPresent(out::add);
            }
        }
        // A stable sort: equally serious concerns keep the dataset's order.
        out.sort(Comparator.comparingInt((Concern c) -> -c.reasons().size())
                .thenComparing(c -> c.reasons().get(0)));
        return List.copyOf(out);
    }

    private static Optional<Concern> indicator(Context ctx, Indicator indicator, String area, ReportingPeriod period) {
        Optional<Observation> observation = ctx.actual(indicator.id(), area, period);
        BigDecimal value = observation.flatMap(Observation::value).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        List<ConcernReason> reasons = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Status status = IndicatorRating.assess(ctx.dataset, indicator.id(), area, period, ctx.ratingPolicy)
                .status();
        if (status == Status.RED) {
            reasons.add(ConcernReason.RED_AGAINST_TARGET);
            sentences.add(Highlights.finish(
                            ctx,
                            Highlights.target(ctx, indicator, area, period, value)
                                    .orElseThrow(),
                            indicator,
                            area,
                            period,
                            observation)
                    .sentence());
        }
        DirectionOfTravel shortTerm = DirectionOfTravelRating.compare(
                ctx.dataset, indicator.id(), area, period, TravelTerm.SHORT_TERM, ctx.ratingPolicy);
        DirectionOfTravel longTerm = DirectionOfTravelRating.compare(
                ctx.dataset, indicator.id(), area, period, TravelTerm.LONG_TERM, ctx.ratingPolicy);
        if (shortTerm.direction() == Direction.WORSENING && longTerm.direction() == Direction.WORSENING) {
            reasons.add(ConcernReason.WORSENING_SHORT_AND_LONG_TERM);
            String against = Wording.value(shortTerm.comparisonValue().orElseThrow(), indicator) + " in "
                    + shortTerm.comparisonPeriod();
            if (!longTerm.comparisonPeriod().equals(shortTerm.comparisonPeriod())) {
                against += " and " + Wording.value(longTerm.comparisonValue().orElseThrow(), indicator) + " in "
                        + longTerm.comparisonPeriod();
            }
            sentences.add(
                    Wording.subject(ctx.name(area), indicator, value, period) + " is worse than " + against + ".");
        }
        Optional<Highlight.Builder> comparators = Highlights.comparators(ctx, indicator, area, period, value);
        if (comparators.isPresent()) {
            Highlight h = Highlights.finish(ctx, comparators.get(), indicator, area, period, observation);
            if (h.news() == News.BAD) {
                reasons.add(ConcernReason.WORSE_THAN_ALL_COMPARATORS);
                sentences.add(h.sentence());
            }
        }
        Optional<Band> band = Highlights.quartile(ctx, indicator, area, period, value);
        if (band.isPresent() && band.get() == Band.D) {
            reasons.add(ConcernReason.BOTTOM_QUARTILE);
            sentences.add(Wording.subject(ctx.name(area), indicator, value, period) + " is in quartile D of "
                    + ctx.groups(area).get(0).among() + ", the worst quarter.");
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Concern.builder()
                .subject(Concern.Subject.INDICATOR)
                .id(indicator.id())
                .name(indicator.name())
                .areaCode(area)
                .period(period)
                .reasons(reasons)
                .sentences(sentences)
                .status(status)
                .commentary(observation.flatMap(Observation::note))
                .policyReference(ctx.policy.reference())
                .build());
    }

    private static Optional<Concern> action(Context ctx, Action action, ReportingPeriod period) {
        Dataset ds = ctx.dataset;
        Status status = ActionSummaries.statusOf(ds, action.id(), period);
        ConcernReason reason;
        String sentence;
        Optional<ActionUpdate> update;
        if (status == Status.RED) {
            reason = ConcernReason.ACTION_RED;
            update = ds.findUpdate(action.id(), period);
            sentence = "Action \"" + action.title().strip() + "\" is Red in " + period + ".";
        } else {
            ActionUpdate last = null;
            for (ActionUpdate u : ds.updates(action.id())) {
                if (u.period().compareTo(period) < 0) {
                    last = u;
                }
            }
            if (status != Status.NO_DATA || last == null || last.status() == Status.BLUE) {
                return Optional.empty();
            }
            reason = ConcernReason.ACTION_OVERDUE;
            update = Optional.of(last);
            sentence = "Action \"" + action.title().strip() + "\" has no update for " + period
                    + "; its last, for " + last.period() + ", was " + Highlights.statusName(last.status())
                    + ".";
        }
        return Optional.of(Concern.builder()
                .subject(Concern.Subject.ACTION)
                .id(action.id())
                .name(action.title())
                .period(period)
                .addReasons(reason)
                .addSentences(sentence)
                .status(update.map(ActionUpdate::status))
                .commentary(update.flatMap(ActionUpdate::commentary))
                .policyReference(ctx.policy.reference())
                .build());
    }
}
