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
        for (Indicator indicator : dataset.getIndicators()) {
            Optional<ReportingPeriod> p = ctx.period(indicator.getId(), areaCode, period);
            if (p.isPresent()) {
                indicator(ctx, indicator, areaCode, p.get()).ifPresent(out::add);
            }
        }
        Optional<ReportingPeriod> actionPeriod = period.or(() ->
                dataset.getActionUpdates().stream().map(ActionUpdate::getPeriod).max(Comparator.naturalOrder()));
        if (actionPeriod.isPresent()) {
            for (Action a : dataset.getActions()) {
                action(ctx, a, actionPeriod.get()).ifPresent(out::add);
            }
        }
        // A stable sort: equally serious concerns keep the dataset's order.
        out.sort(Comparator.comparingInt((Concern c) -> -c.getReasons().size())
                .thenComparing(c -> c.getReasons().get(0)));
        return List.copyOf(out);
    }

    private static Optional<Concern> indicator(Context ctx, Indicator indicator, String area, ReportingPeriod period) {
        Optional<Observation> observation = ctx.actual(indicator.getId(), area, period);
        BigDecimal value = observation.flatMap(Observation::getValue).orElse(null);
        if (value == null) {
            return Optional.empty();
        }
        List<ConcernReason> reasons = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Status status = IndicatorRating.assess(ctx.dataset, indicator.getId(), area, period, ctx.ratingPolicy)
                .getStatus();
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
                    .getSentence());
        }
        DirectionOfTravel shortTerm = DirectionOfTravelRating.compare(
                ctx.dataset, indicator.getId(), area, period, TravelTerm.SHORT_TERM, ctx.ratingPolicy);
        DirectionOfTravel longTerm = DirectionOfTravelRating.compare(
                ctx.dataset, indicator.getId(), area, period, TravelTerm.LONG_TERM, ctx.ratingPolicy);
        if (shortTerm.getDirection() == Direction.WORSENING && longTerm.getDirection() == Direction.WORSENING) {
            reasons.add(ConcernReason.WORSENING_SHORT_AND_LONG_TERM);
            String against = Wording.value(shortTerm.getComparisonValue().orElseThrow(), indicator) + " in "
                    + shortTerm.getComparisonPeriod();
            if (!longTerm.getComparisonPeriod().equals(shortTerm.getComparisonPeriod())) {
                against += " and " + Wording.value(longTerm.getComparisonValue().orElseThrow(), indicator) + " in "
                        + longTerm.getComparisonPeriod();
            }
            sentences.add(
                    Wording.subject(ctx.name(area), indicator, value, period) + " is worse than " + against + ".");
        }
        Optional<ImmutableHighlight.Builder> comparators = Highlights.comparators(ctx, indicator, area, period, value);
        if (comparators.isPresent()) {
            Highlight h = Highlights.finish(ctx, comparators.get(), indicator, area, period, observation);
            if (h.getNews() == News.BAD) {
                reasons.add(ConcernReason.WORSE_THAN_ALL_COMPARATORS);
                sentences.add(h.getSentence());
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
                .id(indicator.getId())
                .name(indicator.getName())
                .areaCode(area)
                .period(period)
                .reasons(reasons)
                .sentences(sentences)
                .status(status)
                .commentary(observation.flatMap(Observation::getNote))
                .policyReference(ctx.policy.getReference())
                .build());
    }

    private static Optional<Concern> action(Context ctx, Action action, ReportingPeriod period) {
        Dataset ds = ctx.dataset;
        Status status = ActionSummaries.statusOf(ds, action.getId(), period);
        ConcernReason reason;
        String sentence;
        Optional<ActionUpdate> update;
        if (status == Status.RED) {
            reason = ConcernReason.ACTION_RED;
            update = ds.findUpdate(action.getId(), period);
            sentence = "Action \"" + action.getTitle().strip() + "\" is Red in " + period + ".";
        } else {
            ActionUpdate last = null;
            for (ActionUpdate u : ds.getUpdates(action.getId())) {
                if (u.getPeriod().compareTo(period) < 0) {
                    last = u;
                }
            }
            if (status != Status.NO_DATA || last == null || last.getStatus() == Status.BLUE) {
                return Optional.empty();
            }
            reason = ConcernReason.ACTION_OVERDUE;
            update = Optional.of(last);
            sentence = "Action \"" + action.getTitle().strip() + "\" has no update for " + period
                    + "; its last, for " + last.getPeriod() + ", was " + Highlights.statusName(last.getStatus())
                    + ".";
        }
        return Optional.of(Concern.builder()
                .subject(Concern.Subject.ACTION)
                .id(action.getId())
                .name(action.getTitle())
                .period(period)
                .addReasons(reason)
                .addSentences(sentence)
                .status(update.map(ActionUpdate::getStatus))
                .commentary(update.flatMap(ActionUpdate::getCommentary))
                .policyReference(ctx.policy.getReference())
                .build());
    }
}
