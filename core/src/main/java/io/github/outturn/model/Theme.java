package io.github.outturn.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An optional grouping of a plan's priorities, such as "Start Well".
 *
 * <pre>{@code
 * Theme startWell = Theme.of("start-well", "Start Well");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Theme {

    /** The theme's identifier. */
    @NotBlank
    public abstract String id();

    /** The theme's name. */
    @NotBlank
    public abstract String name();

    /** A longer description. */
    public abstract Optional<String> description();

    /** A theme with an id and a name. */
    public static Theme of(String id, String name) {
        return builder().id(id).name(name).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Theme}, started by {@link #builder()}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutableTheme.Builder {}
}
