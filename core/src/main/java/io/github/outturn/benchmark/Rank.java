package io.github.outturn.benchmark;

import io.github.outturn.io.Quote;

/**
 * A rank among a group: "3 of 152", 1 being the best.
 *
 * <pre>{@code
 * Rank r = Rank.of(3, 152);
 * r.toString();               // "3 of 152"
 * Rank.parse("3 of 152");     // equal to r
 * }</pre>
 *
 * @param rank the rank, 1 to {@code of}
 * @param of the number of ranked values
 *     <p>Immutable and thread-safe.
 */
public record Rank(int rank, int of) implements Comparable<Rank> {

    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if the rank is not between 1 and {@code of}
     */
    public Rank {
        if (rank < 1 || rank > of) {
            throw new IllegalArgumentException("Rank " + rank + " of " + of + " is out of range: expected 1 to " + of);
        }
    }

    /**
     * A rank.
     *
     * @param rank 1 to {@code of}
     * @param of the number ranked, at least 1
     * @return the rank
     */
    public static Rank of(int rank, int of) {
        return new Rank(rank, of);
    }

    /**
     * Parses {@code "3 of 152"}.
     *
     * @param text the text, not null
     * @return the rank
     * @throws IllegalArgumentException if the text is not in that form
     */
    public static Rank parse(String text) {
        String[] parts = text.trim().split("\\s+of\\s+", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "Rank " + Quote.of(text) + " is not in the form \"r of n\", such as \"3 of 152\"");
        }
        try {
            return of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "Rank " + Quote.of(text) + " is not in the form \"r of n\", such as \"3 of 152\"", e);
        }
    }

    /** Whether the rank is in the best {@code k} ("in the top 5 in the country"). */
    public boolean isInTop(int k) {
        return rank <= k;
    }

    /** Orders by rank, then by group size (1 of 10 before 1 of 152). */
    @Override
    public int compareTo(Rank other) {
        int c = Integer.compare(rank, other.rank);
        return c != 0 ? c : Integer.compare(of, other.of);
    }

    /** {@code "3 of 152"}. */
    @Override
    public String toString() {
        return rank + " of " + of;
    }
}
