package io.github.outturn.benchmark;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Confidence intervals by Public Health England's methods (docs/benchmarks.md): Wilson score for
 * proportions, exact Poisson limits below 10 events and Byar's approximation from 10 up for counts
 * and rates, Student's t for means. Quantiles come from Apache Commons Statistics.
 *
 * <pre>{@code
 * ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE);        // 0.41051.. to 0.47194..
 * ConfidenceIntervals.count(4, ConfidenceLevel.NINETY_FIVE);                     // exact Poisson
 * ConfidenceIntervals.rate(25, 50_000, 100_000, ConfidenceLevel.NINETY_NINE_POINT_EIGHT); // Byar, per 100,000
 * ConfidenceIntervals.mean(12.5, 3.2, 40, ConfidenceLevel.NINETY_FIVE);          // Student's t, 39 df
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class ConfidenceIntervals {

    /** Counts from this value up use Byar's approximation; below it, exact Poisson limits. */
    public static final int BYAR_FROM = 10;

    private ConfidenceIntervals() {}

    /**
     * The Wilson score interval of the proportion {@code x / n}, as a fraction between 0 and 1:
     * {@code (2x + z^2 -/+ z sqrt(z^2 + 4x(1 - x/n))) / (2(n + z^2))}.
     *
     * @param x the numerator, 0 to n
     * @param n the denominator, above 0
     * @param level the level, not null
     * @return the interval, method WILSON
     * @throws IllegalArgumentException if n is not above 0, x is negative or x exceeds n
     */
    public static ConfidenceInterval proportion(double x, double n, ConfidenceLevel level) {
        if (!(n > 0) || !Double.isFinite(n)) {
            throw new IllegalArgumentException(
                    "Denominator " + n + " of a proportion must be above 0: the Wilson interval needs n > 0");
        }
        if (!(x >= 0) || x > n) {
            throw new IllegalArgumentException(
                    "Numerator " + x + " of a proportion must be between 0 and the denominator " + n);
        }
        double z = level.z();
        double z2 = z * z;
        double centre = 2 * x + z2;
        double spread = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double divisor = 2 * (n + z2);
        double lower = x == 0 ? 0 : (centre - spread) / divisor;
        double upper = x == n ? 1 : (centre + spread) / divisor;
        return ConfidenceInterval.of(lower, upper, level, IntervalMethod.WILSON);
    }

    /**
     * The confidence interval of a count of events: exact Poisson limits below 10, Byar's
     * approximation from 10 up (PHE's default). A count of 0 has lower limit 0.
     *
     * @param x the count, a whole number of at least 0
     * @param level the level, not null
     * @return the interval, method EXACT_POISSON or BYAR
     * @throws IllegalArgumentException if x is negative or not whole
     */
    public static ConfidenceInterval count(double x, ConfidenceLevel level) {
        return count(x, level, SmallCountMethod.EXACT);
    }

    /**
     * The confidence interval of a count of events, with the method for counts below 10 chosen:
     * exact Poisson limits (the default) or Byar's approximation on request. From 10 up Byar's
     * approximation is used either way.
     *
     * <pre>{@code
     * ConfidenceIntervals.count(4, ConfidenceLevel.NINETY_FIVE, SmallCountMethod.BYAR); // Byar below 10
     * }</pre>
     *
     * @param x the count, a whole number of at least 0
     * @param level the level, not null
     * @param belowTen the method for counts below 10, not null
     * @return the interval, method EXACT_POISSON or BYAR
     * @throws IllegalArgumentException if x is negative or not whole
     */
    public static ConfidenceInterval count(double x, ConfidenceLevel level, SmallCountMethod belowTen) {
        if (!(x >= 0) || !Double.isFinite(x) || x != Math.rint(x)) {
            throw new IllegalArgumentException("Count " + x + " must be a whole number of at least 0");
        }
        if (x < BYAR_FROM && belowTen == SmallCountMethod.EXACT) {
            double tail = level.tailProbability();
            return ConfidenceInterval.of(exactLower(x, tail), exactUpper(x, tail), level, IntervalMethod.EXACT_POISSON);
        }
        return ConfidenceInterval.of(
                Math.max(0, byarLower(x, level.z())), byarUpper(x, level.z()), level, IntervalMethod.BYAR);
    }

    /**
     * The exact Poisson lower limit of a count: {@code qchisq(tail, 2x) / 2}, 0 for a count of 0.
     *
     * @param x the count, at least 0
     * @param tail the probability in the lower tail, such as 0.025
     * @return the limit
     */
    public static double exactLower(double x, double tail) {
        return x == 0 ? 0 : ChiSquaredDistribution.of(2 * x).inverseCumulativeProbability(tail) / 2;
    }

    /**
     * The exact Poisson upper limit of a count: {@code qchisq(1 - tail, 2x + 2) / 2}.
     *
     * @param x the count, at least 0
     * @param tail the probability in the upper tail, such as 0.025
     * @return the limit
     */
    public static double exactUpper(double x, double tail) {
        return ChiSquaredDistribution.of(2 * x + 2).inverseSurvivalProbability(tail) / 2;
    }

    /**
     * Byar's lower limit of a count, {@code x (1 - 1/(9x) - z/(3 sqrt x))^3}: 0 for a count of 0, and
     * negative when the approximation fails (a count of 1 at 99.8%), which callers clip or refuse.
     *
     * @param x the count, at least 0
     * @param z the two-sided normal quantile of the level
     * @return the limit
     */
    public static double byarLower(double x, double z) {
        if (x == 0) {
            return 0;
        }
        double base = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
        return x * base * base * base;
    }

    /**
     * Byar's upper limit of a count, {@code (x+1) (1 - 1/(9(x+1)) + z/(3 sqrt(x+1)))^3}.
     *
     * @param x the count, at least 0
     * @param z the two-sided normal quantile of the level
     * @return the limit
     */
    public static double byarUpper(double x, double z) {
        double x1 = x + 1;
        double base = 1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1));
        return x1 * base * base * base;
    }

    /**
     * The confidence interval of a rate {@code x / denominator * multiplier}: the count's limits
     * divided by the denominator and multiplied by the multiplier. A rate may exceed its denominator
     * (several events per person).
     *
     * @param x the count of events, a whole number of at least 0
     * @param denominator the population, above 0
     * @param multiplier the base, such as 1000 or 100000, above 0
     * @param level the level, not null
     * @return the interval, method EXACT_POISSON or BYAR
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ConfidenceInterval rate(double x, double denominator, double multiplier, ConfidenceLevel level) {
        return rate(x, denominator, multiplier, level, SmallCountMethod.EXACT);
    }

    /**
     * The confidence interval of a rate, with the method for counts below 10 chosen (see {@link
     * #count(double, ConfidenceLevel, SmallCountMethod)}).
     *
     * @param x the count of events, a whole number of at least 0
     * @param denominator the population, above 0
     * @param multiplier the base, such as 1000 or 100000, above 0
     * @param level the level, not null
     * @param belowTen the method for counts below 10, not null
     * @return the interval, method EXACT_POISSON or BYAR
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ConfidenceInterval rate(
            double x, double denominator, double multiplier, ConfidenceLevel level, SmallCountMethod belowTen) {
        if (!(denominator > 0) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException("Denominator " + denominator + " of a rate must be above 0");
        }
        if (!(multiplier > 0) || !Double.isFinite(multiplier)) {
            throw new IllegalArgumentException("Multiplier " + multiplier + " of a rate must be above 0");
        }
        ConfidenceInterval c = count(x, level, belowTen);
        double scale = multiplier / denominator;
        return ConfidenceInterval.of(c.lower() * scale, c.upper() * scale, level, c.method());
    }

    /**
     * The Student's t interval of a mean: {@code mean -/+ t(n - 1) sd / sqrt(n)}, with t the quantile
     * of the t distribution with n - 1 degrees of freedom that leaves the level's tail above it.
     *
     * @param mean the sample mean, finite
     * @param standardDeviation the sample standard deviation, at least 0
     * @param n the sample size, at least 2
     * @param level the level, not null
     * @return the interval, method STUDENT_T
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ConfidenceInterval mean(double mean, double standardDeviation, long n, ConfidenceLevel level) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("Mean " + mean + " must be a finite number");
        }
        if (!(standardDeviation >= 0) || !Double.isFinite(standardDeviation)) {
            throw new IllegalArgumentException(
                    "Standard deviation " + standardDeviation + " must be a finite number of at least 0");
        }
        if (n < 2) {
            throw new IllegalArgumentException(
                    "Sample size " + n + " is too small for a t interval: expected at least 2");
        }
        double t = TDistribution.of(n - 1).inverseSurvivalProbability(level.tailProbability());
        double half = t * standardDeviation / Math.sqrt(n);
        return ConfidenceInterval.of(mean - half, mean + half, level, IntervalMethod.STUDENT_T);
    }

    /**
     * The interval of an observation: its published limits when it has both (method GIVEN, at the
     * level it states, else the requested level), else one computed from its numerator and
     * denominator by the indicator's statistic type. A proportion's limits are scaled by the
     * indicator's multiplier, or by 100 when it has none and its unit is {@code "%"}; a rate needs a
     * multiplier. MEAN and OTHER observations have no interval unless published (a mean's interval
     * needs the standard deviation: use {@link #mean}).
     *
     * @param indicator the indicator observed, not null
     * @param observation the observation, not null
     * @param level the level to compute at, not null
     * @return the interval, or empty when there are no limits and nothing to compute them from
     * @throws IllegalArgumentException if the numerator and denominator are out of range
     */
    public static Optional<ConfidenceInterval> of(Indicator indicator, Observation observation, ConfidenceLevel level) {
        if (observation.lowerCi().isPresent() && observation.upperCi().isPresent()) {
            ConfidenceLevel given =
                    observation.ciLevel().map(ConfidenceLevel::of).orElse(level);
            return Optional.of(ConfidenceInterval.given(
                    observation.lowerCi().get(), observation.upperCi().get(), given));
        }
        Optional<BigDecimal> numerator = observation.numerator();
        switch (indicator.statisticType()) {
            case PROPORTION:
                if (numerator.isEmpty() || observation.denominator().isEmpty()) {
                    return Optional.empty();
                }
                ConfidenceInterval p = proportion(
                        numerator.get().doubleValue(),
                        observation.denominator().get().doubleValue(),
                        level);
                double scale = multiplier(indicator).orElse(1);
                return Optional.of(ConfidenceInterval.of(p.lower() * scale, p.upper() * scale, level, p.method()));
            case COUNT:
                Optional<BigDecimal> x = numerator.or(observation::value);
                return x.map(v -> count(v.doubleValue(), level));
            case RATE:
                if (numerator.isEmpty()
                        || observation.denominator().isEmpty()
                        || multiplier(indicator).isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(rate(
                        numerator.get().doubleValue(),
                        observation.denominator().get().doubleValue(),
                        multiplier(indicator).getAsDouble(),
                        level));
            default:
                return Optional.empty();
        }
    }

    /**
     * The multiplier an indicator's figures are shown at: its own multiplier, else 100 when its unit
     * is {@code "%"}, else none. The one place this is decided, for intervals and for funnel plots.
     *
     * <pre>{@code
     * ConfidenceIntervals.multiplier(indicator);   // OptionalDouble[100.0] for a percentage
     * }</pre>
     *
     * @param indicator the indicator, not null
     * @return the multiplier, empty when the indicator states none and is not a percentage
     */
    public static java.util.OptionalDouble multiplier(Indicator indicator) {
        if (indicator.multiplier().isPresent()) {
            return java.util.OptionalDouble.of(indicator.multiplier().get().doubleValue());
        }
        if (indicator.unit().filter("%"::equals).isPresent()) {
            return java.util.OptionalDouble.of(100);
        }
        return java.util.OptionalDouble.empty();
    }
}
