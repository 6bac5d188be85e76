package io.github.outturn.statistics;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.IntervalMethod;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Directly and indirectly standardised rates by Public Health England's methods (PHEindicatormethods
 * {@code calculate_dsr}, {@code calculate_ISRatio}, {@code calculate_ISRate}; docs/statistics.md).
 *
 * <pre>{@code
 * double[] counts = {127, 25, 18, ...};       // events in each age band
 * double[] pops = {636, 558, 609, ...};       // local population in each band
 * Standardisation.directRate(counts, pops, StandardPopulation.esp2013(), 100_000, ConfidenceLevel.NINETY_FIVE);
 * Standardisation.indirectRatio(counts, pops, refCounts, refPops, 100, ConfidenceLevel.NINETY_FIVE);
 * }</pre>
 *
 * <p>A missing count ({@code NaN}) is taken as 0, as PHE does. Pure functions; thread-safe.
 */
public final class Standardisation {

    /** Directly standardised rates with a total count below this have no value (PHE's rule). */
    public static final int DSR_MINIMUM_COUNT = 10;

    private Standardisation() {}

    /**
     * The directly standardised rate {@code sum(w x / n) / sum(w) x multiplier}, with Dobson limits:
     * {@code DSR + sqrt(var / O) (B - O)} with {@code var = sum(w^2 x / n^2) / sum(w)^2}, O the total
     * count and B Byar's lower or upper limit of O. Below 10 events in all there is no value.
     *
     * @param counts the events in each band ({@code NaN} = missing, taken as 0), each at least 0
     * @param populations the population of each band, each above 0
     * @param standard the standard population, with as many bands
     * @param multiplier the base, such as 100000, above 0
     * @param level the confidence level, not null
     * @return the rate
     * @throws IllegalArgumentException if the lengths differ or a number is out of range
     */
    public static DirectlyStandardisedRate directRate(
            double[] counts,
            double[] populations,
            StandardPopulation standard,
            double multiplier,
            ConfidenceLevel level) {
        return directRateByFrequency(Map.of(1, counts), populations, standard, multiplier, level);
    }

    /**
     * The directly standardised rate of events that are not independent (one person may have several):
     * the input is, for each number of events f, the number of persons in each band who had exactly f
     * events. The value is as for {@link #directRate}; the variance is {@code sum over f of f^2 var_f},
     * {@code var_f} computed from the persons with f events.
     *
     * @param personsByFrequency for each frequency f (at least 1), the persons in each band with f
     *     events ({@code NaN} = missing, taken as 0)
     * @param populations the population of each band, each above 0
     * @param standard the standard population, with as many bands
     * @param multiplier the base, such as 100000, above 0
     * @param level the confidence level, not null
     * @return the rate
     * @throws IllegalArgumentException if the lengths differ or a number is out of range
     */
    public static DirectlyStandardisedRate directRateByFrequency(
            Map<Integer, double[]> personsByFrequency,
            double[] populations,
            StandardPopulation standard,
            double multiplier,
            ConfidenceLevel level) {
        int bands = standard.size();
        Figures.positive(multiplier, "Multiplier");
        checkLength(populations, bands, "populations", standard);
        for (int i = 0; i < bands; i++) {
            Figures.positive(
                    populations[i], "Population of band " + standard.bands().get(i));
        }
        if (personsByFrequency.isEmpty()) {
            throw new IllegalArgumentException("No event frequencies given");
        }
        double weightTotal = 0;
        for (int i = 0; i < bands; i++) {
            weightTotal += standard.weight(i);
        }
        double[] events = new double[bands];
        double variance = 0;
        for (Map.Entry<Integer, double[]> e : new TreeMap<>(personsByFrequency).entrySet()) {
            int f = e.getKey();
            if (f < 1) {
                throw new IllegalArgumentException("Event frequency " + f + " must be at least 1");
            }
            double[] persons = e.getValue();
            checkLength(persons, bands, "counts", standard);
            double varianceF = 0;
            for (int i = 0; i < bands; i++) {
                double p = Double.isNaN(persons[i])
                        ? 0
                        : Figures.nonNegative(
                                persons[i], "Count in band " + standard.bands().get(i));
                events[i] += f * p;
                double w = standard.weight(i);
                varianceF += w * w * p / (populations[i] * populations[i]);
            }
            variance += (double) f * f * varianceF;
        }
        variance /= weightTotal * weightTotal;
        double total = 0;
        double population = 0;
        double weighted = 0;
        for (int i = 0; i < bands; i++) {
            total += events[i];
            population += populations[i];
            weighted += standard.weight(i) * events[i] / populations[i];
        }
        boolean independent = personsByFrequency.keySet().stream().allMatch(f -> f == 1);
        String inputs = Figures.of(total) + " events in a population of " + Figures.of(population) + ", " + bands
                + " age bands standardised to " + standard.name() + (independent ? "" : ", events not independent");
        String per = " per " + Figures.of(multiplier);
        if (total < DSR_MINIMUM_COUNT) {
            return new DirectlyStandardisedRate(
                    StatisticalMethod.DIRECTLY_STANDARDISED_RATE,
                    total,
                    population,
                    OptionalDouble.empty(),
                    Optional.empty(),
                    multiplier,
                    level,
                    inputs,
                    "No directly standardised rate: " + Figures.of(total) + " events in all, fewer than "
                            + DSR_MINIMUM_COUNT + " (" + StatisticalMethod.DIRECTLY_STANDARDISED_RATE.reference()
                            + ")");
        }
        double dsr = weighted / weightTotal;
        double spread = Math.sqrt(variance / total);
        double z = level.z();
        double lower = (dsr + spread * (ConfidenceIntervals.byarLower(total, z) - total)) * multiplier;
        double upper = (dsr + spread * (ConfidenceIntervals.byarUpper(total, z) - total)) * multiplier;
        ConfidenceInterval ci = ConfidenceInterval.of(lower, upper, level, IntervalMethod.DOBSON);
        double value = dsr * multiplier;
        return new DirectlyStandardisedRate(
                StatisticalMethod.DIRECTLY_STANDARDISED_RATE,
                total,
                population,
                OptionalDouble.of(value),
                Optional.of(ci),
                multiplier,
                level,
                inputs,
                "Directly standardised rate " + Figures.of(value) + per + " (" + Figures.of(ci) + ", Dobson) from "
                        + inputs + " (" + StatisticalMethod.DIRECTLY_STANDARDISED_RATE.reference() + ")");
    }

