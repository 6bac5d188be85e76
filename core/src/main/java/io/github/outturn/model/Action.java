package io.github.outturn.model;

import io.github.outturn.io.Quote;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.Fraction;
import org.immutables.value.Value;

/**
 * A piece of work in a plan's action register, linked to one or more priorities.
 *
 * <p>Without explicit weights an action linked to k priorities counts 1/k in each under fractional
 * counting; with weights, one per linked priority in the same order, it counts its weight in each (the
 * weights must sum to 1, which the dataset validator checks).
 *
 * <pre>{@code
 * Action a = Action.builder().id("A17").title("Extend the two-year-old offer")
 *         .addPriorityIds("P1", "P5").build();
 * a.weightFor("P5"); // 1/2
 * }</pre>
 *
 * <p>An action may have dates: a due date, a completion date, a per cent complete and milestones
 * (given beside it in the dataset, {@link Dataset#milestones(String)}), from which {@code
 * ActionSchedule} derives its progress.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Action {

    /** The action's identifier. */
    @NotBlank
    public abstract String id();

    /** What the action is. */
    @NotBlank
    public abstract String title();

    /** The priorities the action serves, the first being its primary priority. */
    @NotEmpty
    public abstract List<@NotBlank String> priorityIds();

    /** Explicit weights, one per linked priority in the same order; empty for equal shares. */
    public abstract List<Fraction> weights();

    /** The officer or organisation leading the action: its owner. */
    public abstract Optional<String> lead();

    /** The date the action is to be complete by, if it has one. */
    public abstract Optional<LocalDate> dueDate();

    /** The date the action was completed, once it is. */
    public abstract Optional<LocalDate> completedOn();

    /** How far the action has got, 0 to 100 per cent, as its lead reports it. */
    public abstract Optional<Integer> percentComplete();

    /**
     * Whether the action was complete on a date: completed on or before it, or, with no completion
     * date, reported 100% complete.
     *
     * @param date the reporting date
     * @return true if complete then
     */
    public boolean isCompleteBy(LocalDate date) {
        return completedOn()
                .map(on -> !on.isAfter(date))
                .orElse(percentComplete().filter(p -> p == 100).isPresent());
    }

    /** The first linked priority: the only one PRIMARY counting credits. */
    public String primaryPriorityId() {
        return priorityIds().get(0);
    }

    /**
     * The weight this action carries in one priority under fractional counting: its explicit weight,
     * or 1/k for k linked priorities; zero for a priority it is not linked to.
     *
     * @param priorityId a priority id
     * @return the weight, exact
     */
    public Fraction weightFor(String priorityId) {
        List<String> ids = priorityIds();
        Fraction weight = Fraction.ZERO;
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(priorityId)) {
                weight = weight.add(
                        weights().isEmpty()
                                ? Fraction.of(1, ids.size())
                                : weights().get(i));
            }
        }
        return weight;
    }

    @Value.Check
    void check() {
        if (!weights().isEmpty() && weights().size() != priorityIds().size()) {
            throw new IllegalStateException(
                    "Action " + Quote.of(id()) + " has " + weights().size()
                            + " weights for " + priorityIds().size()
                            + " priorities: give one weight per linked priority, or none for equal shares");
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Action}, started by {@link #builder()}; {@code id} and {@code title} are required. */
    public static final class Builder extends ImmutableAction.Builder {}
}
