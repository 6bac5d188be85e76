package io.github.outturn.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A council or a comparator: England, a region, a local authority.
 *
 * <pre>{@code
 * Area stockport = Area.builder().code("356").name("Stockport").type(AreaType.LOCAL_AUTHORITY)
 *         .regionCode("982").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Area {

    /** The area's code: an ONS code, or a DfE LA number such as {@code "356"}. */
    @NotBlank
    public abstract String code();

    /** The area's name. */
    @NotBlank
    public abstract String name();

    /** What the area is. */
    public abstract AreaType type();

    /** The code of the region the area lies in. */
    public abstract Optional<String> regionCode();

    /** A finer classification, such as DfE's OLB, MD, UA or SC. */
    public abstract Optional<String> subtype();

    /** Whether the area still exists (Cumbria and Northamptonshire no longer do). */
    @Value.Default
    public boolean current() {
        return true;
    }

    /** An area with a code, a name and a type. */
    public static Area of(String code, String name, AreaType type) {
        return builder().code(code).name(name).type(type).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Area}, started by {@link #builder()}; {@code code}, {@code name} and {@code type} are required.
     */
    public static final class Builder extends ImmutableArea.Builder {}
}
