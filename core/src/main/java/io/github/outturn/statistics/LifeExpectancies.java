package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Life expectancy from deaths and populations in 20 age bands (0, 1-4, 5-9, ..., 85-89, 90+) by
 * Chiang's abridged life table (method II) with Silcocks' confidence limits, as PHE's {@code
 * phe_life_expectancy} calculates it (docs/statistics.md).
 *
 * <pre>{@code
 * int[] ages = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};
 * List<LifeExpectancy> table = LifeExpectancies.of(ages, deaths, populations, ConfidenceLevel.NINETY_FIVE);
 * table.get(0).value();   // at birth
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class LifeExpectancies {

    /** The number of age bands the method needs. */
    public static final int BANDS = 20;

    /** The start ages of the bands. */
    private static final int[] AGES = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

    /** A table whose total population is this or less is suppressed. */
    public static final double MINIMUM_POPULATION = 5000;

    /** A value whose 95% interval is wider than twice this many years is suppressed. */
    public static final double MAXIMUM_HALF_WIDTH = 10;

    /** The z of the suppression rule's 95% interval, as PHE writes it. */
    private static final double Z_95 = 1.96;

    /** The radix of the life table. */
    private static final double RADIX = 100_000;

    private LifeExpectancies() {}

    /**
     * The life expectancy at the start of each band.
     *
     * @param startAges the start age of each band, in any order: 0, 1, 5, 10, ..., 90, once each
     * @param deaths the deaths in each band, in the same order
     * @param populations the population of each band, in the same order
     * @param level the confidence level of the limits
     * @return one result per band, youngest first; every value and limit empty when the table is
     *     suppressed (negative deaths, a population of 0 or less, deaths above the population, or a total
     *     population of 5,000 or less), with the reason
     * @throws IllegalArgumentException if the arrays differ in length, or the bands are not 20 with the
     *     start ages above
     */
    public static List<LifeExpectancy> of(
            int[] startAges, double[] deaths, double[] populations, ConfidenceLevel level) {
        if (deaths.length != startAges.length || populations.length != startAges.length) {
            throw new IllegalArgumentException("Give deaths and populations for each of the " + startAges.length
                    + " age bands, not " + deaths.length + " and " + populations.length);
        }
        Integer[] order = new Integer[startAges.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> startAges[i]));
        int[] ages = new int[order.length];
        double[] d = new double[order.length];
        double[] p = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            ages[i] = startAges[order[i]];
            d[i] = deaths[order[i]];
            p[i] = populations[order[i]];
        }
        if (!Arrays.equals(ages, AGES)) {
            throw new IllegalArgumentException("Life expectancy needs the " + BANDS
                    + " age bands starting at 0, 1, 5, 10, ..., 90, not " + Arrays.toString(ages));
        }
        String inputs = BANDS + " age bands, " + Figures.of(Arrays.stream(d).sum()) + " deaths, population "
                + Figures.of(Arrays.stream(p).sum()) + ", " + level + " limits";
        Optional<String> suppressed = suppression(d, p);
        if (suppressed.isPresent()) {
            List<LifeExpectancy> none = new ArrayList<>();
            for (int i = 0; i < BANDS; i++) {
                none.add(new LifeExpectancy(
                        StatisticalMethod.LIFE_EXPECTANCY,
                        ages[i],
                        level,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        tail(p, i),
                        tail(d, i),
                        inputs,
                        "Life expectancy is not calculated: " + suppressed.get() + " ("
                                + StatisticalMethod.LIFE_EXPECTANCY.reference() + ")"));
            }
            return List.copyOf(none);
        }
        int last = BANDS - 1;
        double[] n = new double[BANDS];
        double[] a = new double[BANDS];
        double[] m = new double[BANDS];
        double[] q = new double[BANDS];
        double[] l = new double[BANDS];
        double[] dl = new double[BANDS];
        double[] bigL = new double[BANDS];
        for (int i = 0; i < BANDS; i++) {
            m[i] = d[i] / p[i];
            a[i] = i == 0 ? 0.1 : 0.5;
            n[i] = i == last ? 2 / m[i] : ages[i + 1] - ages[i];
            q[i] = i == last || d[i] > p[i] / (n[i] * a[i]) ? 1 : n[i] * m[i] / (1 + n[i] * m[i] * (1 - a[i]));
        }
        l[0] = RADIX;
        for (int i = 0; i < BANDS; i++) {
            dl[i] = l[i] * q[i];
            if (i < last) {
                l[i + 1] = l[i] - dl[i];
            }
        }
        for (int i = 0; i < BANDS; i++) {
            bigL[i] = i == last ? l[i] / m[i] : n[i] * (l[i + 1] + a[i] * dl[i]);
        }
        double[] t = new double[BANDS];
        double[] e = new double[BANDS];
        double sum = 0;
        for (int i = last; i >= 0; i--) {
            sum += bigL[i];
            t[i] = sum;
            e[i] = t[i] / l[i];
        }
        double[] w = new double[BANDS];
        for (int i = 0; i < BANDS; i++) {
            if (i == last) {
                w[i] = (l[i] / 2) * (l[i] / 2) * (4 / (d[i] * m[i] * m[i]));
            } else {
                double s2 = d[i] == 0 ? 0 : q[i] * q[i] * (1 - q[i]) / d[i];
                double f = (1 - a[i]) * n[i] + e[i + 1];
                w[i] = l[i] * l[i] * f * f * s2;
            }
        }
        double z = level.z();
        List<LifeExpectancy> out = new ArrayList<>();
        double sw = 0;
        double[] se = new double[BANDS];
        for (int i = last; i >= 0; i--) {
            sw += w[i];
            se[i] = Math.sqrt(sw / (l[i] * l[i]));
        }
        for (int i = 0; i < BANDS; i++) {
            double lo = e[i] - z * se[i];
            double hi = e[i] + z * se[i];
            boolean wide = Z_95 * se[i] > MAXIMUM_HALF_WIDTH;
            String figures = "limits " + Figures.of(lo) + " to " + Figures.of(hi) + " at " + level;
            out.add(new LifeExpectancy(
                    StatisticalMethod.LIFE_EXPECTANCY,
                    ages[i],
                    level,
                    wide ? OptionalDouble.empty() : OptionalDouble.of(e[i]),
                    OptionalDouble.of(lo),
                    OptionalDouble.of(hi),
                    tail(p, i),
                    tail(d, i),
                    inputs,
                    (wide
                                    ? "Life expectancy at " + ages[i]
                                            + " is suppressed: its 95% interval is wider than "
                                            + Figures.of(2 * MAXIMUM_HALF_WIDTH) + " years; " + figures
                                    : "Life expectancy at " + ages[i] + " is " + Figures.of(e[i]) + " years, "
                                            + figures)
                            + " (" + StatisticalMethod.LIFE_EXPECTANCY.reference() + ")"));
        }
        return List.copyOf(out);
    }

    private static Optional<String> suppression(double[] d, double[] p) {
        for (int i = 0; i < BANDS; i++) {
            if (!(d[i] >= 0)) {
                return Optional.of("the deaths in band " + AGES[i] + " are " + Figures.of(d[i]) + ", below 0");
            }
            if (!(p[i] > 0)) {
                return Optional.of("the population of band " + AGES[i] + " is " + Figures.of(p[i]) + ", not above 0");
            }
            if (d[i] > p[i]) {
                return Optional.of("the deaths in band " + AGES[i] + " (" + Figures.of(d[i])
                        + ") are more than its population (" + Figures.of(p[i]) + ")");
            }
        }
        double total = Arrays.stream(p).sum();
        if (total <= MINIMUM_POPULATION) {
            return Optional.of(
                    "the total population " + Figures.of(total) + " is not above " + Figures.of(MINIMUM_POPULATION));
        }
        return Optional.empty();
    }

    private static double tail(double[] x, int from) {
        double s = 0;
        for (int i = from; i < x.length; i++) {
            s += x[i];
        }
        return s;
    }
}
