package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.period.ReportingPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The RAG distribution of the actions of one scope (a priority, a theme or the whole plan) for one
 * review period, naming the policy that produced it.
 *
 * <pre>{@code
 * ActionSummary p1 = ActionSummaries.summarise(dataset, period, policy).getPriorities().get("P1");
 * p1.getDistribution().getDisplayedCount(Status.GREEN); // 12.0
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ActionSummary {

    /** What the summary covers. */
    public abstract SummaryScope scope();

    /** The priority or theme id; absent for the whole plan. */
    public abstract Optional<String> scopeId();

    /** The review period summarised. */
    public abstract ReportingPeriod period();

    /** The weighted counts. */
    public abstract RagDistribution distribution();

    /** How many actions carry a weight above zero in this scope. */
    public abstract int actionCount();

    /** The policy (id@version) that produced the summary. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ActionSummary}, started by {@link #builder()}; {@code scope}, {@code period}, {@code distribution}, {@code actionCount} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableActionSummary.Builder {}
}
