package io.github.outturn.benchmark;

/**
 * Which authorities an area is ranked and banded among: a {@link BenchmarkPolicy} setting.
 *
 * <pre>{@code
 * BenchmarkPolicy currentOnly = BenchmarkPolicy.defaults().withId("current-only").withVersion("1")
 *         .withRankingSet(RankingSet.CURRENT_AUTHORITIES);
 * }</pre>
 *
 * <p>Either way only authorities with a value for the period are ranked, and the area itself is
 * always counted.
 */
public enum RankingSet {
    /**
     * LAIT's rule, the default: every local authority with a value for the period, former
     * authorities included (Cumbria and Northamptonshire while they still have values; Bournemouth,
     * Dorset and Poole before 2019).
     */
    ALL_AUTHORITIES,
    /** Only the authorities the dataset marks current ({@code Area.isCurrent()}) with a value for the period. */
    CURRENT_AUTHORITIES;

    /** How results name the set: "local authorities with a value, former ones included as in LAIT". */
    public String describe() {
        return this == ALL_AUTHORITIES
                ? "local authorities with a value, former ones included as in LAIT"
                : "current local authorities with a value";
    }
}
