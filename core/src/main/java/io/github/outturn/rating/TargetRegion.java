package io.github.outturn.rating;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The GREEN region of a target with its Amber and BLUE edges, worked out once from the target, the
 * tolerance and the policy: the values {@link IndicatorRating} rates against. Immutable.
 *
 * <pre>{@code
 * TargetRegion r = TargetRegion.of(takeUp, Target.of("two-year-offer", year, new BigDecimal("45.0")),
 *         Tolerance.parse("5%"), RatingPolicy.defaults());
 * r.greenLow();    // Optional[45.0]
 * r.amberLow();    // Optional[42.750]: 5% of 45.0 below it
 * r.isAmber(new BigDecimal("44.1"));   // true
 * }</pre>
 *
 * @param target the target
 * @param polarity the indicator's polarity
 * @param greenLow the lowest GREEN value, when the region is bounded below
 * @param greenHigh the highest GREEN value, when the region is bounded above
 * @param amberLow the lowest Amber value, beside {@code greenLow}
 * @param amberHigh the highest Amber value, beside {@code greenHigh}
 * @param blueEdge the value from which BLUE starts, when the policy gives a BLUE margin that applies
 * @param blueMargin the policy's BLUE margin, when it applies to the polarity
 * @param zeroNoAmberLow whether the Amber band below vanished, a relative tolerance of a zero target
 * @param zeroNoAmberHigh likewise above
 * @param zeroNotRated whether a relative tolerance of a zero target leaves the value not rated
 * @param zeroNoBlue whether a relative BLUE margin of a zero target gives no BLUE
 */
