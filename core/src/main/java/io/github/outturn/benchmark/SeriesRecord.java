package io.github.outturn.benchmark;

import io.github.outturn.model.SeriesBreak;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one value stands in its area's series: "the highest ever recorded", "the lowest since
 * 2016/17", and whether that is the best or the worst by polarity.
 *
 * <pre>{@code
 * SeriesRecord r = Records.of(dataset.getSeries("cla", "888"), FinancialYear.of(2016), Polarity.NO_JUDGEMENT);
 * r.highestEver();      // true
 * r.reason();           // "1875 in 2016/17 is the highest ever recorded (7 earlier values from 2010/11)"
 * r.sinceStart();       // "ever recorded", or after a break "since the series began in 2015/16 (new definition)"
 * }</pre>
 *
 * @param period the period of the value
 * @param value the value
 * @param earlierValues how many earlier periods of the series have a value
 * @param firstPeriod the first period of the series with a value (the value's own period when there
 *     is no earlier one)
 * @param highestEver whether the value is above every earlier value (false when there is none)
 * @param lowestEver whether the value is below every earlier value (false when there is none)
 * @param highestSince when not the highest ever, the latest earlier period whose value was at least
 *     as high, if it is not the period just before (the value is then "the highest since" it)
 * @param lowestSince likewise for the lowest
 * @param best the record by polarity: HIGHEST or LOWEST, empty for NO_JUDGEMENT and TARGET_BAND
 *     or when the value is no record
 * @param reason the standing in words
 * @param seriesStart the series break the judged part of the series begins at, when earlier values
 *     were left out as not comparable ({@link io.github.outturn.model.ComparableSeries}); "ever" then
 *     means since it
 *     <p>Immutable and thread-safe.
 */
public record SeriesRecord(
        ReportingPeriod period,
        BigDecimal value,
        int earlierValues,
        ReportingPeriod firstPeriod,
        boolean highestEver,
        boolean lowestEver,
        Optional<ReportingPeriod> highestSince,
        Optional<ReportingPeriod> lowestSince,
        Optional<Standing> best,
        String reason,
        Optional<SeriesBreak> seriesStart) {

    /** Whether a record is the best or the worst by polarity. */
    public enum Standing {
        /** The best: highest for HIGHER_IS_BETTER, lowest for LOWER_IS_BETTER. */
        BEST,
        /** The worst. */
        WORST
    }

    /** Checks that no component is null. */
    public SeriesRecord {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        Objects.requireNonNull(highestSince, "highestSince");
        Objects.requireNonNull(lowestSince, "lowestSince");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(seriesStart, "seriesStart");
    }

    /** A record over a series no break has cut. */
    public SeriesRecord(
            ReportingPeriod period,
            BigDecimal value,
            int earlierValues,
            ReportingPeriod firstPeriod,
            boolean highestEver,
            boolean lowestEver,
            Optional<ReportingPeriod> highestSince,
            Optional<ReportingPeriod> lowestSince,
            Optional<Standing> best,
            String reason) {
        this(
                period,
                value,
                earlierValues,
                firstPeriod,
                highestEver,
                lowestEver,
                highestSince,
                lowestSince,
                best,
                reason,
                Optional.empty());
    }

    /**
     * How a record over the whole judged series is said: {@code "ever recorded"}, or {@code "since
     * the series began in AY 2015/16 (new curriculum)"} after a break.
     */
    public String sinceStart() {
        return seriesStart.map(b -> "since the series began in " + b).orElse("ever recorded");
    }

    /** Whether the value is a record of any kind (ever, or since a period). */
    public boolean isRecord() {
        return highestEver || lowestEver || highestSince.isPresent() || lowestSince.isPresent();
    }
}
