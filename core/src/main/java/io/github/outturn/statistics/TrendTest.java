package io.github.outturn.statistics;

/**
 * The test Fingertips uses for a recent trend.
 *
 * <pre>{@code
 * RecentTrends.of(points, StatisticType.PROPORTION, 1, TrendTest.CHI_SQUARED_FOR_TREND, Polarity.LOWER_IS_BETTER);
 * }</pre>
 */
public enum TrendTest {
    /**
     * Weighted least squares of the value on time, each point weighted by 1 / SE^2 with SE = (upper 95%
     * - lower 95%) / 3.92; chi-squared = (slope / its standard error)^2. Fingertips' default, and the
     * rule for crude rates.
     */
    WEIGHTED_REGRESSION,
    /**
     * Armitage's chi-squared test for trend in proportions; the direction from an unweighted fit of
     * logit(count / denominator) on time. Fingertips' "SPC for proportions" method.
     */
    CHI_SQUARED_FOR_TREND
}