record TargetRegion(
        Target target,
        Polarity polarity,
        Optional<BigDecimal> greenLow,
        Optional<BigDecimal> greenHigh,
        Optional<BigDecimal> amberLow,
        Optional<BigDecimal> amberHigh,
        Optional<BigDecimal> blueEdge,
        Optional<Tolerance> blueMargin,
        boolean zeroNoAmberLow,
        boolean zeroNoAmberHigh,
        boolean zeroNotRated,
        boolean zeroNoBlue) {

    /**
     * The region of a target.
     *
     * @throws IllegalArgumentException if a higher- or lower-is-better band lacks its needed end, or an
     *     Amber or BLUE threshold lies on the wrong side of the target
     */
    static TargetRegion of(Indicator indicator, Target t, Tolerance tolerance, RatingPolicy policy) {
        Polarity p = indicator.polarity();
        Optional<BigDecimal> low;
        Optional<BigDecimal> high;
        if (p == Polarity.TARGET_BAND) {
            low = t.value().or(t::lower);
            high = t.value().or(t::upper);
        } else {
            BigDecimal edge = t.value()
                    .or(p == Polarity.HIGHER_IS_BETTER ? t::lower : t::upper)
                    .orElseThrow(() -> new IllegalArgumentException("The target band of " + t.indicatorId()
                            + " " + t.period() + " has no "
                            + (p == Polarity.HIGHER_IS_BETTER ? "lower" : "upper")
                            + " end: a " + p.name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + " indicator needs a target value or that end"));
            low = p == Polarity.HIGHER_IS_BETTER ? Optional.of(edge) : Optional.empty();
            high = p == Polarity.LOWER_IS_BETTER ? Optional.of(edge) : Optional.empty();
        }
        if (tolerance.kind() == Tolerance.Kind.THRESHOLD) {
            checkAmberThreshold(t, tolerance.amount(), low, high);
        }
        // A relative tolerance of a zero target is undefined: by the policy, the value is not rated,
        // or that side has no Amber band.
        boolean relative = tolerance.kind() == Tolerance.Kind.RELATIVE;
        boolean notRated = policy.zeroTargetRule() == ZeroTargetRule.NOT_RATED;
        boolean zeroLow = relative && low.map(e -> e.signum() == 0).orElse(false);
        boolean zeroHigh = relative && high.map(e -> e.signum() == 0).orElse(false);

        Optional<Tolerance> blueMargin = p == Polarity.TARGET_BAND ? Optional.empty() : policy.blueMargin();
        Optional<BigDecimal> better = p == Polarity.HIGHER_IS_BETTER ? low : high;
        boolean zeroNoBlue = blueMargin
                .map(m -> m.kind() == Tolerance.Kind.RELATIVE
                        && better.orElseThrow().signum() == 0)
                .orElse(false);
        Optional<BigDecimal> blueEdge = zeroNoBlue
                ? Optional.empty()
                : blueMargin.map(m -> blueEdge(m, better.orElseThrow(), p == Polarity.HIGHER_IS_BETTER, indicator));
        return new TargetRegion(
                t,
                p,
                low,
                high,
                low.map(e -> amberEdge(e, tolerance, -1)),
                high.map(e -> amberEdge(e, tolerance, +1)),
                blueEdge,
                blueMargin,
                zeroLow && !notRated,
                zeroHigh && !notRated,
                (zeroLow || zeroHigh) && notRated,
                zeroNoBlue);
    }

    private static void checkAmberThreshold(
            Target t, BigDecimal th, Optional<BigDecimal> low, Optional<BigDecimal> high) {
        boolean below = low.map(e -> th.compareTo(e) <= 0).orElse(false);
        boolean above = high.map(e -> th.compareTo(e) >= 0).orElse(false);
        if (!below && !above) {
            throw new IllegalArgumentException("The Amber threshold " + th.toPlainString() + " of "
                    + t.indicatorId() + " " + t.period()
                    + " lies on the better side of the target: expected a value "
                    + low.map(e -> "at most " + e.toPlainString()).orElse("")
                    + (low.isPresent() && high.isPresent() ? " or " : "")
                    + high.map(e -> "at least " + e.toPlainString()).orElse(""));
        }
    }

    /**
     * The Amber edge beyond a GREEN edge {@code e}, going down ({@code sign} -1) or up (+1); the edge
     * itself when a relative tolerance of a zero edge leaves no band.
     */
    private static BigDecimal amberEdge(BigDecimal e, Tolerance tolerance, int sign) {
        return switch (tolerance.kind()) {
            case RELATIVE -> {
                if (e.signum() == 0) {
                    yield e;
                }
                BigDecimal d = Figures.percentOf(e, tolerance.amount());
                yield sign < 0 ? e.subtract(d) : e.add(d);
            }
            case ABSOLUTE -> sign < 0 ? e.subtract(tolerance.amount()) : e.add(tolerance.amount());
            case THRESHOLD -> {
                BigDecimal th = tolerance.amount();
                boolean onThisSide = sign < 0 ? th.compareTo(e) <= 0 : th.compareTo(e) >= 0;
                yield onThisSide ? th : e;
            }
        };
    }

    /** The BLUE edge beyond the target's better edge {@code e} (a non-zero one for a relative margin). */
    private static BigDecimal blueEdge(Tolerance margin, BigDecimal e, boolean higher, Indicator indicator) {
        return switch (margin.kind()) {
            case RELATIVE -> {
                BigDecimal d = Figures.percentOf(e, margin.amount());
                yield higher ? e.add(d) : e.subtract(d);
            }
            case ABSOLUTE -> higher ? e.add(margin.amount()) : e.subtract(margin.amount());
            case THRESHOLD -> {
                BigDecimal th = margin.amount();
                if (higher ? th.compareTo(e) < 0 : th.compareTo(e) > 0) {
                    throw new IllegalArgumentException("The BLUE threshold " + th.toPlainString()
                            + " lies on the worse side of the target " + e.toPlainString() + " of "
                            + indicator.id() + ": expected a value " + (higher ? "at least " : "at most ")
                            + e.toPlainString());
                }
                yield th;
            }
        };
    }

    /** How far the value is outside the GREEN region: zero inside it, edges included. */
    BigDecimal shortfall(BigDecimal v) {
        if (greenLow.isPresent() && v.compareTo(greenLow.get()) < 0) {
            return greenLow.get().subtract(v);
        }
        if (greenHigh.isPresent() && v.compareTo(greenHigh.get()) > 0) {
            return v.subtract(greenHigh.get());
        }
        return BigDecimal.ZERO;
    }

    /** Whether the value misses the GREEN region on a side whose Amber band vanished on a zero target. */
    boolean missedZeroSide(BigDecimal v) {
        return below(v) ? zeroNoAmberLow : zeroNoAmberHigh;
    }

    /** Whether the value, outside the GREEN region, is within the Amber band on its side. */
    boolean isAmber(BigDecimal v) {
        if (below(v)) {
            return v.compareTo(amberLow.orElseThrow()) >= 0;
        }
        return v.compareTo(amberHigh.orElseThrow()) <= 0;
    }

    /** Whether the value reaches the BLUE edge; false when there is none. */
    boolean isBlue(BigDecimal v) {
        return blueEdge.map(e -> polarity == Polarity.HIGHER_IS_BETTER ? v.compareTo(e) >= 0 : v.compareTo(e) <= 0)
                .orElse(false);
    }

    private boolean below(BigDecimal v) {
        return greenLow.isPresent() && v.compareTo(greenLow.get()) < 0;
    }

    /** "beating it by at least the 10% BLUE margin", "reaching the BLUE threshold of 50.0%", ... */
    /** How reasons name a target given for the period itself. */
    static final String TARGET = "the target";

    String blueText(Indicator indicator) {
        Tolerance m = blueMargin.orElseThrow();
        return switch (m.kind()) {
            case RELATIVE -> "beating it by at least the " + m + " BLUE margin";
            case ABSOLUTE -> "beating it by at least the BLUE margin of " + Figures.difference(m.amount(), indicator);
            case THRESHOLD -> "reaching the BLUE threshold of " + Figures.value(m.amount(), indicator);
        };
    }

    /** " is below the target of 45.0% by 0.9 points", " is inside the target band of 15 to 20", ... */
    String position(BigDecimal v, Indicator indicator) {
        return position(v, indicator, TARGET, false);
    }

    /**
     * As {@link #position(BigDecimal, Indicator)}, naming the target as {@code name} ("the
     * straight-line profile to 2016/17 Q2"), and for a forecast in the future tense: " is forecast
     * to miss the target of 95.0% by 1.2 points".
     */
    String position(BigDecimal v, Indicator indicator, String name, boolean forecast) {
        String what;
        BigDecimal ref;
        String is = forecast ? " is forecast to be " : " is ";
        if (target.value().isPresent()) {
            ref = target.value().get();
            what = name + " of " + Figures.value(ref, indicator);
        } else if (polarity != Polarity.TARGET_BAND) {
            ref = polarity == Polarity.HIGHER_IS_BETTER ? greenLow.orElseThrow() : greenHigh.orElseThrow();
            what = name + " of " + Figures.value(ref, indicator) + " (the "
                    + (polarity == Polarity.HIGHER_IS_BETTER ? "lower" : "upper") + " end of the target band)";
        } else {
            what = (name.equals(TARGET) ? "the target band" : name) + " of " + bandText(indicator);
            BigDecimal s = shortfall(v);
            if (s.signum() == 0) {
                return is + "inside " + what;
            }
            return is + (below(v) ? "below " : "above ") + what + " by " + Figures.difference(s, indicator);
        }
        int c = v.compareTo(ref);
        if (c == 0) {
            return (forecast ? " is forecast to meet " : " meets ") + what;
        }
        String by = " by " + Figures.difference(v.subtract(ref), indicator);
        if (forecast) {
            return (shortfall(v).signum() > 0 ? " is forecast to miss " : " is forecast to beat ") + what + by;
        }
        return " is " + (c > 0 ? "above " : "below ") + what + by;
    }

    private String bandText(Indicator indicator) {
        if (greenLow.isPresent() && greenHigh.isPresent()) {
            return Figures.value(greenLow.get(), indicator) + " to " + Figures.value(greenHigh.get(), indicator);
        }
        return greenLow.map(l -> "at least " + Figures.value(l, indicator))
                .orElseGet(() -> "at most " + Figures.value(greenHigh.orElseThrow(), indicator));
    }
}