    /**
     * The indirectly standardised ratio {@code O / E x referenceValue}, E the events expected if the
     * area had the reference rates: {@code sum(xRef / nRef x n)}. Limits are those of O (exact
     * below 10, Byar's from 10 up) divided by E and scaled alike.
     *
     * @param counts the observed events in each band ({@code NaN} = missing, taken as 0)
     * @param populations the local population of each band ({@code NaN} or 0 adds nothing to E)
     * @param referenceCounts the reference events in each band ({@code NaN} = missing, taken as 0)
     * @param referencePopulations the reference population of each band, each above 0
     * @param referenceValue 1 for a ratio, 100 for a ratio as a percentage (SMR), above 0
     * @param level the confidence level, not null
     * @return the ratio
     * @throws IllegalArgumentException if the lengths differ, a number is out of range or E is 0
     */
    public static IndirectlyStandardised indirectRatio(
            double[] counts,
            double[] populations,
            double[] referenceCounts,
            double[] referencePopulations,
            double referenceValue,
            ConfidenceLevel level) {
        return indirect(
                StatisticalMethod.INDIRECTLY_STANDARDISED_RATIO,
                observed(counts, populations.length),
                populations,
                referenceCounts,
                referencePopulations,
                referenceValue,
                level);
    }

    /**
     * The indirectly standardised ratio from a total observed count (PHE's {@code observed_totals}).
     *
     * @param observed the observed events in all bands, a whole number of at least 0
     * @param populations the local population of each band ({@code NaN} or 0 adds nothing to E)
     * @param referenceCounts the reference events in each band ({@code NaN} = missing, taken as 0)
     * @param referencePopulations the reference population of each band, each above 0
     * @param referenceValue 1 or 100, above 0
     * @param level the confidence level, not null
     * @return the ratio
     * @throws IllegalArgumentException if the lengths differ, a number is out of range or E is 0
     */
    public static IndirectlyStandardised indirectRatio(
            double observed,
            double[] populations,
            double[] referenceCounts,
            double[] referencePopulations,
            double referenceValue,
            ConfidenceLevel level) {
        return indirect(
                StatisticalMethod.INDIRECTLY_STANDARDISED_RATIO,
                observed,
                populations,
                referenceCounts,
                referencePopulations,
                referenceValue,
                level);
    }

    /**
     * The indirectly standardised rate {@code O / E x R}, R the crude reference rate {@code
     * sum(xRef) / sum(nRef) x multiplier}; limits as for the ratio, times R.
     *
     * @param counts the observed events in each band ({@code NaN} = missing, taken as 0)
     * @param populations the local population of each band ({@code NaN} or 0 adds nothing to E)
     * @param referenceCounts the reference events in each band ({@code NaN} = missing, taken as 0)
     * @param referencePopulations the reference population of each band, each above 0
     * @param multiplier the base, such as 100000, above 0
     * @param level the confidence level, not null
     * @return the rate
     * @throws IllegalArgumentException if the lengths differ, a number is out of range or E is 0
     */
    public static IndirectlyStandardised indirectRate(
            double[] counts,
            double[] populations,
            double[] referenceCounts,
            double[] referencePopulations,
            double multiplier,
            ConfidenceLevel level) {
        return indirectRate(
                observed(counts, populations.length),
                populations,
                referenceCounts,
                referencePopulations,
                multiplier,
                level);
    }

