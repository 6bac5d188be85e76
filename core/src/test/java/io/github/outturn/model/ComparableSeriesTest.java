package io.github.outturn.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a series break cuts, on series small enough to check by eye. */
class ComparableSeriesTest {

    private static final Indicator KS2 = Indicator.builder()
            .id("ks2")
            .name("Key stage 2")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .seriesBreak(AcademicYear.of(2015))
            .seriesBreakNote("new curriculum")
            .build();

    private static final Indicator CAFS = Indicator.builder()
            .id("cafs")
            .name("CAFs")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .frequency(Frequency.QUARTERLY)
            .build();

    private static Observation obs(Indicator i, ReportingPeriod p, String value) {
        return Observation.of(i.id(), "356", p, new BigDecimal(value));
    }

    /** AY 2012/13 to AY 2016/17: 60, 70, 79 under the old curriculum, 54 and 58 under the new. */
    private static final List<Observation> KS2_SERIES = List.of(
            obs(KS2, AcademicYear.of(2012), "60"),
            obs(KS2, AcademicYear.of(2013), "70"),
            obs(KS2, AcademicYear.of(2014), "79"),
            obs(KS2, AcademicYear.of(2015), "54"),
            obs(KS2, AcademicYear.of(2016), "58"));

    @Test
    void test_of_indicatorBreakKeepsTheNewSeriesForALaterPeriod() {
        ComparableSeries part = ComparableSeries.of(KS2, KS2_SERIES, AcademicYear.of(2016));
        assertThat(part.observations()).containsExactly(KS2_SERIES.get(3), KS2_SERIES.get(4));
        assertThat(part.start()).contains(SeriesBreak.of(AcademicYear.of(2015), "new curriculum"));
        assertThat(part.period()).isEqualTo(AcademicYear.of(2016));
        assertThat(part)
                .hasToString(
                        "ComparableSeries{period=AY 2016/17, observations=2, start=AY 2015/16 (new" + " curriculum)}");
    }

    @Test
    void test_of_indicatorBreakKeepsTheOldSeriesForAnEarlierPeriod() {
        ComparableSeries part = ComparableSeries.of(KS2, KS2_SERIES, AcademicYear.of(2014));
        assertThat(part.observations()).containsExactlyElementsOf(KS2_SERIES.subList(0, 3));
        assertThat(part.start()).isEmpty();
    }

    @Test
    void test_of_noBreakIsTheWholeSeries() {
        List<Observation> series =
                List.of(obs(CAFS, FinancialQuarter.of(2016, 1), "96"), obs(CAFS, FinancialQuarter.of(2016, 2), "180"));
        ComparableSeries part = ComparableSeries.of(CAFS, series, FinancialQuarter.of(2016, 2));
        assertThat(part.observations()).isEqualTo(series);
        assertThat(part.start()).isEmpty();
        assertThat(ComparableSeries.breaks(CAFS, series)).isEmpty();
        assertThat(part).hasToString("ComparableSeries{period=2016/17 Q2, observations=2}");
    }

    @Test
    void test_of_anObservationStartsANewSeriesForItsAreaWithItsNoteAsTheReason() {
        Observation q4 = obs(CAFS, FinancialQuarter.of(2015, 4), "380");
        Observation q1 = obs(CAFS, FinancialQuarter.of(2016, 1), "96")
                .withSeriesBreak(true)
                .withNote("new definition");
        Observation q2 = obs(CAFS, FinancialQuarter.of(2016, 2), "180");
        List<Observation> series = List.of(q4, q1, q2);
        ComparableSeries part = ComparableSeries.of(CAFS, series, FinancialQuarter.of(2016, 2));
        assertThat(part.observations()).containsExactly(q1, q2);
        assertThat(part.start()).map(Object::toString).contains("2016/17 Q1 (new definition)");
        // 2015/16 Q4 sees only itself: the later values are another series.
        assertThat(ComparableSeries.of(CAFS, series, FinancialQuarter.of(2015, 4))
                        .observations())
                .containsExactly(q4);
        assertThat(ComparableSeries.between(CAFS, series, FinancialQuarter.of(2015, 4), FinancialQuarter.of(2016, 2)))
                .map(b -> b.period())
                .contains(FinancialQuarter.of(2016, 1));
        assertThat(ComparableSeries.between(CAFS, series, FinancialQuarter.of(2016, 1), FinancialQuarter.of(2016, 2)))
                .isEmpty();
    }

    @Test
    void test_of_theLatestOfTwoBreaksStartsThePart() {
        // The indicator breaks at AY 2015/16 and the area's AY 2016/17 value starts another series.
        List<Observation> series = List.of(
                KS2_SERIES.get(2),
                KS2_SERIES.get(3),
                KS2_SERIES.get(4).withSeriesBreak(true),
                obs(KS2, AcademicYear.of(2017), "61"));
        ComparableSeries part = ComparableSeries.of(KS2, series, AcademicYear.of(2017));
        assertThat(part.observations()).containsExactly(series.get(2), series.get(3));
        assertThat(part.start()).map(Object::toString).contains("AY 2016/17");
        assertThat(ComparableSeries.breaks(KS2, series)).hasSize(2);
        assertThat(ComparableSeries.between(KS2, series, AcademicYear.of(2014), AcademicYear.of(2017)))
                .map(SeriesBreak::period)
                .contains(AcademicYear.of(2016));
    }

    @Test
    void test_separates_eitherOrderAndNeverAPeriodFromItself() {
        SeriesBreak b = SeriesBreak.of(FinancialYear.of(2015));
        assertThat(b.separates(FinancialYear.of(2014), FinancialYear.of(2015))).isTrue();
        assertThat(b.separates(FinancialYear.of(2015), FinancialYear.of(2014))).isTrue();
        assertThat(b.separates(FinancialYear.of(2015), FinancialYear.of(2016))).isFalse();
        assertThat(b.separates(FinancialYear.of(2013), FinancialYear.of(2014))).isFalse();
        assertThat(b.separates(FinancialYear.of(2015), FinancialYear.of(2015))).isFalse();
        // A quarter of the break's year is after it starts: 2015/16 Q2 against 2014/15 Q4 is cut.
        assertThat(b.separates(FinancialQuarter.of(2014, 4), FinancialQuarter.of(2015, 2)))
                .isTrue();
        assertThat(b).hasToString("2015/16");
        assertThat(KS2.isComparable(AcademicYear.of(2014), AcademicYear.of(2015)))
                .isFalse();
        assertThat(KS2.isComparable(AcademicYear.of(2015), AcademicYear.of(2016)))
                .isTrue();
    }
}
