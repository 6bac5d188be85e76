package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rating of one action for one review period, with commentary. Updates are added, never
 * overwritten: the history of an action is the list of its updates.
 *
 * <pre>{@code
 * ActionUpdate u = ActionUpdate.of("A17", FinancialHalfYear.parse("2014/15 H1"), Status.AMBER);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ActionUpdate {

    /** The action rated. */
    @NotBlank
    public abstract String actionId();

    /** The review period the rating is for. */
    public abstract ReportingPeriod period();

    /** The rating. */
    public abstract Status status();

    /** What the lead officer wrote. */
    public abstract Optional<String> commentary();

    /** When the update was made. */
    public abstract Optional<LocalDate> updatedOn();

    /** An update without commentary. */
    public static ActionUpdate of(String actionId, ReportingPeriod period, Status status) {
        return builder().actionId(actionId).period(period).status(status).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ActionUpdate}, started by {@link #builder()}; {@code actionId}, {@code period} and {@code status} are required.
     */
    public static final class Builder extends ImmutableActionUpdate.Builder {}
}
