package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The movement of a plan's actions between two review periods, for the whole plan, each priority and
 * each theme.
 *
 * <pre>{@code
 * PeriodComparison c = ActionSummaries.compare(dataset, h1, h2, policy);
 * c.getPriorities().get("P1").get(Status.AMBER, Status.GREEN); // 1/2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class PeriodComparison {

    /** The earlier review period. */
    public abstract ReportingPeriod earlier();

    /** The later review period. */
    public abstract ReportingPeriod later();

    /** The whole plan: every action once. */
    public abstract MovementMatrix plan();

    /** Priority id to its movements, in the dataset's order. */
    public abstract Map<String, MovementMatrix> priorities();

    /** Theme id to its movements, in the dataset's order. */
    public abstract Map<String, MovementMatrix> themes();

    /** The policy (id@version) that produced the comparison. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PeriodComparison}, started by {@link #builder()}; {@code earlier}, {@code later}, {@code plan} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutablePeriodComparison.Builder {}
}
