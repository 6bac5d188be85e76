package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dataset's groups, and their ranks and bands worked by hand under both ranking sets. */
class ObservationGroupTest {

    private static final FinancialYear Y1 = FinancialYear.of(2022);
    private static final FinancialYear Y2 = FinancialYear.of(2023);

    private static Area la(String code, boolean current) {
        return AreaBenchmarksTest.la(code, current);
    }

    private static Observation obs(String indicator, String area, FinancialYear year, String value) {
        var b = Observation.builder().indicatorId(indicator).areaCode(area).period(year);
        if (value != null) {
            b.value(new BigDecimal(value));
        }
        return b.build();
    }

    private static Dataset dataset() {
        List<Observation> observations = new ArrayList<>();
        String[] values = {"12", "15", "9", "15", "20", null};
        for (int i = 0; i < values.length; i++) {
            observations.add(obs("kept", "30" + i, Y2, values[i]));
            observations.add(obs("other", "30" + i, Y1, "1"));
        }
        observations.add(obs("kept", "300", Y1, "5"));
        return Dataset.builder()
                .addIndicators(Indicator.builder()
                        .id("kept")
                        .name("Kept in school")
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .build())
                .addIndicators(Indicator.builder()
                        .id("other")
                        .name("Other")
                        .polarity(Polarity.NO_JUDGEMENT)
                        .build())
                .addAreas(la("300", true), la("301", true), la("302", false), la("303", true), la("304", true))
                .addAreas(la("305", true))
                .addBenchmarks(BenchmarkValue.builder()
                        .indicatorId("kept")
                        .period(Y2)
                        .comparator("970")
                        .type(ComparatorType.ENGLAND)
                        .value(new BigDecimal("14"))
                        .build())
                .addAllObservations(observations)
                .build();
    }

    private static List<String> shown(GroupRanks g) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            out.add(g.rankAt(i).map(Rank::toString).orElse("-") + " "
                    + g.quartileAt(i).map(Band::name).orElse("-"));
        }
        return out;
    }

    @Test
    void allOf_groupsByIndicatorAndPeriodInTheOrderFirstSeen() {
        List<ObservationGroup> groups = ObservationGroup.allOf(dataset());
        assertThat(groups)
                .extracting(g -> g.indicator().id() + " " + g.period() + " "
                        + g.observations().size())
                .containsExactly("kept 2023/24 6", "other 2022/23 6", "kept 2022/23 1");
        ObservationGroup kept = groups.get(0);
        assertThat(kept.formerAreaCodes()).containsExactly("302");
        assertThat(kept.benchmarks()).extracting(BenchmarkValue::comparator).containsExactly("970");
        assertThat(groups.get(2).benchmarks()).isEmpty();
    }

    @Test
    void ranks_allAuthorities_andCurrentOnes() {
        ObservationGroup kept = ObservationGroup.allOf(dataset()).get(0);
        // 12, 15, 9, 15, 20 and a missing value; high is good: 20 first, the two 15s 2, 12 4, 9 5.
        // Sorted 9, 12, 15, 15, 20: quartiles (h 1, 2, 3) 12, 15, 15. On a cut the worse band: 12 is D
        // (no cut below it), 15 C (one below), 20 A, 9 D.
        assertThat(shown(kept.ranks(BenchmarkPolicy.defaults())))
                .containsExactly("4 of 5 D", "2 of 5 C", "5 of 5 D", "2 of 5 C", "1 of 5 A", "- -");
        // Without 302 (9), four are ranked: below the minimum of 5 for bands.
        BenchmarkPolicy current = BenchmarkPolicy.defaults()
                .withId("current")
                .withVersion("1")
                .withRankingSet(RankingSet.CURRENT_AUTHORITIES);
        assertThat(shown(kept.ranks(current)))
                .containsExactly("4 of 4 -", "2 of 4 -", "- -", "2 of 4 -", "1 of 4 -", "- -");
        assertThat(kept.ranks(current).policyReference()).isEqualTo("current@1");
    }

    @Test
    void observationsOfAnUnknownIndicatorAreRefused() {
        Dataset unknown = Dataset.builder()
                .addObservations(obs("nowhere", "300", Y1, "1"))
                .build();
        assertThatThrownBy(() -> ObservationGroup.allOf(unknown))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Observations of nowhere name no indicator of the dataset: validate the dataset first");
    }
}
