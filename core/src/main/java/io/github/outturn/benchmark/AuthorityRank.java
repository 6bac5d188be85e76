package io.github.outturn.benchmark;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An area's rank and bands among all authorities, with the set it was ranked among said: the
 * evidence behind "74 of 149" and "band B".
 *
 * <pre>{@code
 * AuthorityRank r = AreaBenchmarks.rankAmongAuthorities(lait, "HE_19_FSM", "356", year, BenchmarkPolicy.defaults());
 * r.rank();      // Optional[74 of 149]
 * r.quartile();  // Optional[B]
 * r.reason();    // "23.6 is 74 of 149 local authorities with a value, former ones included as in LAIT
 *                //  (1 is best): quartile band B, quintile band C"
 * }</pre>
 *
 * @param value the area's value, empty when it has none
 * @param rank the rank, empty when the area has no value or the indicator is not ranked
 * @param quartile the quartile band, empty when not ranked or the indicator is not banded
 * @param quintile the quintile band, likewise
 * @param among the set ranked among, as {@link RankingSet#describe()} or the group's name says it
 * @param rankingSet the policy's ranking set
 * @param policyReference the benchmark policy, {@code id@version}
 *     <p>Immutable and thread-safe.
 */
public record AuthorityRank(
        Optional<BigDecimal> value,
        Optional<Rank> rank,
        Optional<Band> quartile,
        Optional<Band> quintile,
        String among,
        RankingSet rankingSet,
        String policyReference) {

    /** Checks that no component is null. */
    public AuthorityRank {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(quartile, "quartile");
        Objects.requireNonNull(quintile, "quintile");
        Objects.requireNonNull(among, "among");
        Objects.requireNonNull(rankingSet, "rankingSet");
        Objects.requireNonNull(policyReference, "policyReference");
    }

    /**
     * Why: the value, the rank and the set, and the bands; or why there is no rank.
     *
     * @return a sentence such as "23.6 is 74 of 149 local authorities with a value, ... (1 is best):
     *     quartile band B, quintile band C"
     */
    public String reason() {
        if (rank.isEmpty()) {
            return value.isEmpty()
                    ? "Not ranked: no value"
                    : "Not ranked among " + among + ": the indicator has no better direction to rank by";
        }
        String bands = quartile.map(q -> ": quartile band " + q
                        + quintile.map(f -> ", quintile band " + f).orElse(""))
                .orElse("");
        return Comparisons.readable(value.orElseThrow()).toPlainString() + " is " + rank.get() + " " + among
                + " (1 is best)" + bands;
    }
}
