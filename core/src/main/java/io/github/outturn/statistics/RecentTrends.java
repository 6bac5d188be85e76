package io.github.outturn.statistics;

import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.SeriesBreak;
import io.github.outturn.model.StatisticType;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Fingertips' recent trend (docs/statistics.md): over the five most recent points of the latest
 * unbroken run of valid points, a chi-squared statistic with one degree of freedom; the trend is
 * significant when it exceeds 9.5495 (the 99.8% point) and the slope has the same sign in the full fit
 * and in every fit leaving one point out. Only for proportions and crude rates of single years.
 *
 * <pre>{@code
 * RecentTrend t = RecentTrends.of(points, StatisticType.PROPORTION, 1, TrendTest.WEIGHTED_REGRESSION,
 *         Polarity.HIGHER_IS_BETTER);
 * t.reason();  // "Increasing and getting better: chi-squared 46.77 above 9.55 ..."
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class RecentTrends {

    /** The number of points tested. */
    public static final int POINTS = 5;

    /** The 99.8% point of the chi-squared distribution with one degree of freedom. */
    public static final double CRITICAL_VALUE = 9.54953570608324;

    /** The width of a 95% interval in standard errors, 2 x 1.96, as Fingertips takes it. */
    private static final double WIDTH_IN_SE = 3.92;

    /** The confidence level whose limits a point takes. */
    private static final BigDecimal NINETY_FIVE = new BigDecimal("0.95");

    private RecentTrends() {}

    /**
     * The recent trend.
     *
     * @param points the points, in any order, not null
     * @param type the indicator's statistic type: PROPORTION or RATE, else it cannot be calculated
     * @param yearRange the years each point covers: 1, else it cannot be calculated
     * @param test the test: the chi-squared test for trend is for proportions only
     * @param polarity the indicator's polarity, for the label
     * @return the trend
     */
    public static RecentTrend of(
            List<TrendPoint> points, StatisticType type, int yearRange, TrendTest test, Polarity polarity) {
        return of(points, type, yearRange, test, polarity, Optional.empty());
    }

    /**
     * The recent trend of an area's series: its actual (not forecast) observations since the series
     * last broke ({@link ComparableSeries}), each a point of its period's first calendar year, with
     * its 95% limits (limits at another level are left out). When a break leaves too few points the
     * reason says so: "The recent trend needs 5 valid points in a row; the latest run has 2 since the
     * series began in 2015/16 (new definition)".
     *
     * <pre>{@code
     * RecentTrend t = RecentTrends.of(indicator, dataset.series(indicator.id(), "E08000007"),
     *         TrendTest.WEIGHTED_REGRESSION);
     * }</pre>
     *
     * @param indicator the series' indicator: its statistic type, polarity and breaks count, not null
     * @param series one area's observations of it, in period order, not null
     * @param test the test
     * @return the trend; CANNOT_BE_CALCULATED when the series has no actual value, or as the other
     *     function says
     */
    public static RecentTrend of(Indicator indicator, List<Observation> series, TrendTest test) {
        List<Observation> actual = new ArrayList<>(series.size());
        for (Observation o : series) {
            if (o.status() != ObservationStatus.FORECAST) {
                actual.add(o);
            }
        }
        Optional<SeriesBreak> start = Optional.empty();
        if (!actual.isEmpty()) {
            ComparableSeries part = ComparableSeries.of(
                    indicator, actual, actual.get(actual.size() - 1).period());
            actual = part.observations();
            start = part.start();
        }
        List<TrendPoint> points = new ArrayList<>(actual.size());
        int yearRange = 0;
        for (Observation o : actual) {
            Period span = Period.between(o.period().start(), o.period().end().plusDays(1));
            yearRange = span.getMonths() == 0 && span.getDays() == 0 ? span.getYears() : 0;
            boolean at95 = o.ciLevel().map(l -> l.compareTo(NINETY_FIVE) == 0).orElse(true);
            points.add(TrendPoint.of(
                    o.period().start().getYear(),
                    number(o.numerator()),
                    number(o.denominator()),
                    number(o.value()),
                    at95 ? number(o.lowerCi()) : Double.NaN,
                    at95 ? number(o.upperCi()) : Double.NaN));
        }
        return of(points, indicator.statisticType(), yearRange, test, indicator.polarity(), start);
    }

    private static double number(Optional<BigDecimal> v) {
        return v.map(BigDecimal::doubleValue).orElse(Double.NaN);
    }

    private static RecentTrend of(
            List<TrendPoint> points,
            StatisticType type,
            int yearRange,
            TrendTest test,
            Polarity polarity,
            Optional<SeriesBreak> start) {
        String inputs = points.size() + " points, " + type.name().toLowerCase(java.util.Locale.ROOT) + ", "
                + test.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (type != StatisticType.PROPORTION && type != StatisticType.RATE) {
            return cannot(test, polarity, inputs, "The recent trend cannot be calculated for this value type");
        }
        if (test == TrendTest.CHI_SQUARED_FOR_TREND && type != StatisticType.PROPORTION) {
            return cannot(test, polarity, inputs, "The chi-squared test for trend is for proportions only");
        }
        if (yearRange != 1) {
            return cannot(test, polarity, inputs, "The recent trend cannot be calculated for this year range");
        }
        List<TrendPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt(TrendPoint::year));
        List<TrendPoint> run = new ArrayList<>();
        for (TrendPoint p : sorted) {
            if (!p.isValid()) {
                run.clear();
            } else {
                run.add(p);
            }
        }
        if (run.size() < POINTS) {
            return cannot(
                    test,
                    polarity,
                    inputs,
                    "The recent trend needs " + POINTS + " valid points in a row; the latest run has " + run.size()
                            + start.map(b -> " since the series began in " + b).orElse(""));
        }
        List<TrendPoint> used = run.subList(run.size() - POINTS, run.size());
        for (TrendPoint p : used) {
            if (p.count() == p.denominator()) {
                return cannot(
                        test,
                        polarity,
                        inputs,
                        "The recent trend cannot be calculated when a count (" + p.year() + ") equals its denominator");
            }
            if (test == TrendTest.WEIGHTED_REGRESSION && !(p.upper95() - p.lower95() > 0)) {
                return cannot(
                        test,
                        polarity,
                        inputs,
                        "The weighted regression needs the 95% limits of each point (" + p.year() + " has none)");
            }
            if (test == TrendTest.CHI_SQUARED_FOR_TREND && !(p.count() > 0)) {
                return cannot(
                        test,
                        polarity,
                        inputs,
                        "The chi-squared test for trend needs a count above 0 (" + p.year() + " has "
                                + Figures.of(p.count()) + ")");
            }
        }
        double chi2 = test == TrendTest.WEIGHTED_REGRESSION ? weightedChiSquared(used) : armitage(used);
        double slope = slope(test, used, -1);
        boolean stable = slope != 0;
        for (int leave = 0; leave < POINTS && stable; leave++) {
            stable = Math.signum(slope(test, used, leave)) == Math.signum(slope);
        }
        boolean significant = chi2 > CRITICAL_VALUE && stable;
        TrendMarker marker =
                !significant ? TrendMarker.NO_CHANGE : slope > 0 ? TrendMarker.INCREASING : TrendMarker.DECREASING;
        String label = marker.label(polarity);
        String why = chi2 > CRITICAL_VALUE
                ? stable
                        ? "chi-squared " + Figures.of(chi2) + " above " + Figures.of(CRITICAL_VALUE)
                        : "chi-squared " + Figures.of(chi2) + " above " + Figures.of(CRITICAL_VALUE)
                                + " but the direction changes when one point is left out"
                : "chi-squared " + Figures.of(chi2) + " not above " + Figures.of(CRITICAL_VALUE);
        return new RecentTrend(
                StatisticalMethod.RECENT_TREND,
                test,
                marker,
                label,
                OptionalDouble.of(chi2),
                OptionalDouble.of(slope),
                significant,
                used,
                inputs,
                label + ": " + why + ", slope " + Figures.of(slope) + ", over "
                        + used.get(0).year() + " to " + used.get(POINTS - 1).year() + " ("
                        + StatisticalMethod.RECENT_TREND.reference() + ")");
    }

    private static RecentTrend cannot(TrendTest test, Polarity polarity, String inputs, String why) {
        return new RecentTrend(
                StatisticalMethod.RECENT_TREND,
                test,
                TrendMarker.CANNOT_BE_CALCULATED,
                TrendMarker.CANNOT_BE_CALCULATED.label(polarity),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                false,
                List.of(),
                inputs,
                why + " (" + StatisticalMethod.RECENT_TREND.reference() + ")");
    }

    /** (slope / SE)^2 of the weighted least squares fit of value on t = 1..5. */
    private static double weightedChiSquared(List<TrendPoint> used) {
        double[] fit = weightedFit(used, -1);
        return fit[0] * fit[0] * fit[1];
    }

    /** {slope, sum of w (t - mean t)^2} of the weighted fit, leaving out one point (or none, -1). */
    private static double[] weightedFit(List<TrendPoint> used, int leave) {
        double sw = 0;
        double swt = 0;
        double swy = 0;
        for (int i = 0; i < used.size(); i++) {
            if (i != leave) {
                double w = weight(used.get(i));
                sw += w;
                swt += w * (i + 1);
                swy += w * used.get(i).value();
            }
        }
        double tBar = swt / sw;
        double yBar = swy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < used.size(); i++) {
            if (i != leave) {
                double w = weight(used.get(i));
                sxx += w * (i + 1 - tBar) * (i + 1 - tBar);
                sxy += w * (i + 1 - tBar) * (used.get(i).value() - yBar);
            }
        }
        return new double[] {sxy / sxx, sxx};
    }

    private static double weight(TrendPoint p) {
        double se = (p.upper95() - p.lower95()) / WIDTH_IN_SE;
        return 1 / (se * se);
    }

    /** Armitage: N (N sum(x t) - R sum(n t))^2 / (R (N - R) (N sum(n t^2) - (sum n t)^2)). */
    private static double armitage(List<TrendPoint> used) {
        double bigN = 0;
        double r = 0;
        double sxt = 0;
        double snt = 0;
        double snt2 = 0;
        for (int i = 0; i < used.size(); i++) {
            double t = i + 1;
            TrendPoint p = used.get(i);
            bigN += p.denominator();
            r += p.count();
            sxt += p.count() * t;
            snt += p.denominator() * t;
            snt2 += p.denominator() * t * t;
        }
        double d = bigN * sxt - r * snt;
        return bigN * d * d / (r * (bigN - r) * (bigN * snt2 - snt * snt));
    }

    /** The slope giving the direction, leaving out one point (or none, -1). */
    private static double slope(TrendTest test, List<TrendPoint> used, int leave) {
        if (test == TrendTest.WEIGHTED_REGRESSION) {
            return weightedFit(used, leave)[0];
        }
        double n = 0;
        double st = 0;
        double sy = 0;
        for (int i = 0; i < used.size(); i++) {
            if (i != leave) {
                n++;
                st += i + 1;
                sy += logit(used.get(i));
            }
        }
        double tBar = st / n;
        double yBar = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < used.size(); i++) {
            if (i != leave) {
                sxx += (i + 1 - tBar) * (i + 1 - tBar);
                sxy += (i + 1 - tBar) * (logit(used.get(i)) - yBar);
            }
        }
        return sxy / sxx;
    }

    private static double logit(TrendPoint p) {
        double q = p.count() / p.denominator();
        return Math.log(q / (1 - q));
    }
}
