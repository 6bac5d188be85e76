package io.github.outturn.benchmark;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Comparison of an area's value with a comparator value (England, a region, a statistical
 * neighbour average, the previous year, a baseline), by value or by confidence interval.
 *
 * <pre>{@code
 * BenchmarkPolicy policy = BenchmarkPolicy.defaults();
 * Comparisons.byValue(Polarity.LOWER_IS_BETTER, new BigDecimal("465"), "the 2012/13 baseline",
 *         new BigDecimal("500"), policy);           // 7% lower: BETTER
 * Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, new BigDecimal("44.1"),
 *         ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE), "England",
 *         new BigDecimal("0.43"), policy);          // SIMILAR: 0.43 lies inside 0.410 to 0.472
 * }</pre>
 *
 * <p>TARGET_BAND and NO_JUDGEMENT indicators have no better direction against a comparator, so they
 * come out HIGHER, SIMILAR or LOWER. Pure functions; thread-safe.
 */
public final class Comparisons {

    /** Precision of relative differences: 16 significant digits. */
    static final MathContext RELATIVE = MathContext.DECIMAL64;

    /**
     * Significant digits shown of a value written out from a binary double: a double's text has 15
     * to 17 digits (0.24282999999999999, -0.00679000000000002); 14 recover the decimal it stands for.
     */
    private static final int FLOAT_DIGITS = 14;

    private Comparisons() {}

