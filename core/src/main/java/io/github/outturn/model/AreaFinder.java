package io.github.outturn.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the area a person means in a dataset: by its code (a DfE LA number such as {@code 356}, or
 * an ONS code such as {@code E08000007} where the dataset's areas carry those), or by its name, in
 * any case, with {@code &} and {@code and}, punctuation and runs of blanks alike. An unknown
 * reference gets the closest areas: names with a word that begins with it (in alphabetical order),
 * then names and codes within a few edits of it (Damerau-Levenshtein, optimal string alignment:
 * at most a quarter of its length, and at least 2), nearest first, then names that hold its letters
 * in order, as an abbreviation does ("lancs" for Lancashire).
 *
 * <pre>{@code
 * AreaFinder finder = AreaFinder.of(dataset);
 * finder.find("356").code();                          // Optional[356]
 * finder.find("STOCKPORT").code();                    // Optional[356]
 * finder.find("Kingston upon Hull City of").code();   // Optional[810] ("Kingston upon Hull, City of")
 * finder.find("Stokport").candidates();               // [Stockport]
 * }</pre>
 *
 * <p>A code that only observations use (an area the dataset does not list) is found by its code.
 * Immutable and thread-safe.
 */
public final class AreaFinder {

    /** The most candidates a match lists. */
    public static final int MAX_CANDIDATES = 5;

    private final List<Area> areas;
    private final Set<String> observedCodes;

    private AreaFinder(Dataset dataset) {
        this.areas = dataset.areas();
        Set<String> codes = new LinkedHashSet<>();
        dataset.observations().forEach(o -> codes.add(o.areaCode()));
        this.observedCodes = codes;
    }

    /**
     * A finder over a dataset's areas and the area codes of its observations.
     *
     * @param dataset the dataset
     * @return the finder
     */
    public static AreaFinder of(Dataset dataset) {
        return new AreaFinder(dataset);
    }

    /**
     * The area a reference names.
     *
     * @param reference a code or a name, as typed
     * @return the match: the area's code, or the candidates and why there is no single match
     */
    public AreaMatch find(String reference) {
        String typed = reference.strip();
        String quoted = quote(typed);
        if (typed.isEmpty()) {
            return new AreaMatch(reference, Optional.empty(), List.of(), "an empty area reference names no area");
        }
        for (Area a : areas) {
            if (a.code().equals(typed)) {
                return found(reference, a.code(), quoted + " is the code of " + a.name());
            }
        }
        if (observedCodes.contains(typed)) {
            return found(reference, typed, quoted + " is an area code of the observations");
        }
        for (Area a : areas) {
            if (a.code().equalsIgnoreCase(typed)) {
                return found(reference, a.code(), quoted + " is the code of " + a.name());
            }
        }
        for (String code : observedCodes) {
            if (code.equalsIgnoreCase(typed)) {
                return found(reference, code, quoted + " is an area code of the observations");
            }
        }
        String key = normalise(typed);
        List<Area> named =
                areas.stream().filter(a -> normalise(a.name()).equals(key)).toList();
        if (named.size() == 1) {
            Area a = named.get(0);
            return found(reference, a.code(), quoted + " is " + describe(a));
        }
        if (named.size() > 1) {
            List<Area> some = named.subList(0, Math.min(named.size(), MAX_CANDIDATES));
            return new AreaMatch(
                    reference,
                    Optional.empty(),
                    some,
                    quoted + " names " + named.size() + " areas (" + list(some)
                            + (named.size() > some.size() ? ", ..." : "") + "): give the code");
        }
        List<Area> close = closest(typed, key);
        return new AreaMatch(
                reference,
                Optional.empty(),
                close,
                "no area has the code or name " + quoted + (close.isEmpty() ? "" : "; closest: " + list(close)));
    }

    /** The longest reference quoted whole in a reason, and the longest compared by spelling. */
    private static final int LONGEST = 80;

    /** A reference in double quotes, its line breaks escaped and a long one shortened. */
    static String quote(String reference) {
        String shown = reference.length() > LONGEST ? reference.substring(0, LONGEST - 3) + "..." : reference;
        return "\"" + shown.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static AreaMatch found(String reference, String code, String reason) {
        return new AreaMatch(reference, Optional.of(code), List.of(), reason);
    }

    /** "Stockport (356)". */
    private static String describe(Area a) {
        return a.name() + " (" + a.code() + ")";
    }

    private static String list(List<Area> some) {
        return some.stream().map(AreaFinder::describe).collect(Collectors.joining(", "));
    }

    /**
     * A candidate and how close it is: 0 for a name with a word that begins with the reference, 1
     * for a name or code a few edits away, 2 for a name that holds the reference's letters in order
     * (an abbreviation such as "lancs").
     */
    private record Scored(Area area, int tier, int distance) {}

    private List<Area> closest(String typed, String key) {
        List<Scored> scored = new ArrayList<>();
        if (key.length() > LONGEST) {
            return List.of();
        }
        int limit = Math.max(2, key.length() / 4);
        for (Area a : areas) {
            String name = normalise(a.name());
            boolean prefix = name.startsWith(key) || (key.length() >= 3 && name.contains(" " + key));
            int distance = Math.min(
                    distance(name, key), distance(a.code().toLowerCase(Locale.ROOT), typed.toLowerCase(Locale.ROOT)));
            if (prefix) {
                scored.add(new Scored(a, 0, 0));
            } else if (distance <= limit) {
                scored.add(new Scored(a, 1, distance));
            } else if (key.length() >= 4 && inOrder(key, name)) {
                scored.add(new Scored(a, 2, 0));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::tier)
                .thenComparingInt(Scored::distance)
                .thenComparing(s -> s.area().name()));
        return scored.stream().limit(MAX_CANDIDATES).map(Scored::area).toList();
    }

    /** Whether every letter of {@code key} (blanks aside) appears in {@code name} in the same order. */
    private static boolean inOrder(String key, String name) {
        int at = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                continue;
            }
            at = name.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name as compared: lower case, {@code &} read as "and", every run of characters that are
     * not letters or digits a single blank.
     */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
