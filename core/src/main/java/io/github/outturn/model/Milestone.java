package io.github.outturn.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated step of an action: what is to be done by when, and whether and when it was done. Milestones
 * sit beside the actions in the {@link Dataset}, each naming its action, as updates do.
 *
 * <pre>{@code
 * Milestone m = Milestone.builder()
 *         .actionId("A17")
 *         .description("Workforce plan drafted")
 *         .due(LocalDate.of(2016, 9, 30))
 *         .done(true)
 *         .doneOn(LocalDate.of(2016, 9, 21))
 *         .build();
 * m.isDoneBy(LocalDate.of(2016, 9, 30)); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Milestone {

    /** The action the milestone belongs to. */
    public abstract String actionId();

    /** What is to be done. */
    public abstract String description();

    /** The date it is to be done by. */
    public abstract LocalDate due();

    /** Whether it has been done. */
    @Value.Default
    public boolean done() {
        return false;
    }

    /** The date it was done, when known. */
    public abstract Optional<LocalDate> doneOn();

    /**
     * Whether the milestone was done by a date: done, and on or before the date if the day it was done
     * is known (a milestone recorded as done later was not yet done then).
     *
     * @param date the reporting date
     * @return true if done by then
     */
    public boolean isDoneBy(LocalDate date) {
        return done() && doneOn().map(on -> !on.isAfter(date)).orElse(true);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Milestone}; {@code actionId}, {@code description} and {@code due} are required. */
    public static final class Builder extends ImmutableMilestone.Builder {}
}