    /**
     * Compares by value: SIMILAR when the values are equal, or differ by no more than the policy's
     * similarity band; else higher or lower, then polarity.
     *
     * @param polarity the indicator's polarity, not null
     * @param areaValue the area's value, null when missing
     * @param comparator the comparator's name for the reason, not null
     * @param comparatorValue the comparator's value, null when missing
     * @param policy the policy, not null
     * @return the comparison, NOT_COMPARED when a value is missing
     */
    public static Comparison byValue(
            Polarity polarity,
            @Nullable BigDecimal areaValue,
            String comparator,
            @Nullable BigDecimal comparatorValue,
            BenchmarkPolicy policy) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(comparator, "comparator");
        if (areaValue == null || comparatorValue == null) {
            return notCompared(areaValue, comparator, comparatorValue, JudgementBasis.VALUE, policy);
        }
        BigDecimal difference = areaValue.subtract(comparatorValue);
        int direction = direction(difference, policy);
        String by = direction == 0 && difference.signum() != 0
                ? ", within the similarity band of "
                        + policy.similarityBand().get().toPlainString()
                : "";
        Judgement judgement = judge(polarity, direction);
        Optional<BigDecimal> relative = relative(difference, comparatorValue);
        String reason;
        if (difference.signum() == 0) {
            reason = readable(areaValue).toPlainString() + " equals " + comparator + " ("
                    + shown(comparatorValue, areaValue) + "): " + judgement;
        } else {
            reason = readable(areaValue).toPlainString() + " is " + (difference.signum() > 0 ? "higher" : "lower")
                    + " than "
                    + comparator + " (" + shown(comparatorValue, areaValue) + ") by "
                    + shown(difference.abs(), areaValue)
                    + relative.map(r -> " (" + percent(r.abs()) + "%)").orElse("") + by + ": " + judgement;
        }
        return new Comparison(
                comparator,
                Optional.of(areaValue),
                Optional.of(comparatorValue),
                Optional.of(difference),
                relative,
                judgement,
                JudgementBasis.VALUE,
                Optional.empty(),
                reason,
                policy.reference());
    }

    /**
     * The judgement alone of {@link #byValue}, for bulk work that needs only the verdict (every
     * authority against England for every measure and period): the same rule, without the difference,
     * relative difference and reason that a {@link Comparison} carries, so it allocates almost nothing.
     *
     * <pre>{@code
     * Comparisons.judgeByValue(Polarity.LOWER_IS_BETTER, new BigDecimal("12.5"), new BigDecimal("14"),
     *         BenchmarkPolicy.defaults());   // BETTER
     * }</pre>
     *
     * @param polarity the indicator's polarity, not null
     * @param areaValue the area's value, null when missing
     * @param comparatorValue the comparator's value, null when missing
     * @param policy the policy (its similarity band), not null
     * @return {@code byValue(polarity, areaValue, any name, comparatorValue, policy).judgement()}
     */
    public static Judgement judgeByValue(
            Polarity polarity,
            @Nullable BigDecimal areaValue,
            @Nullable BigDecimal comparatorValue,
            BenchmarkPolicy policy) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(policy, "policy");
        if (areaValue == null || comparatorValue == null) {
            return Judgement.NOT_COMPARED;
        }
        int c = areaValue.compareTo(comparatorValue);
        if (c != 0 && policy.similarityBand().isPresent()) {
            c = direction(areaValue.subtract(comparatorValue), policy);
        }
        return judge(polarity, c);
    }

    /** The sign of the difference, or 0 when it lies within the policy's similarity band. */
    private static int direction(BigDecimal difference, BenchmarkPolicy policy) {
        int direction = difference.signum();
        if (direction != 0
                && policy.similarityBand().isPresent()
                && difference.abs().compareTo(policy.similarityBand().get()) <= 0) {
            return 0;
        }
        return direction;
    }

    /**
     * Compares by the area's confidence interval, as Fingertips does: SIMILAR when the comparator's
     * value lies inside the interval, edges included; else higher (the comparator is below the
     * interval) or lower, then polarity.
     *
     * @param polarity the indicator's polarity, not null
     * @param areaValue the area's value, null when missing
     * @param interval the area's interval, null when there is none (then NOT_COMPARED)
     * @param comparator the comparator's name for the reason, not null
     * @param comparatorValue the comparator's value, null when missing
     * @param policy the policy, not null
     * @return the comparison
     */
    public static Comparison byInterval(
            Polarity polarity,
            @Nullable BigDecimal areaValue,
            @Nullable ConfidenceInterval interval,
            String comparator,
            @Nullable BigDecimal comparatorValue,
            BenchmarkPolicy policy) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(comparator, "comparator");
        if (areaValue == null || comparatorValue == null || interval == null) {
            return notCompared(areaValue, comparator, comparatorValue, JudgementBasis.CONFIDENCE_INTERVAL, policy);
        }
        BigDecimal difference = areaValue.subtract(comparatorValue);
        double c = comparatorValue.doubleValue();
        int direction;
        String where;
        if (interval.contains(c)) {
            direction = 0;
            where = "inside";
        } else if (c < interval.lower()) {
            direction = 1;
            where = "below";
        } else {
            direction = -1;
            where = "above";
        }
        Judgement judgement = judge(polarity, direction);
        String reason = comparator + " (" + shown(comparatorValue, areaValue) + ") lies " + where + " the "
                + interval.level() + " interval " + shown(interval.lower(), areaValue) + " to "
                + shown(interval.upper(), areaValue) + " ("
                + Codes.method(interval.method()) + ") of "
                + readable(areaValue).toPlainString() + ": " + judgement;
        return new Comparison(
                comparator,
                Optional.of(areaValue),
                Optional.of(comparatorValue),
                Optional.of(difference),
                relative(difference, comparatorValue),
                judgement,
                JudgementBasis.CONFIDENCE_INTERVAL,
                Optional.of(interval),
                reason,
                policy.reference());
    }

    /**
     * Compares the way the policy says: by interval when its basis is CONFIDENCE_INTERVAL and an
     * interval is given, else by value (the reason then says that no interval was available).
     *
     * @param polarity the indicator's polarity, not null
     * @param areaValue the area's value, null when missing
     * @param interval the area's interval, null when there is none
     * @param comparator the comparator's name, not null
     * @param comparatorValue the comparator's value, null when missing
     * @param policy the policy, not null
     * @return the comparison
     */
    public static Comparison compare(
            Polarity polarity,
            @Nullable BigDecimal areaValue,
            @Nullable ConfidenceInterval interval,
            String comparator,
            @Nullable BigDecimal comparatorValue,
            BenchmarkPolicy policy) {
        if (policy.judgementBasis() == JudgementBasis.CONFIDENCE_INTERVAL) {
            if (interval != null) {
                return byInterval(polarity, areaValue, interval, comparator, comparatorValue, policy);
            }
            Comparison v = byValue(polarity, areaValue, comparator, comparatorValue, policy);
            return new Comparison(
                    v.comparator(),
                    v.areaValue(),
                    v.comparatorValue(),
                    v.difference(),
                    v.relativeDifference(),
                    v.judgement(),
                    v.basis(),
                    v.interval(),
                    "no confidence interval, compared by value: " + v.reason(),
                    v.policyReference());
        }
        return byValue(polarity, areaValue, comparator, comparatorValue, policy);
    }

    static Judgement judge(Polarity polarity, int direction) {
        if (direction == 0) {
            return Judgement.SIMILAR;
        }
        switch (polarity) {
            case HIGHER_IS_BETTER:
                return direction > 0 ? Judgement.BETTER : Judgement.WORSE;
            case LOWER_IS_BETTER:
                return direction < 0 ? Judgement.BETTER : Judgement.WORSE;
            default:
                return direction > 0 ? Judgement.HIGHER : Judgement.LOWER;
        }
    }

    private static Optional<BigDecimal> relative(BigDecimal difference, BigDecimal comparatorValue) {
        if (comparatorValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(difference.divide(comparatorValue.abs(), RELATIVE).stripTrailingZeros());
    }

    /**
     * A value as a reason shows it: as published, except that a binary float written out in full
     * (15 or more significant digits, such as LAIT's {@code 0.24282999999999999}) is shown as the
     * decimal it stands for, to 14 digits ({@code 0.24283}). The value itself is never changed.
     *
     * @param value a value, not null
     * @return the value to show
     */
    public static BigDecimal readable(BigDecimal value) {
        return value.precision() > FLOAT_DIGITS
                ? value.round(new MathContext(FLOAT_DIGITS, RoundingMode.HALF_EVEN))
                        .stripTrailingZeros()
                : value;
    }

    /**
     * A computed figure as a reason shows it: to at most two more decimals than the area's published
     * value (a mean of ten values has 34 digits; a reader needs 93.64), exact when it is shorter.
     */
    static String shown(BigDecimal value, BigDecimal areaValue) {
        return shown(value, Math.max(readable(areaValue).scale(), 0) + 2);
    }

    /**
     * A computed figure as reasons and the command line show it: {@link #readable readable}, then
     * to at most {@code places} decimals, half up; exact when it is shorter.
     *
     * <pre>{@code
     * Comparisons.shown(new BigDecimal("93.64444444444444444"), 3);   // "93.644"
     * Comparisons.shown(new BigDecimal("93.5"), 3);                   // "93.5"
     * }</pre>
     *
     * @param value a computed figure, not null
     * @param places the most decimals to show
     * @return the figure as plain text
     */
    public static String shown(BigDecimal value, int places) {
        BigDecimal v = readable(value);
        return v.scale() > places ? v.setScale(places, RoundingMode.HALF_UP).toPlainString() : v.toPlainString();
    }

    /** A computed limit as a reason shows it, like {@link #shown(BigDecimal, BigDecimal)}. */
    static String shown(double value, BigDecimal areaValue) {
        return shown(new BigDecimal(Double.toString(value)), areaValue);
    }
    /** Four significant digits, rounding half up: the percentages in reasons. */
    private static final MathContext PERCENT = new MathContext(4);

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).round(PERCENT).stripTrailingZeros().toPlainString();
    }

    private static Comparison notCompared(
            BigDecimal areaValue,
            String comparator,
            BigDecimal comparatorValue,
            JudgementBasis basis,
            BenchmarkPolicy policy) {
        String missing = areaValue == null
                ? "the area's value is missing"
                : comparatorValue == null ? comparator + "'s value is missing" : "the area has no confidence interval";
        return new Comparison(
                comparator,
                Optional.ofNullable(areaValue),
                Optional.ofNullable(comparatorValue),
                Optional.empty(),
                Optional.empty(),
                Judgement.NOT_COMPARED,
                basis,
                Optional.empty(),
                "not compared with " + comparator + ": " + missing,
                policy.reference());
    }

    /** Codes in reasons. */
    private static final class Codes {
        private Codes() {}

        static String method(IntervalMethod m) {
            switch (m) {
                case WILSON:
                    return "Wilson score";
                case EXACT_POISSON:
                    return "exact Poisson";
                case BYAR:
                    return "Byar";
                case STUDENT_T:
                    return "Student's t";
                default:
                    return "published";
            }
        }
    }
}
