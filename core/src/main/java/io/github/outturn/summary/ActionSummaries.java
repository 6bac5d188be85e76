package io.github.outturn.summary;

import io.github.outturn.model.Action;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Summaries of an action register: RAG distributions per priority, per theme and for the whole plan
 * for a review period, and the movement between two review periods.
 *
 * <p>The status of an action for a period is its latest update for exactly that period ({@link
 * Dataset#findUpdate}). An action with no update for the period counts as NO_DATA: its rating is
 * missing, which is what NO_DATA means; NOT_RATED is kept for an update that says the action was not
 * rated (not yet due). NO_DATA is outside the default denominator, so a missing update never lowers
 * a percentage. Each action weighs {@link ActionWeights#weightIn} in a priority or theme under the
 * policy's counting method, and 1 in the plan.
 *
 * <pre>{@code
 * PlanSummary s = ActionSummaries.summarise(dataset, FinancialHalfYear.parse("2014/15 H1"), policy);
 * PeriodComparison c = ActionSummaries.compare(dataset, h1, h2, policy);
 * c.getPlan().get(Status.AMBER, Status.GREEN); // how many actions went from Amber to Green
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ActionSummaries {

    private ActionSummaries() {}

    /**
     * The status of one action for a review period: its latest update for the period, or NO_DATA.
     *
     * @param dataset the dataset, not null
     * @param actionId the action, not null
     * @param period the review period, not null
     * @return the status
     */
    public static Status statusOf(Dataset dataset, String actionId, ReportingPeriod period) {
        return dataset.findUpdate(actionId, period).map(u -> u.status()).orElse(Status.NO_DATA);
    }

    /**
     * Summarises a plan's actions for one review period.
     *
     * @param dataset the dataset, not null
     * @param period the review period, not null
     * @param policy the policy: counting method and display settings, not null
     * @return the plan's, each priority's and each theme's summary
     */
    public static PlanSummary summarise(Dataset dataset, ReportingPeriod period, RatingPolicy policy) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        List<Scope> scopes = scopes(dataset);
        List<Map<Status, BigFraction>> counts = new ArrayList<>();
        int[] actions = new int[scopes.size()];
        for (int i = 0; i < scopes.size(); i++) {
            counts.add(new EnumMap<>(Status.class));
        }
        for (Action a : dataset.actions()) {
            Status status = statusOf(dataset, a.id(), period);
            for (int i = 0; i < scopes.size(); i++) {
                BigFraction w = scopes.get(i).weight(a, policy);
                if (!w.isZero()) {
                    counts.get(i).merge(status, w, BigFraction::add);
                    actions[i]++;
                }
            }
        }
        PlanSummary.Builder b = PlanSummary.builder()
                .period(period)
                .countingMethod(policy.countingMethod())
                .policyReference(policy.reference());
        for (int i = 0; i < scopes.size(); i++) {
            Scope s = scopes.get(i);
            ActionSummary summary = ActionSummary.builder()
                    .scope(s.scope)
                    .scopeId(java.util.Optional.ofNullable(s.id))
                    .period(period)
                    .distribution(RagDistribution.of(counts.get(i), policy))
                    .actionCount(actions[i])
                    .policyReference(policy.reference())
                    .build();
            switch (s.scope) {
                case PLAN:
                    b.plan(summary);
                    break;
                case THEME:
                    b.putThemes(s.id, summary);
                    break;
                default:
                    b.putPriorities(s.id, summary);
            }
        }
        return b.build();
    }

    /**
     * The movement of a plan's actions between two review periods: for every scope, the weighted
     * number of actions that went from each status to each status.
     *
     * @param dataset the dataset, not null
     * @param from the earlier review period, not null
     * @param to the later review period, not null
     * @param policy the policy: counting method, not null
     * @return the movements per scope
     */
    public static PeriodComparison compare(
            Dataset dataset, ReportingPeriod from, ReportingPeriod to, RatingPolicy policy) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(policy, "policy");
        List<Scope> scopes = scopes(dataset);
        List<Map<Status, Map<Status, BigFraction>>> cells = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            cells.add(new EnumMap<>(Status.class));
        }
        for (Action a : dataset.actions()) {
            Status before = statusOf(dataset, a.id(), from);
            Status after = statusOf(dataset, a.id(), to);
            for (int i = 0; i < scopes.size(); i++) {
                BigFraction w = scopes.get(i).weight(a, policy);
                if (!w.isZero()) {
                    cells.get(i)
                            .computeIfAbsent(before, k -> new EnumMap<>(Status.class))
                            .merge(after, w, BigFraction::add);
                }
            }
        }
        PeriodComparison.Builder b =
                PeriodComparison.builder().earlier(from).later(to).policyReference(policy.reference());
        for (int i = 0; i < scopes.size(); i++) {
            Scope s = scopes.get(i);
            MovementMatrix m = MovementMatrix.of(cells.get(i));
            switch (s.scope) {
                case PLAN:
                    b.plan(m);
                    break;
                case THEME:
                    b.putThemes(s.id, m);
                    break;
                default:
                    b.putPriorities(s.id, m);
            }
        }
        return b.build();
    }

    /** The plan, then each priority, then each theme (with the priorities that name it). */
    private static List<Scope> scopes(Dataset dataset) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(SummaryScope.PLAN, null, Set.of()));
        Set<String> seen = new LinkedHashSet<>();
        for (Priority p : dataset.priorities()) {
            if (seen.add(p.id())) {
                scopes.add(new Scope(SummaryScope.PRIORITY, p.id(), Set.of(p.id())));
            }
        }
        Set<String> seenThemes = new LinkedHashSet<>();
        for (Theme t : dataset.themes()) {
            if (seenThemes.add(t.id())) {
                Set<String> ids = new LinkedHashSet<>();
                for (Priority p : dataset.priorities()) {
                    if (p.themeId().filter(t.id()::equals).isPresent()) {
                        ids.add(p.id());
                    }
                }
                scopes.add(new Scope(SummaryScope.THEME, t.id(), ids));
            }
        }
        return scopes;
    }

    private static final class Scope {
        final SummaryScope scope;
        final String id;
        final Set<String> priorityIds;

        Scope(SummaryScope scope, String id, Set<String> priorityIds) {
            this.scope = scope;
            this.id = id;
            this.priorityIds = priorityIds;
        }

        BigFraction weight(Action a, RatingPolicy policy) {
            return scope == SummaryScope.PLAN
                    ? ActionWeights.planWeight()
                    : ActionWeights.weightIn(a, priorityIds, policy.countingMethod());
        }
    }
}
