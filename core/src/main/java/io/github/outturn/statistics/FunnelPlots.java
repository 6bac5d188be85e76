package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Funnel plots by Public Health England's method (PHEindicatormethods {@code calculate_funnel_limits},
 * {@code assign_funnel_significance}, {@code calculate_funnel_points}; docs/statistics.md): control
 * limits at 95% and 99.8% for proportions, ratios and rates along an axis of 100 points, and each
 * area's significance against them.
 *
 * <pre>{@code
 * FunnelPlot plot = FunnelPlots.of(FunnelType.PROPORTION, records, 100, 1);
 * FunnelPlots.proportionLimit(0.8, 1000, ConfidenceLevel.NINETY_FIVE, 100); // limits at n = 1000
 * FunnelPlots.ratioLimit(FunnelType.RATIO_ISR, 25, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
 * }</pre>
 *
 * <p>Ratio and rate limits need the Poisson mean at which a count is just significant; as PHE does,
 * it is found by bisection on {@code v = mu / (mu + x + 1)}, halving the step from 0.25 until it is
 * no larger than 1e-7, with PHE's own summation of the Poisson probabilities, so the limits are PHE's
 * to the last digit (they differ from exact chi-squared
 * limits by up to 5e-5, relative). Pure functions; thread-safe.
 */
public final class FunnelPlots {

    /** The levels of a funnel plot: 95% (PHE's 2 sigma) and 99.8% (3 sigma). */
    public static final List<ConfidenceLevel> LEVELS = ConfidenceLevel.defaults();

    /** The number of points on the horizontal axis. */
    public static final int AXIS_POINTS = 100;

    /** Directly standardised rates from fewer events than this are not charted. */
    public static final int DSR_MINIMUM_EVENTS = 10;

    private static final double STEP = 1e-7;

    private FunnelPlots() {}

    /**
     * The Poisson mean at which {@code events} is just significant in one tail, by PHE's bisection:
     * above the count, the mean with {@code P(X <= events) = tail}; below it, the mean with {@code P(X
     * >= events) = tail}.
     *
     * @param events the count, at least 0
     * @param tail the probability in the tail, such as 0.025
     * @param above true for the mean above the count (the lower limit of a ratio), false for below
     * @return the mean
     * @throws IllegalArgumentException if events is negative or the tail is not between 0 and 0.5
     */
    public static double poissonMean(int events, double tail, boolean above) {
        if (events < 0) {
            throw new IllegalArgumentException("Events " + events + " must be at least 0");
        }
        if (!(tail > 0 && tail < 0.5)) {
            throw new IllegalArgumentException("Tail probability " + tail + " must be between 0 and 0.5");
        }
        double v = 0.5;
        double dv = 0.5;
        while (dv > STEP) {
            dv /= 2;
            double mean = (1 + events) * v / (1 - v);
            boolean tooHigh = above
                    ? poissonProbability(mean, 0, events) < tail
                    : poissonProbability(mean, events, Long.MAX_VALUE) > tail;
            v = tooHigh ? v - dv : v + dv;
        }
        return (1 + events) * v / (1 - v);
    }

    /**
     * {@code P(from <= X <= to)} for X Poisson with this mean, as PHE's funnel tools compute it: the
     * terms {@code mean^k / k!} summed from k = 0 while k is at most the mean or the term is above
     * 1e-10 of the sum so far (rescaled by 1e30 when the sum grows large), the wanted terms divided by
     * the sum. Its small truncation decides a few steps of the bisection, so it is kept as PHE has it.
     */
    static double poissonProbability(double mean, long from, long to) {
        double term = 1;
        double total = 0;
        double wanted = 0;
        long k = 0;
        while (k <= mean || term > total * 1e-10) {
            total += term;
            if (k >= from && k <= to) {
                wanted += term;
            }
            if (total > 1e30) {
                wanted /= 1e30;
                total /= 1e30;
                term /= 1e30;
            }
            k++;
            term *= mean / k;
        }
        return wanted / total;
    }

    /**
     * The limits of a proportion at a denominator: the proportions whose Wilson interval at the level
     * just reaches the average, times the multiplier, kept between 0 and 100.
     *
     * @param average the average proportion, 0 to 1
     * @param population the denominator, above 0
     * @param level the level, not null
     * @param multiplier 1 for a fraction, 100 for a percentage
     * @return the limits
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static FunnelLimit proportionLimit(
            double average, double population, ConfidenceLevel level, double multiplier) {
        if (!(average >= 0 && average <= 1)) {
            throw new IllegalArgumentException("Average proportion " + average + " must be between 0 and 1");
        }
        Figures.positive(population, "Population");
        Figures.positive(multiplier, "Multiplier");
        double[] limits = proportionLimits(average, population, level.z());
        return new FunnelLimit(
                population,
                level,
                clip(limits[0] * multiplier),
                clip(limits[1] * multiplier),
                OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /** The Wilson inversion: x solves (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2)) = a. */
    private static double[] proportionLimits(double a, double n, double z) {
        double z2 = z * z;
        double c = 2 * a * (n + z2) - z2;
        double scale = 1 + z2 / n;
        double centre = 2 * a * (n + z2);
        double root = Math.sqrt(Math.max(0, centre * centre - scale * (c * c - z2 * z2)));
        return new double[] {(centre - root) / (2 * scale) / n, (centre + root) / (2 * scale) / n};
    }

    private static double clip(double x) {
        return Math.min(100, Math.max(0, x));
    }

    /**
     * The limits of a ratio at a number of observed events: {@code x / mu} with mu the Poisson mean
     * at which x is just significant, shown as {@code x / mu - 1} (count) or {@code x / mu x 100}
     * (ISR).
     *
     * @param type {@link FunnelType#RATIO_COUNT} or {@link FunnelType#RATIO_ISR}
     * @param events the observed events, at least 1
     * @param level the level, not null
     * @return the limits, with the expected events at which each passes through x
     * @throws IllegalArgumentException if the type is not a ratio or events is below 1
     */
    public static FunnelLimit ratioLimit(FunnelType type, int events, ConfidenceLevel level) {
        if (!type.isRatio()) {
            throw new IllegalArgumentException("Funnel type " + type + " is not a ratio");
        }
        double[] means = means(events, level);
        return new FunnelLimit(
                events,
                level,
                ratio(type, events / means[0]),
                ratio(type, events / means[1]),
                OptionalDouble.of(means[0]),
                OptionalDouble.of(means[1]));
    }

    private static double[] means(int events, ConfidenceLevel level) {
        if (events < 1) {
            throw new IllegalArgumentException("Events " + events + " on a funnel axis must be at least 1");
        }
        double tail = level.tailProbability();
        return new double[] {poissonMean(events, tail, true), poissonMean(events, tail, false)};
    }

    private static double ratio(FunnelType type, double r) {
        return type == FunnelType.RATIO_COUNT ? r - 1 : r * 100;
    }

    /**
     * The limits of a rate at a number of events: {@code x / (mu / average) x multiplier}.
     *
     * @param events the events, at least 1
     * @param average the average events per unit of denominator, above 0
     * @param multiplier the rate's base, such as 100000, above 0
     * @param yearsOfData the years the rates cover, above 0
     * @param level the level, not null
     * @return the limits, with the one-year population at which each passes through x
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static FunnelLimit rateLimit(
            int events, double average, double multiplier, double yearsOfData, ConfidenceLevel level) {
        Figures.positive(average, "Average");
        Figures.positive(multiplier, "Multiplier");
        Figures.positive(yearsOfData, "Years of data");
        double[] means = means(events, level);
        double lowerPopulation = means[0] / average;
        double upperPopulation = means[1] / average;
        return new FunnelLimit(
                events,
                level,
                events / lowerPopulation * multiplier,
                events / upperPopulation * multiplier,
                OptionalDouble.of(lowerPopulation / yearsOfData),
                OptionalDouble.of(upperPopulation / yearsOfData));
    }

    /**
     * PHE's axis: 100 points from {@code max(1, low)} to high, each the previous times {@code (high /
     * previous)^(1 / (base - j))} for j = 2 to 100, rounded half to even and at least the previous + 1.
     */
    static List<Double> axis(double low, double high, int base) {
        List<Double> points = new ArrayList<>(AXIS_POINTS);
        double previous = Math.max(1, low);
        points.add(previous);
        for (int j = 2; j <= AXIS_POINTS; j++) {
            double next = Math.rint(previous * Math.pow(high / previous, 1.0 / (base - j)));
            previous = Math.max(next, previous + 1);
            points.add(previous);
        }
        return points;
    }

    /** 1.05 x rounded up to two significant figures (PHE's axis maximum). */
    static double axisMaximum(double x) {
        double y = x * 1.05;
        int digits = Long.toString((long) Math.ceil(y)).length() - 2;
        double unit = Math.pow(10, digits);
        return x == 0 ? 0 : Math.ceil(y / unit) * unit;
    }

    /** 0 when the largest is more than twice the smallest, else 0.95 x the smallest rounded down to one figure. */
    static double axisMinimum(double smallest, double largest) {
        if (largest > 2 * smallest || smallest == 0) {
            return 0;
        }
        double y = smallest * 0.95;
        int digits = Long.toString((long) Math.floor(y)).length() - 1;
        double unit = Math.pow(10, digits);
        return Math.floor(y / unit) * unit;
    }

    /**
     * Where a proportion lies against the limits at its own denominator.
     *
     * @param numerator the numerator, 0 to the denominator
     * @param denominator the denominator, above 0
     * @param average the average proportion of the data set, 0 to 1
     * @return the significance
     */
    public static FunnelSignificance proportionSignificance(double numerator, double denominator, double average) {
        Figures.positive(denominator, "Denominator");
        double p = numerator / denominator;
        double[] outer = proportionLimits(average, denominator, LEVELS.get(1).z());
        double[] inner = proportionLimits(average, denominator, LEVELS.get(0).z());
        return classify(p < outer[0], p < inner[0], p > outer[1], p > inner[1]);
    }

    /**
     * Where a ratio lies: 1 against the observed count's limits (exact below 10, Byar's from 10 up)
     * divided by the expected events.
     *
     * @param observed the observed events, a whole number of at least 0
     * @param expected the expected events, above 0
     * @return the significance
     */
    public static FunnelSignificance ratioSignificance(double observed, double expected) {
        return countSignificance(observed, expected, 1);
    }

    /**
     * Where a rate lies: the average against the count's limits divided by the denominator.
     *
     * @param events the events, a whole number of at least 0
     * @param denominator the (derived) denominator, above 0
     * @param average the average events per unit of denominator
     * @return the significance
     */
    public static FunnelSignificance rateSignificance(double events, double denominator, double average) {
        return countSignificance(events, denominator, average);
    }

    private static FunnelSignificance countSignificance(double events, double denominator, double centre) {
        Figures.positive(denominator, "Denominator");
        ConfidenceInterval outer = ConfidenceIntervals.count(events, LEVELS.get(1));
        ConfidenceInterval inner = ConfidenceIntervals.count(events, LEVELS.get(0));
        return classify(
                outer.upper() / denominator < centre,
                inner.upper() / denominator < centre,
                outer.lower() / denominator > centre,
                inner.lower() / denominator > centre);
    }

    private static FunnelSignificance classify(boolean low998, boolean low95, boolean high998, boolean high95) {
        if (low998) {
            return FunnelSignificance.LOW_99_8;
        }
        if (low95) {
            return FunnelSignificance.LOW_95;
        }
        if (high998) {
            return FunnelSignificance.HIGH_99_8;
        }
        return high95 ? FunnelSignificance.HIGH_95 : FunnelSignificance.NOT_SIGNIFICANT;
    }

    /**
     * The funnel plot of a data set: the average over all its records, the limits along PHE's axis,
     * and each record's point and significance.
     *
     * @param type what is plotted, not null
     * @param records the data set, at least one record; each needs a denominator (proportions, ratios)
     *     or a rate (rates; a crude rate with no events needs its denominator)
     * @param multiplier the multiplier: 100 for a percentage, the rate's base; ignored for ratios
     * @param yearsOfData for rates the years the figures cover, else 1
     * @return the plot
     * @throws IllegalArgumentException if a record lacks what its type needs or a number is out of range
     */
    public static FunnelPlot of(FunnelType type, List<FunnelRecord> records, double multiplier, double yearsOfData) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("A funnel plot needs at least one record");
        }
        Figures.positive(multiplier, "Multiplier");
        Figures.positive(yearsOfData, "Years of data");
        double[] denominators = new double[records.size()];
        double events = 0;
        double total = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int i = 0; i < records.size(); i++) {
            FunnelRecord r = records.get(i);
            denominators[i] = denominator(type, r, multiplier);
            if (!Double.isNaN(denominators[i])) {
                events += r.numerator();
                total += denominators[i];
                smallest = Math.min(smallest, denominators[i]);
                largest = Math.max(largest, denominators[i]);
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("The records of a funnel plot have no denominator in all");
        }
        double average = type.isRatio() ? 1 : events / total;
        List<FunnelLimit> limits = new ArrayList<>();
        for (double x : axis(type, smallest, largest, average, yearsOfData)) {
            for (ConfidenceLevel level : LEVELS) {
                limits.add(
                        type == FunnelType.PROPORTION
                                ? proportionLimit(average, x, level, multiplier)
                                : type.isRatio()
                                        ? ratioLimit(type, (int) x, level)
                                        : rateLimit((int) x, average, multiplier, yearsOfData, level));
            }
        }
        Map<FunnelSignificance, Integer> tally = new EnumMap<>(FunnelSignificance.class);
        List<FunnelPoint> points = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            FunnelPoint p = point(type, records.get(i), denominators[i], average, multiplier, yearsOfData);
            tally.merge(p.significance(), 1, Integer::sum);
            points.add(p);
        }
        double baseline =
                type == FunnelType.RATIO_COUNT ? 0 : type == FunnelType.RATIO_ISR ? 100 : average * multiplier;
        String inputs = records.size() + " areas, " + Figures.of(events) + " events over "
                + (type.isRatio() ? Figures.of(total) + " expected" : "a denominator of " + Figures.of(total))
                + (type.isRate() ? " in " + Figures.of(yearsOfData) + " years" : "");
        StringBuilder counts = new StringBuilder();
        tally.forEach((s, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(n)
                .append(' ')
                .append(s.label()));
        return new FunnelPlot(
                StatisticalMethod.FUNNEL_PLOT,
                type,
                multiplier,
                yearsOfData,
                average,
                baseline,
                limits,
                points,
                inputs,
                "Funnel plot of " + inputs + ": centre line " + Figures.of(baseline) + "; " + counts + " ("
                        + StatisticalMethod.FUNNEL_PLOT.reference() + ")");
    }

    /** The denominator a record contributes: given, expected, or derived from its events and rate. */
    private static double denominator(FunnelType type, FunnelRecord r, double multiplier) {
        if (!type.isRate()) {
            if (Double.isNaN(r.denominator()) || r.denominator() == 0) {
                throw new IllegalArgumentException("Record " + r.area() + " needs a denominator above 0");
            }
            if (type == FunnelType.PROPORTION && r.numerator() > r.denominator()) {
                throw new IllegalArgumentException("Record " + r.area() + ": numerator " + r.numerator()
                        + " is above the denominator " + r.denominator());
            }
            return r.denominator();
        }
        if (r.numerator() > 0) {
            if (!(r.rate() > 0)) {
                throw new IllegalArgumentException("Record " + r.area() + " has events but no rate above 0");
            }
            return multiplier * r.numerator() / r.rate();
        }
        if (type == FunnelType.RATE_DSR) {
            return Double.NaN;
        }
        if (!(r.denominator() > 0)) {
            throw new IllegalArgumentException(
                    "Record " + r.area() + " has no events: a crude rate then needs its denominator");
        }
        return r.denominator();
    }

    private static List<Double> axis(
            FunnelType type, double smallest, double largest, double average, double yearsOfData) {
        if (!type.isRate()) {
            return axis(axisMinimum(smallest, largest), axisMaximum(largest), type.isRatio() ? 102 : 101);
        }
        double low = axisMinimum(smallest / yearsOfData, largest / yearsOfData);
        double high = axisMaximum(largest / yearsOfData);
        return axis(Math.floor(low * yearsOfData * average), Math.ceil(high * yearsOfData * average), 101);
    }

    private static FunnelPoint point(
            FunnelType type,
            FunnelRecord r,
            double denominator,
            double average,
            double multiplier,
            double yearsOfData) {
        if (type == FunnelType.RATE_DSR && r.numerator() < DSR_MINIMUM_EVENTS) {
            return new FunnelPoint(
                    r,
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    FunnelSignificance.NOT_APPLICABLE,
                    r.area() + ": " + Figures.of(r.numerator()) + " events, fewer than " + DSR_MINIMUM_EVENTS
                            + ", not charted: " + FunnelSignificance.NOT_APPLICABLE.label());
        }
        double value;
        FunnelSignificance s;
        switch (type) {
            case PROPORTION:
                value = r.numerator() / r.denominator() * multiplier;
                s = proportionSignificance(r.numerator(), r.denominator(), average);
                break;
            case RATIO_COUNT:
            case RATIO_ISR:
                value = ratio(type, r.numerator() / r.denominator());
                s = ratioSignificance(r.numerator(), r.denominator());
                break;
            default:
                value = r.rate();
                s = rateSignificance(r.numerator(), denominator, average);
                break;
        }
        double shown = type.isRate() ? denominator / yearsOfData : denominator;
        return new FunnelPoint(
                r,
                Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value),
                OptionalDouble.of(shown),
                s,
                r.area() + ": " + Figures.of(value) + " at " + Figures.of(shown) + ", " + s.label());
    }
}
