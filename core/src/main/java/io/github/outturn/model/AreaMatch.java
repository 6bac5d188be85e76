package io.github.outturn.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an area reference a person typed names: the area's code when it names exactly one, else the
 * areas it could mean (several of the same name, or the closest spellings), with a reason in words.
 *
 * <pre>{@code
 * AreaMatch m = AreaFinder.of(dataset).find("stockport");
 * m.code();          // Optional[356]
 * m.reason();        // "\"stockport\" is Stockport (356)"
 * AreaMatch typo = AreaFinder.of(dataset).find("Stokport");
 * typo.code();       // Optional.empty
 * typo.candidates(); // [Stockport (356)]
 * typo.reason();     // "no area has the code or name \"Stokport\"; closest: Stockport (356)"
 * }</pre>
 *
 * @param reference the reference as given
 * @param code the code of the one area it names, empty when it names none or several
 * @param candidates when it names none or several, the areas it may mean, closest first (at most
 *     {@link AreaFinder#MAX_CANDIDATES}); empty when it names one
 * @param reason the match, or why there is none, in words
 *     <p>Immutable and thread-safe.
 */
public record AreaMatch(String reference, Optional<String> code, List<Area> candidates, String reason) {

    /** Checks that no component is null, and copies the candidates. */
    public AreaMatch {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(code, "code");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the reference names exactly one area. */
    public boolean isFound() {
        return code.isPresent();
    }
}
