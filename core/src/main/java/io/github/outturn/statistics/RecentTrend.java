package io.github.outturn.statistics;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Fingertips' recent trend of an indicator over its latest five points.
 *
 * <pre>{@code
 * RecentTrend t = RecentTrends.of(points, StatisticType.PROPORTION, 1, TrendTest.WEIGHTED_REGRESSION,
 *         Polarity.LOWER_IS_BETTER);
 * t.marker();   // INCREASING
 * t.label();    // "Increasing and getting worse"
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#RECENT_TREND}
 * @param test the test used
 * @param marker the marker
 * @param label the marker worded by polarity
 * @param chiSquared the test statistic (1 degree of freedom), empty when it cannot be calculated
 * @param slope the slope whose sign gives the direction (value per year, or logit per year for the
 *     chi-squared test), empty when it cannot be calculated
 * @param significant whether the trend is significant at 99.8% with a stable direction
 * @param points the five points used, oldest first; empty when it cannot be calculated
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record RecentTrend(
        StatisticalMethod method,
        TrendTest test,
        TrendMarker marker,
        String label,
        OptionalDouble chiSquared,
        OptionalDouble slope,
        boolean significant,
        List<TrendPoint> points,
        String inputs,
        String reason) {

    /** Copies the points and checks that nothing is null. */
    public RecentTrend {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(chiSquared, "chiSquared");
        Objects.requireNonNull(slope, "slope");
        points = List.copyOf(points);
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
