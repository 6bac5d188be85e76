package io.github.outturn.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One objective of a plan, such as "We will ensure children have the best start in life".
 *
 * <pre>{@code
 * Priority p1 = Priority.builder().id("P1").name("Best start in life").themeId("start-well").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Priority {

    /** The priority's identifier, such as {@code "P1"}. */
    @NotBlank
    public abstract String id();

    /** The priority as the plan words it. */
    @NotBlank
    public abstract String name();

    /** The theme the priority belongs to, if the plan has themes. */
    public abstract Optional<String> themeId();

    /** A priority with an id and a name and no theme. */
    public static Priority of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Priority}, started by {@link #builder()}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutablePriority.Builder {}
}
