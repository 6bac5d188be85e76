package io.github.outturn.highlight;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.rating.TravelTerm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlights make no claim across a series break: records and runs over the new series only, worked by hand. */
class HighlightsSeriesBreakTest {

    /**
     * Stockport's results 2012/13 to 2017/18: 60, 70, 79, then from 2015/16 (a new definition, said
     * on the observation) 54, 58, 62.
     */
    private static Dataset results(boolean broken) {
        Observation first = Observation.of("ks2", "356", fy("2015/16"), dec("54"));
        return Dataset.builder()
                .addAreas(Area.of("356", "Stockport", AreaType.LOCAL_AUTHORITY))
                .addIndicators(Indicator.builder()
                        .id("ks2")
                        .name("Key stage 2 results")
                        .decimalPlaces(0)
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .build())
                .addObservations(
                        Observation.of("ks2", "356", fy("2012/13"), dec("60")),
                        Observation.of("ks2", "356", fy("2013/14"), dec("70")),
                        Observation.of("ks2", "356", fy("2014/15"), dec("79")),
                        broken ? first.withSeriesBreak(true).withNote("new definition") : first,
                        Observation.of("ks2", "356", fy("2016/17"), dec("58")),
                        Observation.of("ks2", "356", fy("2017/18"), dec("62")))
                .build();
    }

    @Test
    void test_find_recordSinceTheSeriesBeganNotAmongTheOldValues() {
        // Over the new series (54, 58, 62: three values, the policy's minimum) 62 is the highest; over
        // the whole series it would be "the highest since 2014/15" (79 then; only 54 and 58 since).
        List<Highlight> broken = Highlights.find(results(true), "356", fy("2017/18"), HighlightPolicy.defaults());
        assertThat(broken)
                .filteredOn(h -> h.kind() == HighlightKind.RECORD)
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.sentence())
                            .isEqualTo(
                                    "Stockport's Key stage 2 results of 62 in 2017/18 is the highest since the series"
                                            + " began in 2015/16 (new definition) (3 values from 2015/16).");
                    assertThat(h.series()).hasSize(3);
                    assertThat(h.news()).isEqualTo(News.GOOD);
                });
        List<Highlight> whole = Highlights.find(results(false), "356", fy("2017/18"), HighlightPolicy.defaults());
        assertThat(whole)
                .filteredOn(h -> h.kind() == HighlightKind.RECORD)
                .singleElement()
                .satisfies(
                        h -> assertThat(h.sentence()).contains("is the highest since 2014/15 (6 values from 2012/13)"));
        // No highlight of the broken series speaks of a value before the break.
        assertThat(broken)
                .noneMatch(h -> h.sentence().contains("2014/15") || h.sentence().contains("79"));
    }

    @Test
    void test_find_theFirstValueOfANewSeriesIsNoRecordAndNoChange() {
        // 54 in 2015/16 is the new series' first value: not "the lowest since 2012/13", not a fall of 25.
        List<Highlight> h = Highlights.find(results(true), "356", fy("2015/16"), HighlightPolicy.defaults());
        assertThat(h).noneMatch(x -> x.kind() == HighlightKind.RECORD || x.kind() == HighlightKind.CHANGE);
    }

    @Test
    void test_find_noLongTermChangeAcrossABreakMarkedBetweenTheTwoPeriods() {
        // Long term, 2016/17 (58) is compared with 2013/14 (70): a fall of 12, 17%. The break is marked
        // on 2015/16, between the two and on neither, so the broken series makes no such claim.
        HighlightPolicy longTerm = HighlightPolicy.defaults().withChangeTerm(TravelTerm.LONG_TERM);
        assertThat(Highlights.find(results(false), "356", fy("2016/17"), longTerm))
                .filteredOn(h -> h.kind() == HighlightKind.CHANGE)
                .singleElement()
                .satisfies(h -> assertThat(h.sentence()).contains("17% decrease on 70 in 2013/14"));
        assertThat(Highlights.find(results(true), "356", fy("2016/17"), longTerm))
                .noneMatch(h -> h.kind() == HighlightKind.CHANGE);
    }
}
