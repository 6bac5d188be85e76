package io.github.outturn.benchmark;

import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.OutturnStyle;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every choice the benchmark rules (docs/benchmarks.md) leave open, as named, versioned data.
 * Every result names the policy that produced it.
 *
 * <pre>{@code
 * BenchmarkPolicy fingertips = BenchmarkPolicy.defaults().withId("fingertips").withVersion("1")
 *         .withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL)
 *         .withConfidenceLevel(ConfidenceLevel.NINETY_FIVE)
 *         .withAverageMethod(AverageMethod.POOLED);
 * }</pre>
 *
 * <p>The defaults follow LAIT: judgement by value with no similarity band, the plain mean of the
 * members' values as a group's average, LAIT's boundary rule for bands, LAIT's ranking set (every
 * authority with a value, former ones included), and 95% intervals when an interval is asked for. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class BenchmarkPolicy implements WithBenchmarkPolicy {

    /** The id of the default policy. */
    public static final String DEFAULT_ID = "outturn-benchmark-default";

    /**
     * The version of the default policy: 2 since the ranking set became a setting whose default,
     * LAIT's, ranks former authorities with a value too (version 1 ranked current ones only).
     */
    public static final String DEFAULT_VERSION = "3";

    /** The default of {@link #minimumRankedForBands()}: 5. */
    public static final int DEFAULT_MINIMUM_RANKED_FOR_BANDS = 5;

    /** The policy's identifier. */
    @NotBlank
    public abstract String id();

    /** The policy's version: change it whenever a setting changes. */
    @NotBlank
    public abstract String version();

    /** The level of computed intervals. Default 95%. */
    @Value.Default
    public ConfidenceLevel confidenceLevel() {
        return ConfidenceLevel.NINETY_FIVE;
    }

    /** Whether comparisons judge by value or by confidence interval. Default VALUE. */
    @Value.Default
    public JudgementBasis judgementBasis() {
        return JudgementBasis.VALUE;
    }

    /**
     * For judgement by value: a difference no larger than this (in the indicator's units, or
     * percentage points) is SIMILAR. Default absent: only equal values are similar.
     */
    public abstract Optional<BigDecimal> similarityBand();

    /** How a comparator group's average is computed. Default MEAN, as LAIT. */
    @Value.Default
    public AverageMethod averageMethod() {
        return AverageMethod.MEAN;
    }

    /** Which band a value equal to a cut point goes to. Default LAIT. */
    @Value.Default
    public BoundaryRule boundaryRule() {
        return BoundaryRule.LAIT;
    }

    /**
     * Which authorities ranks and bands are among. Default ALL_AUTHORITIES, LAIT's rule: every
     * local authority with a value for the period, former ones included.
     */
    @Value.Default
    public RankingSet rankingSet() {
        return RankingSet.ALL_AUTHORITIES;
    }

    /**
     * The fewest authorities ranked (those with a value in the ranking set) for an area's rank
     * among them to be given quartile and quintile bands: with fewer, a band says little. Default 5.
     */
    @Value.Default
    public int minimumRankedForBands() {
        return DEFAULT_MINIMUM_RANKED_FOR_BANDS;
    }

    /**
     * Whether an area with this rank is given bands: ranked among at least {@link
     * #minimumRankedForBands()} authorities.
     *
     * @param rank the area's rank, such as "3 of 4"
     * @return true when {@code rank.of()} is at least the minimum
     */
    public boolean isBanded(Rank rank) {
        return rank.of() >= minimumRankedForBands();
    }

    @Value.Check
    void check() {
        if (minimumRankedForBands() < 1) {
            throw new IllegalStateException("minimumRankedForBands " + minimumRankedForBands() + " of benchmark policy "
                    + reference() + " is too small: expected 1 or more");
        }
        DecimalRange.require("similarityBand", similarityBand());
        if (similarityBand().isPresent() && similarityBand().get().signum() < 0) {
            throw new IllegalStateException(
                    "Similarity band " + similarityBand().get().toPlainString() + " of benchmark policy " + reference()
                            + " is negative: expected 0 or more");
        }
    }

    /**
     * {@code id@version}, the way results name their policy. Computed once per policy: every
     * comparison names it, and a bulk benchmark makes hundreds of thousands.
     */
    @Value.Lazy
    public String reference() {
        return id() + "@" + version();
    }

    /** The documented default policy, {@code outturn-benchmark-default@3}. */
    public static BenchmarkPolicy defaults() {
        return builder().id(DEFAULT_ID).version(DEFAULT_VERSION).build();
    }

    /** A builder; id and version are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link BenchmarkPolicy}, started by {@link #builder()}; {@code id} and {@code version} are required. */
    public static final class Builder extends ImmutableBenchmarkPolicy.Builder {}
}
