package io.github.outturn.benchmark;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Quartile (A to D) and quintile (A to E) bands, A the best, from type-7 cut points.
 *
 * <p>Under LAIT's rule (the default) a value equal to a cut point goes with the values below it: the
 * better band for LOWER_IS_BETTER, the worse for HIGHER_IS_BETTER. Under the SYMMETRIC rule it goes
 * to the better band in both polarities. Values of NO_JUDGEMENT and TARGET_BAND indicators are not
 * banded.
 *
 * <pre>{@code
 * CutPoints q = CutPoints.quartiles(values);                      // [20, 20, 30] for 10, 20, 20, 30, 40
 * Bands.band(bd("30"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.LAIT);       // Optional[B]
 * Bands.band(bd("30"), q, Polarity.HIGHER_IS_BETTER, BoundaryRule.SYMMETRIC);  // Optional[A]
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class Bands {

    private Bands() {}

    /**
     * The band of a value.
     *
     * @param value the value, null when missing
     * @param cutPoints the group's cut points, not null
     * @param polarity the indicator's polarity, not null
     * @param rule where a value equal to a cut point goes, not null
     * @return the band, empty when the value is missing or the polarity is not banded
     */
    public static Optional<Band> band(
            @Nullable BigDecimal value, CutPoints cutPoints, Polarity polarity, BoundaryRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (value == null || !Ranking.isRanked(polarity)) {
            return Optional.empty();
        }
        List<BigDecimal> points = cutPoints.points();
        int parts = points.size() + 1;
        // below: how many cut points lie below the value, counting one equal to it as below or not
        // according to the rule; that places the value in the (below + 1)-th part from the lowest.
        boolean equalCountsBelow = rule == BoundaryRule.SYMMETRIC && polarity == Polarity.HIGHER_IS_BETTER;
        int below = 0;
        for (BigDecimal p : points) {
            int c = value.compareTo(p);
            if (c > 0 || (c == 0 && equalCountsBelow)) {
                below++;
            }
        }
        int fromLowest = below + 1;
        int band = polarity == Polarity.LOWER_IS_BETTER ? fromLowest : parts + 1 - fromLowest;
        return Optional.of(Band.of(band));
    }

    /**
     * The quartile band of a value among a group's values, by the policy's boundary rule.
     *
     * @param value the value, null when missing
     * @param group the group's values (including the value), null where missing; at least one present
     * @param polarity the indicator's polarity, not null
     * @param policy the policy, not null
     * @return the band A to D, empty when the value is missing or the polarity is not banded
     */
    public static Optional<Band> quartile(
            @Nullable BigDecimal value, List<@Nullable BigDecimal> group, Polarity polarity, BenchmarkPolicy policy) {
        if (value == null || !Ranking.isRanked(polarity)) {
            return Optional.empty();
        }
        return band(value, CutPoints.quartiles(group), polarity, policy.boundaryRule());
    }

    /**
     * The quintile band of a value among a group's values, by the policy's boundary rule.
     *
     * @param value the value, null when missing
     * @param group the group's values (including the value), null where missing; at least one present
     * @param polarity the indicator's polarity, not null
     * @param policy the policy, not null
     * @return the band A to E, empty when the value is missing or the polarity is not banded
     */
    public static Optional<Band> quintile(
            @Nullable BigDecimal value, List<@Nullable BigDecimal> group, Polarity polarity, BenchmarkPolicy policy) {
        if (value == null || !Ranking.isRanked(polarity)) {
            return Optional.empty();
        }
        return band(value, CutPoints.quintiles(group), polarity, policy.boundaryRule());
    }
}
