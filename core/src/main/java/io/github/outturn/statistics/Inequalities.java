package io.github.outturn.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;

/**
 * The slope and relative index of inequality by PHE's method ({@code phe_sii}, deterministic part;
 * docs/statistics.md): each quantile's population share a and the mid-point b of its cumulative share
 * (quantile 1 from 0), then the weighted least-squares fit of the value y on b, weights a (the fit
 * without intercept of sqrt(a) y on sqrt(a) and b sqrt(a)). SII = (f(i + s) - f(i)) x multiplier and
 * RII = f(i + s) / f(i), inverted when the multiplier is negative, with i and s the fitted intercept
 * and slope and f the back-transform (exp for log rates, the inverse logit for logit proportions, none
 * otherwise).
 *
 * <pre>{@code
 * int[] quintiles = {1, 2, 3, 4, 5};
 * double[] populations = {7291, 7997, 6105, 7666, 5790};
 * double[] values = {75.93, 78.34, 83.84, 83.64, 80.47};
 * Inequalities.slopeIndex(quintiles, populations, values, SiiValueType.NORMAL, false, 1).sii(); // 7.9...
 * }</pre>
 *
 * <p>The Monte-Carlo confidence limits PHE simulates are not computed. Pure functions; thread-safe.
 */
public final class Inequalities {

    private Inequalities() {}

    /**
     * The slope and relative index of inequality of values across quantiles.
     *
     * @param quantiles each group's quantile (1 = the first, usually the most deprived), all different
     * @param populations each group's population, above 0
     * @param values each group's value: a rate above 0 when log-transformed, a proportion from 0 to 1
     *     (strictly between when logit-transformed)
     * @param type the kind of value
     * @param transform whether to fit on the log (rates) or logit (proportions) scale; not for {@link
     *     SiiValueType#NORMAL}
     * @param multiplier what the SII is multiplied by (100 for a proportion shown as a percentage; -1
     *     to turn its sign where lower is better), not 0
     * @return the indices
     * @throws IllegalArgumentException if the lengths differ, fewer than 2 groups are given, a quantile
     *     repeats or a number is out of range
     */
    public static SlopeIndexOfInequality slopeIndex(
            int[] quantiles,
            double[] populations,
            double[] values,
            SiiValueType type,
            boolean transform,
            double multiplier) {
        int n = quantiles.length;
        if (populations.length != n || values.length != n) {
            throw new IllegalArgumentException("Slope index of inequality: " + n + " quantiles, " + populations.length
                    + " populations and " + values.length + " values: expected one of each for every group");
        }
        if (n < 2) {
            throw new IllegalArgumentException("Slope index of inequality: " + n + " groups, expected at least 2");
        }
        if (transform && type == SiiValueType.NORMAL) {
            throw new IllegalArgumentException(
                    "Slope index of inequality: only rates (log) and proportions (logit) can be transformed");
        }
        if (multiplier == 0 || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException(
                    "Slope index of inequality: multiplier " + multiplier + " must be a finite number other than 0");
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> quantiles[i]));
        double total = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k > 0 && quantiles[i] == quantiles[order[k - 1]]) {
                throw new IllegalArgumentException(
                        "Slope index of inequality: quantile " + quantiles[i] + " is given twice");
            }
            total += Figures.positive(populations[i], "Population of quantile " + quantiles[i]);
            checkValue(values[i], quantiles[i], type, transform);
        }
        DoubleUnaryOperator scale = transform ? (type == SiiValueType.RATE ? Math::log : Inequalities::logit) : y -> y;
        DoubleUnaryOperator back =
                transform ? (type == SiiValueType.RATE ? Math::exp : Inequalities::inverseLogit) : y -> y;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] y = new double[n];
        double cumulative = 0;
        double meanB = 0;
        double meanY = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            a[k] = populations[i] / total;
            b[k] = cumulative + a[k] / 2;
            cumulative += a[k];
            y[k] = scale.applyAsDouble(values[i]);
            meanB += a[k] * b[k];
            meanY += a[k] * y[k];
        }
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < n; k++) {
            sxy += a[k] * (b[k] - meanB) * (y[k] - meanY);
            sxx += a[k] * (b[k] - meanB) * (b[k] - meanB);
        }
        double slope = sxy / sxx;
        double fittedIntercept = meanY - slope * meanB;
        double start = back.applyAsDouble(fittedIntercept);
        double end = back.applyAsDouble(fittedIntercept + slope);
        double sii = (end - start) * multiplier;
        double rii = multiplier < 0 ? start / end : end / start;
        double intercept = transform ? start * Math.abs(multiplier) : fittedIntercept;
        String inputs = n + " quantiles with a population of " + Figures.of(total) + ", "
                + type.name().toLowerCase(Locale.ROOT) + " values"
                + (transform
                        ? (type == SiiValueType.RATE ? " fitted on the log scale" : " fitted on the logit scale")
                        : "")
                + ", multiplier " + Figures.of(multiplier);
        return new SlopeIndexOfInequality(
                StatisticalMethod.SLOPE_INDEX_OF_INEQUALITY,
                type,
                transform,
                multiplier,
                n,
                total,
                sii,
                rii,
                intercept,
                slope,
                inputs,
                "Slope index of inequality " + Figures.of(sii) + ", relative index " + Figures.of(rii)
                        + ": the fitted value goes from " + Figures.of(start) + " at the start of quantile "
                        + quantiles[order[0]] + " to " + Figures.of(end) + " at the end of quantile "
                        + quantiles[order[n - 1]] + ", from " + inputs + " ("
                        + StatisticalMethod.SLOPE_INDEX_OF_INEQUALITY.reference() + ")");
    }

    /**
     * The slope and relative index of inequality of proportions given as counts: each value is the
     * count divided by the population (PHE's {@code x} with {@code value_type = 2}).
     *
     * @param quantiles each group's quantile, all different
     * @param populations each group's population (the denominator), above 0
     * @param counts each group's numerator, from 0 to the population (above 0 and below it when
     *     transformed)
     * @param transform whether to fit on the logit scale
     * @param multiplier what the SII is multiplied by, not 0
     * @return the indices
     * @throws IllegalArgumentException as {@link #slopeIndex}
     */
    public static SlopeIndexOfInequality slopeIndexOfCounts(
            int[] quantiles, double[] populations, double[] counts, boolean transform, double multiplier) {
        if (counts.length != populations.length) {
            throw new IllegalArgumentException("Slope index of inequality: " + counts.length + " counts and "
                    + populations.length + " populations: expected one of each for every group");
        }
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i] / populations[i];
        }
        return slopeIndex(quantiles, populations, values, SiiValueType.PROPORTION, transform, multiplier);
    }

    private static void checkValue(double v, int quantile, SiiValueType type, boolean transform) {
        boolean ok = switch (type) {
            case NORMAL -> Double.isFinite(v);
            case RATE -> transform ? v > 0 && Double.isFinite(v) : Double.isFinite(v);
            case PROPORTION -> transform ? v > 0 && v < 1 : v >= 0 && v <= 1;
        };
        if (!ok) {
            String expected = switch (type) {
                case NORMAL -> "a finite number";
                case RATE -> transform ? "a finite rate above 0 to take its log" : "a finite number";
                case PROPORTION ->
                    transform ? "a proportion strictly between 0 and 1 to take its logit" : "a proportion from 0 to 1";
            };
            throw new IllegalArgumentException(
                    "Slope index of inequality: value " + v + " of quantile " + quantile + ": expected " + expected);
        }
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static double inverseLogit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
