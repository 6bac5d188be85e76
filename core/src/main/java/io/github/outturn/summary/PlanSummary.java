package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.period.ReportingPeriod;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The action summaries of a plan for one review period: the whole plan, each priority and each
 * theme, in the dataset's order.
 *
 * <pre>{@code
 * PlanSummary s = ActionSummaries.summarise(dataset, FinancialHalfYear.parse("2014/15 H1"), policy);
 * s.getPlan().getDistribution().getDisplayedPercentage(Status.GREEN); // Optional[25]
 * s.find(SummaryScope.PRIORITY, "P5");                                 // Optional[ActionSummary{...}]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class PlanSummary {

    /** The review period summarised. */
    public abstract ReportingPeriod period();

    /** How actions linked to several priorities were counted. */
    public abstract CountingMethod countingMethod();

    /** The whole plan: every action once. */
    public abstract ActionSummary plan();

    /** Priority id to its summary, in the dataset's order. */
    public abstract Map<String, ActionSummary> priorities();

    /** Theme id to its summary, in the dataset's order. */
    public abstract Map<String, ActionSummary> themes();

    /** The policy (id@version) that produced the summary. */
    public abstract String policyReference();

    /**
     * The summary of one scope.
     *
     * @param scope the scope
     * @param scopeId the priority or theme id; ignored for the plan
     * @return the summary, empty for an unknown id
     */
    public Optional<ActionSummary> find(SummaryScope scope, String scopeId) {
        switch (scope) {
            case PLAN:
                return Optional.of(plan());
            case THEME:
                return Optional.ofNullable(themes().get(scopeId));
            default:
                return Optional.ofNullable(priorities().get(scopeId));
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PlanSummary}, started by {@link #builder()}; {@code period}, {@code countingMethod}, {@code plan} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutablePlanSummary.Builder {}
}
