package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.SeriesRecord.Standing;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records over hand-made series, starting 2012/13. */
class RecordsTest {

    /** A series from 2012/13 on; null is a suppressed year. */
    private static List<Observation> series(String... values) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            FinancialYear y = FinancialYear.of(2012 + i);
            out.add(
                    values[i] == null
                            ? Observation.missing("cla", "888", y, ObservationStatus.SUPPRESSED)
                            : Observation.of("cla", "888", y, new BigDecimal(values[i])));
        }
        return out;
    }

    @Test
    void test_of_aSeriesBreakLimitsTheRecordToTheNewSeriesAndSaysSo() {
        // 60, 70, 79 under the old curriculum (2012/13 to 2014/15), then 54 and 58 under the new one
        // from 2015/16. Over the whole series 58 is the highest since 2014/15 (79); over the new series
        // it is the highest, above the one earlier value 54.
        Indicator ks2 = Indicator.builder()
                .id("cla")
                .name("Key stage 2")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .seriesBreak(FinancialYear.of(2015))
                .seriesBreakNote("new curriculum")
                .build();
        List<Observation> all = series("60", "70", "79", "54", "58");
        SeriesRecord r = Records.of(ks2, all, FinancialYear.of(2016));
        assertThat(r.highestEver()).isTrue();
        assertThat(r.earlierValues()).isEqualTo(1);
        assertThat(r.firstPeriod()).isEqualTo(FinancialYear.of(2015));
        assertThat(r.best()).contains(Standing.BEST);
        assertThat(r.seriesStart()).map(b -> b.period()).contains(FinancialYear.of(2015));
        assertThat(r.sinceStart()).isEqualTo("since the series began in 2015/16 (new curriculum)");
        assertThat(r.reason())
                .isEqualTo("58 in 2016/17 is the highest since the series began in 2015/16 (new curriculum) (1 earlier"
                        + " value from 2015/16): the best");
        // The new series' first value has nothing to be compared with.
        SeriesRecord first = Records.of(ks2, all, FinancialYear.of(2015));
        assertThat(first.isRecord()).isFalse();
        assertThat(first.reason())
                .isEqualTo("54 in 2015/16 is the first value since the series began in 2015/16 (new curriculum)");
        // Before the break the old series stands alone: 79 is the highest ever recorded.
        SeriesRecord old = Records.of(ks2, all, FinancialYear.of(2014));
        assertThat(old.sinceStart()).isEqualTo("ever recorded");
        assertThat(old.reason()).startsWith("79 in 2014/15 is the highest ever recorded (2 earlier values");
        // Without the break 58 is only above 54 since 79 in 2014/15: the highest since 2014/15.
        assertThat(Records.of(all, FinancialYear.of(2016), Polarity.HIGHER_IS_BETTER)
                        .reason())
                .isEqualTo("58 in 2016/17 is the highest since 2014/15 (4 earlier values from 2012/13): the best");
    }

    @Test
    void test_of_highestEverRecorded() {
        // Lancashire: "1,875 Children Looked After, the highest ever recorded"
        SeriesRecord r =
                Records.of(series("1500", "1620", null, "1700", "1875"), FinancialYear.of(2016), Polarity.NO_JUDGEMENT);
        assertThat(r.highestEver()).isTrue();
        assertThat(r.lowestEver()).isFalse();
        assertThat(r.earlierValues()).isEqualTo(3);
        assertThat(r.firstPeriod()).isEqualTo(FinancialYear.of(2012));
        assertThat(r.best()).isEmpty();
        assertThat(r.isRecord()).isTrue();
        assertThat(r.value()).isEqualByComparingTo("1875");
        assertThat(r.period()).isEqualTo(FinancialYear.of(2016));
        assertThat(r.reason())
                .isEqualTo("1875 in 2016/17 is the highest ever recorded (3 earlier values from 2012/13)");
    }

    @Test
    void test_of_lowestSince() {
        // 30, 20, 40, 35, 25: 25 is the lowest since 2013/14 (20 was lower); the highest since? no,
        // 35 just before was higher.
        SeriesRecord r =
                Records.of(series("30", "20", "40", "35", "25"), FinancialYear.of(2016), Polarity.LOWER_IS_BETTER);
        assertThat(r.lowestSince()).contains(FinancialYear.of(2013));
        assertThat(r.highestSince()).isEmpty();
        assertThat(r.lowestEver()).isFalse();
        assertThat(r.best()).contains(Standing.BEST);
        assertThat(r.reason())
                .isEqualTo("25 in 2016/17 is the lowest since 2013/14 (4 earlier values from 2012/13): the best");
        // the same value under HIGHER_IS_BETTER is the worst since 2013/14
        assertThat(Records.of(series("30", "20", "40", "35", "25"), FinancialYear.of(2016), Polarity.HIGHER_IS_BETTER)
                        .best())
                .contains(Standing.WORST);
    }

    @Test
    void test_of_highestSinceWithAnEqualValue() {
        // 50, 30, 40, 45: 45 in 2015/16 is the highest since 2012/13 (50 >= 45)
        SeriesRecord r = Records.of(series("50", "30", "40", "45"), FinancialYear.of(2015), Polarity.HIGHER_IS_BETTER);
        assertThat(r.highestSince()).contains(FinancialYear.of(2012));
        assertThat(r.best()).contains(Standing.BEST);
        assertThat(r.reason()).contains("is the highest since 2012/13").endsWith(": the best");
        // An equal earlier value: 45 equal to 45 in 2012/13 is "the highest since 2012/13", not ever.
        SeriesRecord tie = Records.of(series("45", "30", "40", "45"), FinancialYear.of(2015), Polarity.LOWER_IS_BETTER);
        assertThat(tie.highestEver()).isFalse();
        assertThat(tie.highestSince()).contains(FinancialYear.of(2012));
        assertThat(tie.best()).contains(Standing.WORST);
        assertThat(tie.reason()).endsWith(": the worst");
    }

    @Test
    void test_of_lowestEverAndNoRecord() {
        SeriesRecord low = Records.of(series("30", "20", "10"), FinancialYear.of(2014), Polarity.HIGHER_IS_BETTER);
        assertThat(low.lowestEver()).isTrue();
        assertThat(low.best()).contains(Standing.WORST);
        assertThat(low.reason())
                .isEqualTo("10 in 2014/15 is the lowest ever recorded (2 earlier values from 2012/13): the worst");
        // Equal to the year before: no record either way.
        SeriesRecord same = Records.of(series("30", "20", "20"), FinancialYear.of(2014), Polarity.HIGHER_IS_BETTER);
        assertThat(same.isRecord()).isFalse();
        assertThat(same.best()).isEmpty();
        assertThat(same.reason())
                .isEqualTo(
                        "20 in 2014/15 is no record: it equals the value of 2013/14 (2 earlier values from 2012/13)");
    }

    @Test
    void test_of_firstValueAndEarlierPeriodOnly() {
        SeriesRecord first = Records.of(series(null, "30", "40"), FinancialYear.of(2013), Polarity.HIGHER_IS_BETTER);
        assertThat(first.earlierValues()).isZero();
        assertThat(first.highestEver()).isFalse();
        assertThat(first.isRecord()).isFalse();
        assertThat(first.firstPeriod()).isEqualTo(FinancialYear.of(2013));
        assertThat(first.reason()).isEqualTo("30 in 2013/14 is the first value recorded");
        // One earlier value, lower: the highest ever, of one earlier value.
        assertThat(Records.of(series("10", "20"), FinancialYear.of(2013), Polarity.LOWER_IS_BETTER)
                        .reason())
                .isEqualTo("20 in 2013/14 is the highest ever recorded (1 earlier value from 2012/13): the worst");
    }

    @Test
    void test_of_noValueForThePeriod() {
        assertThatThrownBy(() -> Records.of(series("10", null), FinancialYear.of(2013), Polarity.LOWER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The series has no value for 2013/14: a record needs one");
        assertThatThrownBy(() -> Records.of(series("10"), FinancialYear.of(2020), Polarity.LOWER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
