package io.github.outturn.benchmark;

import io.github.outturn.benchmark.SeriesRecord.Standing;
import io.github.outturn.model.ComparableSeries;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.SeriesBreak;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records over an area's series (docs/benchmarks.md): "the highest ever recorded", "the lowest
 * since 2016/17". Missing values are skipped; equal values do not break a "since" (a value equal to
 * the 2016/17 one is "the highest since 2016/17"), but a value is the highest ever only when it is
 * above every earlier one.
 *
 * <pre>{@code
 * SeriesRecord r = Records.of(cla, dataset.series("cla", "888"), FinancialYear.of(2016));
 * r.highestEver();   // true
 * r.best();          // Optional[WORST]
 * }</pre>
 *
 * <p>Pure functions; thread-safe.
 */
public final class Records {

    private Records() {}

    /**
     * The standing of the series' value for a period among the earlier values.
     *
     * @param series one indicator's observations for one area, in period order (as {@code
     *     Dataset.getSeries} gives them), not null
     * @param period the period whose value to judge, not null
     * @param polarity the indicator's polarity, not null
     * @return the standing
     * @throws IllegalArgumentException if the series has no value for the period
     */
    public static SeriesRecord of(List<Observation> series, ReportingPeriod period, Polarity polarity) {
        return of(series, period, polarity, Optional.empty());
    }

    /**
     * The standing of the series' value for a period among the earlier values comparable with it:
     * those before a series break are left out ({@link ComparableSeries}), and the reason says so
     * ("54 in AY 2015/16 is the first value since the series began in AY 2015/16 (new curriculum)").
     *
     * @param indicator the series' indicator, whose polarity and series break count, not null
     * @param series one area's observations of it, in period order, not null
     * @param period the period whose value to judge, not null
     * @return the standing
     * @throws IllegalArgumentException if the series has no value for the period
     */
    public static SeriesRecord of(Indicator indicator, List<Observation> series, ReportingPeriod period) {
        ComparableSeries part = ComparableSeries.of(indicator, series, period);
        return of(part.observations(), period, indicator.polarity(), part.start());
    }

    private static SeriesRecord of(
            List<Observation> series, ReportingPeriod period, Polarity polarity, Optional<SeriesBreak> start) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(polarity, "polarity");
        int at = -1;
        for (int i = series.size() - 1; i >= 0; i--) {
            Observation o = series.get(i);
            if (o.period().equals(period) && o.value().isPresent()) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw new IllegalArgumentException("The series has no value for " + period + ": a record needs one");
        }
        BigDecimal value = series.get(at).value().get();
        int earlier = 0;
        ReportingPeriod first = period;
        ReportingPeriod highestSince = null;
        ReportingPeriod lowestSince = null;
        boolean highBroken = false;
        boolean lowBroken = false;
        boolean previousSeen = false;
        boolean highIsPrevious = false;
        boolean lowIsPrevious = false;
        ReportingPeriod previous = null;
        for (int i = at - 1; i >= 0; i--) {
            Observation o = series.get(i);
            if (o.value().isEmpty() || o.period().compareTo(period) >= 0) {
                continue;
            }
            earlier++;
            first = o.period();
            int c = o.value().get().compareTo(value);
            if (!highBroken && c >= 0) {
                highBroken = true;
                highestSince = o.period();
                highIsPrevious = !previousSeen;
            }
            if (!lowBroken && c <= 0) {
                lowBroken = true;
                lowestSince = o.period();
                lowIsPrevious = !previousSeen;
            }
            if (!previousSeen) {
                previous = o.period();
            }
            previousSeen = true;
        }
        boolean highestEver = earlier > 0 && !highBroken;
        boolean lowestEver = earlier > 0 && !lowBroken;
        Optional<ReportingPeriod> high = Optional.ofNullable(highIsPrevious ? null : highestSince);
        Optional<ReportingPeriod> low = Optional.ofNullable(lowIsPrevious ? null : lowestSince);
        boolean highRecord = highestEver || high.isPresent();
        boolean lowRecord = lowestEver || low.isPresent();
        Optional<Standing> best = Optional.empty();
        if (polarity == Polarity.HIGHER_IS_BETTER) {
            best = highRecord ? Optional.of(Standing.BEST) : lowRecord ? Optional.of(Standing.WORST) : best;
        } else if (polarity == Polarity.LOWER_IS_BETTER) {
            best = lowRecord ? Optional.of(Standing.BEST) : highRecord ? Optional.of(Standing.WORST) : best;
        }
        String subject = Comparisons.readable(value).toPlainString() + " in " + period;
        String reason;
        String ever = start.map(b -> "since the series began in " + b).orElse("ever recorded");
        if (earlier == 0) {
            reason = subject + " is the first value "
                    + start.map(b -> "since the series began in " + b).orElse("recorded");
        } else {
            String span = " (" + earlier + " earlier value" + (earlier == 1 ? "" : "s") + " from " + first + ")";
            if (highestEver) {
                reason = subject + " is the highest " + ever + span;
            } else if (lowestEver) {
                reason = subject + " is the lowest " + ever + span;
            } else if (high.isPresent()) {
                reason = subject + " is the highest since " + high.get() + span;
            } else if (low.isPresent()) {
                reason = subject + " is the lowest since " + low.get() + span;
            } else {
                reason = subject + " is no record: it equals the value of " + previous + span;
            }
            if (best.isPresent()) {
                reason = reason + ": " + (best.get() == Standing.BEST ? "the best" : "the worst");
            }
        }
        return new SeriesRecord(period, value, earlier, first, highestEver, lowestEver, high, low, best, reason, start);
    }
}