    /**
     * The indirectly standardised rate from a total observed count.
     *
     * @param observed the observed events in all bands, a whole number of at least 0
     * @param populations the local population of each band ({@code NaN} or 0 adds nothing to E)
     * @param referenceCounts the reference events in each band ({@code NaN} = missing, taken as 0)
     * @param referencePopulations the reference population of each band, each above 0
     * @param multiplier the base, such as 100000, above 0
     * @param level the confidence level, not null
     * @return the rate
     * @throws IllegalArgumentException if the lengths differ, a number is out of range or E is 0
     */
    public static IndirectlyStandardised indirectRate(
            double observed,
            double[] populations,
            double[] referenceCounts,
            double[] referencePopulations,
            double multiplier,
            ConfidenceLevel level) {
        Figures.positive(multiplier, "Multiplier");
        double x = 0;
        double n = 0;
        for (int i = 0; i < referenceCounts.length; i++) {
            x += Double.isNaN(referenceCounts[i]) ? 0 : referenceCounts[i];
            n += referencePopulations[i];
        }
        return indirect(
                StatisticalMethod.INDIRECTLY_STANDARDISED_RATE,
                observed,
                populations,
                referenceCounts,
                referencePopulations,
                x / n * multiplier,
                level);
    }

    private static IndirectlyStandardised indirect(
            StatisticalMethod method,
            double observed,
            double[] populations,
            double[] referenceCounts,
            double[] referencePopulations,
            double scale,
            ConfidenceLevel level) {
        Figures.positive(scale, method == StatisticalMethod.INDIRECTLY_STANDARDISED_RATIO ? "Reference value" : "Rate");
        int bands = referencePopulations.length;
        if (populations.length != bands || referenceCounts.length != bands) {
            throw new IllegalArgumentException("Indirect standardisation needs as many local populations ("
                    + populations.length + ") and reference counts (" + referenceCounts.length
                    + ") as reference populations (" + bands + ")");
        }
        double expected = 0;
        for (int i = 0; i < bands; i++) {
            Figures.positive(referencePopulations[i], "Reference population of band " + (i + 1));
            double xRef = Double.isNaN(referenceCounts[i])
                    ? 0
                    : Figures.nonNegative(referenceCounts[i], "Reference count of band " + (i + 1));
            double n = Double.isNaN(populations[i])
                    ? 0
                    : Figures.nonNegative(populations[i], "Population of band " + (i + 1));
            expected += xRef / referencePopulations[i] * n;
        }
        if (!(expected > 0)) {
            throw new IllegalArgumentException(
                    "No events are expected (the reference rates times the local populations add up to 0)");
        }
        ConfidenceInterval count = ConfidenceIntervals.count(observed, level);
        double factor = scale / expected;
        ConfidenceInterval ci =
                ConfidenceInterval.of(count.lower() * factor, count.upper() * factor, level, count.method());
        double value = observed * factor;
        boolean rate = method == StatisticalMethod.INDIRECTLY_STANDARDISED_RATE;
        String inputs = Figures.of(observed) + " observed events against " + Figures.of(expected) + " expected over "
                + bands + " age bands" + (rate ? ", reference rate " + Figures.of(scale) : "");
        String limits = count.method() == IntervalMethod.BYAR ? "Byar" : "exact Poisson";
        return new IndirectlyStandardised(
                method,
                observed,
                expected,
                rate ? OptionalDouble.of(scale) : OptionalDouble.empty(),
                value,
                ci,
                inputs,
                (rate ? "Indirectly standardised rate " : "Indirectly standardised ratio ") + Figures.of(value)
                        + " (" + Figures.of(ci) + ", " + limits + ") from " + inputs + " (" + method.reference()
                        + ")");
    }

    private static double observed(double[] counts, int bands) {
        if (counts.length != bands) {
            throw new IllegalArgumentException("Indirect standardisation needs as many counts (" + counts.length
                    + ") as local populations (" + bands + ")");
        }
        double o = 0;
        for (int i = 0; i < counts.length; i++) {
            o += Double.isNaN(counts[i]) ? 0 : Figures.nonNegative(counts[i], "Count of band " + (i + 1));
        }
        return o;
    }

    private static void checkLength(double[] values, int bands, String what, StandardPopulation standard) {
        if (values.length != bands) {
            throw new IllegalArgumentException("Directly standardised rate: " + values.length + " " + what + " for the "
                    + bands + " bands of " + standard.name() + ": expected one for each band");
        }
    }
}
