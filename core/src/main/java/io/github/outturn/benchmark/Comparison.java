package io.github.outturn.benchmark;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of comparing an area's value with a comparator: both values, the difference (area
 * minus comparator), the relative difference (the difference over the comparator's magnitude), the
 * judgement, what it was judged by, the interval used if any, a reason in words and the policy.
 *
 * <pre>{@code
 * Comparison c = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, new BigDecimal("44.1"), "England",
 *         new BigDecimal("40.0"), BenchmarkPolicy.defaults());
 * c.judgement();          // BETTER
 * c.difference();         // Optional[4.1]
 * c.reason();             // "44.1 is higher than England (40.0) by 4.1 (10.25%): BETTER"
 * }</pre>
 *
 * @param comparator the comparator's name, such as "England" or "2012/13"
 * @param areaValue the area's value, empty when missing
 * @param comparatorValue the comparator's value, empty when missing
 * @param difference area minus comparator, empty when either is missing
 * @param relativeDifference the difference as a fraction of the comparator's magnitude (0.1025 is
 *     10.25%), empty when either is missing or the comparator is zero
 * @param judgement the judgement
 * @param basis what the judgement was made by
 * @param interval the area's interval when judged by it
 * @param reason the judgement in words
 * @param policyReference the policy, {@code id@version}
 *     <p>Immutable and thread-safe.
 */
public record Comparison(
        String comparator,
        Optional<BigDecimal> areaValue,
        Optional<BigDecimal> comparatorValue,
        Optional<BigDecimal> difference,
        Optional<BigDecimal> relativeDifference,
        Judgement judgement,
        JudgementBasis basis,
        Optional<ConfidenceInterval> interval,
        String reason,
        String policyReference) {

    /** Checks that no component is null. */
    public Comparison {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(areaValue, "areaValue");
        Objects.requireNonNull(comparatorValue, "comparatorValue");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(relativeDifference, "relativeDifference");
        Objects.requireNonNull(judgement, "judgement");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(policyReference, "policyReference");
    }

    /** The relative difference as a percentage (10.25 for 10.25%), when there is one. */
    public Optional<BigDecimal> relativeDifferencePercent() {
        return relativeDifference.map(r -> r.movePointRight(2).stripTrailingZeros());
    }
}
