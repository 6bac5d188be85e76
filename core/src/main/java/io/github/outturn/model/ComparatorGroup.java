package io.github.outturn.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A set of areas to compare with: the statistical neighbours of one authority, a region, all English
 * authorities, or a custom list.
 *
 * <pre>{@code
 * ComparatorGroup sn = ComparatorGroup.builder().id("sn-356").name("Stockport statistical neighbours")
 *         .type(ComparatorType.STATISTICAL_NEIGHBOURS).areaCode("356")
 *         .addMemberCodes("344", "354", "357").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ComparatorGroup {

    /** The group's identifier. */
    @NotBlank
    public abstract String id();

    /** The group's name. */
    @NotBlank
    public abstract String name();

    /** What kind of group it is. */
    public abstract ComparatorType type();

    /** For statistical neighbours, the area whose neighbours these are. */
    public abstract Optional<String> areaCode();

    /** The member areas' codes, in the order given (closest neighbour first). */
    public abstract List<@NotBlank String> memberCodes();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ComparatorGroup}, started by {@link #builder()}; {@code id}, {@code name} and {@code type} are required.
     */
    public static final class Builder extends ImmutableComparatorGroup.Builder {}
}
