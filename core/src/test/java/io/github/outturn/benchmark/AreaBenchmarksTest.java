package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Stockport against England, region, statistical neighbours, rank and band" on a small made-up
 * dataset: a take-up percentage (higher is better) for Stockport (356) and four neighbours.
 */
class AreaBenchmarksTest {

    private static final FinancialYear YEAR = FinancialYear.of(2016);
    private static final String IND = "take-up";

    private static Observation obs(String area, FinancialYear year, String value, String num, String den) {
        return Observation.builder()
                .indicatorId(IND)
                .areaCode(area)
                .period(year)
                .value(new BigDecimal(value))
                .numerator(new BigDecimal(num))
                .denominator(new BigDecimal(den))
                .build();
    }

    private static final ComparatorGroup SN = ComparatorGroup.builder()
            .id("sn-356")
            .name("Stockport statistical neighbours")
            .type(ComparatorType.STATISTICAL_NEIGHBOURS)
            .areaCode("356")
            .addMemberCodes("344", "354", "357", "358", "359")
            .build();

    private static final ComparatorGroup ALL = ComparatorGroup.builder()
            .id("all")
            .name("All authorities")
            .type(ComparatorType.CUSTOM)
            .addMemberCodes("356", "344", "354", "357", "358", "359")
            .build();

    private static Dataset dataset(Polarity polarity, boolean banded) {
        Indicator take = Indicator.builder()
                .id(IND)
                .name("Take-up")
                .unit("%")
                .polarity(polarity)
                .statisticType(StatisticType.PROPORTION)
                .quartileBanded(banded)
                .build();
        return Dataset.builder()
                .addIndicators(take)
                .addAreas(
                        Area.builder()
                                .code("356")
                                .name("Stockport")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .regionCode("E12000002")
                                .build(),
                        Area.of("E12000002", "North West", AreaType.REGION),
                        Area.of("970", "England", AreaType.ENGLAND))
                .addComparatorGroups(SN)
                .addObservations(
                        obs("356", FinancialYear.of(2012), "40.0", "400", "1000"),
                        obs("356", FinancialYear.of(2015), "42.0", "420", "1000"),
                        obs("356", YEAR, "44.1", "441", "1000"),
                        obs("344", YEAR, "40.0", "40", "100"),
                        obs("354", YEAR, "50.0", "150", "300"),
                        obs("357", YEAR, "30.0", "60", "200"),
                        obs("358", YEAR, "44.1", "441", "1000"),
                        Observation.missing(IND, "359", YEAR, ObservationStatus.SUPPRESSED))
                .addBenchmarks(
                        bench("970", ComparatorType.ENGLAND, "43", null),
                        bench("E12000002", ComparatorType.REGION, "40", null),
                        bench("E12000001", ComparatorType.REGION, "41", null),
                        bench("sn-356", ComparatorType.STATISTICAL_NEIGHBOURS, "45", "356"),
                        bench("sn-999", ComparatorType.STATISTICAL_NEIGHBOURS, "46", "999"),
                        bench("E12000009", ComparatorType.CUSTOM, "47", null))
                .build();
    }

    private static BenchmarkValue bench(String comparator, ComparatorType type, String value, String area) {
        var b = BenchmarkValue.builder()
                .indicatorId(IND)
                .period(YEAR)
                .comparator(comparator)
                .type(type)
                .value(new BigDecimal(value));
        if (area != null) {
            b.areaCode(area);
        }
        return b.build();
    }

    private static final Dataset DS = dataset(Polarity.HIGHER_IS_BETTER, true);
    private static final BenchmarkPolicy POLICY = BenchmarkPolicy.defaults();

    @Test
    void test_compareWithBenchmarks_thoseThatApply() {
        List<Comparison> all = AreaBenchmarks.compareWithBenchmarks(DS, IND, "356", YEAR, POLICY);
        // England 43, the North West 40, Stockport's neighbours 45 and the custom figure 47 apply;
        // another region and another authority's neighbours do not.
        assertThat(all)
                .extracting(Comparison::comparator)
                .containsExactly("England", "North West", "Stockport statistical neighbours", "E12000009");
        assertThat(all)
                .extracting(Comparison::judgement)
                .containsExactly(Judgement.BETTER, Judgement.BETTER, Judgement.WORSE, Judgement.WORSE);
        assertThat(all.get(0).reason()).isEqualTo("44.1 is higher than England (43) by 1.1 (2.558%): BETTER");
    }

    @Test
    void test_compareWithBenchmark_byConfidenceInterval() {
        // 441 of 1000: 95% Wilson interval 41.05% to 47.19% holds England's 43 and the neighbours' 45.
        BenchmarkPolicy byCi = POLICY.withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);
        List<Comparison> all = AreaBenchmarks.compareWithBenchmarks(DS, IND, "356", YEAR, byCi);
        assertThat(all)
                .extracting(Comparison::judgement)
                .containsExactly(Judgement.SIMILAR, Judgement.BETTER, Judgement.SIMILAR, Judgement.SIMILAR);
        assertThat(all.get(0).interval()).isPresent();
        // At 99.8% the interval (39.33% to 48.99%) holds the North West's 40 too.
        Comparison region = AreaBenchmarks.compareWithBenchmark(
                DS,
                IND,
                "356",
                YEAR,
                DS.benchmarks(IND, YEAR).get(1),
                byCi.withConfidenceLevel(ConfidenceLevel.NINETY_NINE_POINT_EIGHT));
        assertThat(region.judgement()).isEqualTo(Judgement.SIMILAR);
        // An area without an observation is not compared.
        assertThat(AreaBenchmarks.compareWithBenchmark(
                                DS, IND, "999", YEAR, DS.benchmarks(IND, YEAR).get(0), byCi)
                        .judgement())
                .isEqualTo(Judgement.NOT_COMPARED);
    }

    @Test
    void test_compareWithBenchmark_namesWithoutAreas() {
        Dataset bare = Dataset.builder()
                .from(DS)
                .areas(List.of())
                .comparatorGroups(List.of())
                .build();
        List<Comparison> all = AreaBenchmarks.compareWithBenchmarks(bare, IND, "356", YEAR, POLICY);
        // Without the area table the region is unknown, so every regional figure applies.
        assertThat(all)
                .extracting(Comparison::comparator)
                .containsExactly("England", "E12000002", "E12000001", "the statistical neighbour average", "E12000009");
    }

    @Test
    void test_compareWithGroup_averageOfMembers() {
        // Members with values: 40, 50, 30, 44.1 (359 suppressed): mean 164.1 / 4 = 41.025.
        GroupComparison mean = AreaBenchmarks.compareWithGroup(DS, IND, "356", YEAR, SN, POLICY);
        assertThat(mean.average().value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("41.025"));
        assertThat(mean.average().missing()).containsExactly("359");
        assertThat(mean.comparison().judgement()).isEqualTo(Judgement.BETTER);
        assertThat(mean.comparison().comparator()).isEqualTo("Stockport statistical neighbours mean");
        // Median of 30, 40, 44.1, 50: (40 + 44.1) / 2 = 42.05.
        GroupComparison median = AreaBenchmarks.compareWithGroup(
                DS, IND, "356", YEAR, SN, POLICY.withAverageMethod(AverageMethod.MEDIAN));
        assertThat(median.average().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("42.05"));
        // Pooled: (40 + 150 + 60 + 441) / (100 + 300 + 200 + 1000) = 691 / 1600 = 0.431875; the indicator has
        // no multiplier, so the pooled figure is a fraction (0.431875) and Stockport's 44.1 is higher.
        GroupComparison pooled = AreaBenchmarks.compareWithGroup(
                DS, IND, "356", YEAR, SN, POLICY.withAverageMethod(AverageMethod.POOLED));
        assertThat(pooled.average().value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.431875"));
        // The area itself is left out of a group it belongs to: ALL averages the same five members.
        assertThat(AreaBenchmarks.compareWithGroup(DS, IND, "356", YEAR, ALL, POLICY)
                        .average()
                        .used())
                .containsExactly("344", "354", "357", "358");
    }

    @Test
    void test_compareWithPeriod_previousYearAndBaseline() {
        // 44.1 against 42.0 in 2015/16: 2.1 higher, 5%.
        Comparison previous = AreaBenchmarks.compareWithPeriod(DS, IND, "356", YEAR, YEAR.previous(), POLICY);
        assertThat(previous.comparator()).isEqualTo("2015/16");
        assertThat(previous.relativeDifference())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.05"));
        assertThat(previous.judgement()).isEqualTo(Judgement.BETTER);
        // Against the 2012/13 baseline of 40.0: 4.1 higher, 10.25%.
        Comparison baseline = AreaBenchmarks.compareWithPeriod(DS, IND, "356", YEAR, FinancialYear.of(2012), POLICY);
        assertThat(baseline.reason()).isEqualTo("44.1 is higher than 2012/13 (40.0) by 4.1 (10.25%): BETTER");
        // No value for 2013/14.
        assertThat(AreaBenchmarks.compareWithPeriod(DS, IND, "356", YEAR, FinancialYear.of(2013), POLICY)
                        .judgement())
                .isEqualTo(Judgement.NOT_COMPARED);
    }

    @Test
    void test_rank_amongAGroup() {
        // Stockport 44.1 with neighbours 40, 50, 30, 44.1 (one suppressed): 50 is higher, 44.1 ties: 2 of 5.
        assertThat(AreaBenchmarks.rank(DS, IND, "356", YEAR, SN)).contains(Rank.of(2, 5));
        assertThat(AreaBenchmarks.rank(DS, IND, "356", YEAR, ALL)).contains(Rank.of(2, 5));
        assertThat(AreaBenchmarks.rank(DS, IND, "357", YEAR, ALL)).contains(Rank.of(5, 5));
        assertThat(AreaBenchmarks.rank(DS, IND, "359", YEAR, ALL)).isEmpty();
        assertThat(AreaBenchmarks.rank(dataset(Polarity.NO_JUDGEMENT, true), IND, "356", YEAR, ALL))
                .isEmpty();
    }

    @Test
    void test_quartile_andQuintile() {
        // Values 30, 40, 44.1, 44.1, 50: quartile cut points h = 1, 2, 3 -> 40, 44.1, 44.1.
        // 44.1 equals Q2 and Q3: LAIT puts it in the worse band for HIGHER_IS_BETTER, C; symmetric, A.
        assertThat(AreaBenchmarks.quartile(DS, IND, "356", YEAR, ALL, POLICY)).contains(Band.C);
        assertThat(AreaBenchmarks.quartile(DS, IND, "356", YEAR, ALL, POLICY.withBoundaryRule(BoundaryRule.SYMMETRIC)))
                .contains(Band.A);
        assertThat(AreaBenchmarks.quartile(DS, IND, "354", YEAR, ALL, POLICY)).contains(Band.A);
        // Quintile cut points h = 0.8, 1.6, 2.4, 3.2 -> 38, 42.46, 44.1, 45.28: 44.1 equals the third, so C.
        assertThat(AreaBenchmarks.quintile(DS, IND, "356", YEAR, ALL, POLICY)).contains(Band.C);
        assertThat(AreaBenchmarks.quintile(DS, IND, "357", YEAR, SN, POLICY)).contains(Band.E);
        assertThat(AreaBenchmarks.quartile(DS, IND, "359", YEAR, ALL, POLICY)).isEmpty();
        assertThat(AreaBenchmarks.quartile(dataset(Polarity.HIGHER_IS_BETTER, false), IND, "356", YEAR, ALL, POLICY))
                .isEmpty();
        assertThat(AreaBenchmarks.quartile(dataset(Polarity.NO_JUDGEMENT, true), IND, "356", YEAR, ALL, POLICY))
                .isEmpty();
    }

    private static Area la(String code, boolean current) {
        return Area.builder()
                .code(code)
                .name("LA " + code)
                .type(AreaType.LOCAL_AUTHORITY)
                .current(current)
                .build();
    }

    /** DS with every authority listed, 357 a former one. */
    private static Dataset listed() {
        return Dataset.builder()
                .from(DS)
                .areas(List.of(
                        la("356", true),
                        la("344", true),
                        la("354", true),
                        la("357", false),
                        la("358", true),
                        la("359", true),
                        Area.of("970", "England", AreaType.ENGLAND)))
                .build();
    }

    private static final BenchmarkPolicy CURRENT = POLICY.withRankingSet(RankingSet.CURRENT_AUTHORITIES);

    @Test
    void test_rankAmongAuthorities_laitSetIncludesFormerAuthorities() {
        // LAIT's set: every listed authority with a value, 357 (former) included, 359 (suppressed)
        // and England not: 44.1, 40, 50, 30, 44.1. 50 is higher: 2 of 5; the cuts as in
        // test_quartile_andQuintile: quartile C, quintile C.
        AuthorityRank r = AreaBenchmarks.rankAmongAuthorities(listed(), IND, "356", YEAR, POLICY);
        assertThat(AreaBenchmarks.authorities(listed(), IND, YEAR, POLICY).memberCodes())
                .containsExactly("356", "344", "354", "357", "358");
        assertThat(r.rank()).contains(Rank.of(2, 5));
        assertThat(r.quartile()).contains(Band.C);
        assertThat(r.quintile()).contains(Band.C);
        assertThat(r.rankingSet()).isEqualTo(RankingSet.ALL_AUTHORITIES);
        assertThat(r.policyReference()).isEqualTo("outturn-benchmark-default@3");
        assertThat(r.reason())
                .isEqualTo("44.1 is 2 of 5 local authorities with a value, former ones included as in LAIT"
                        + " (1 is best): quartile band C, quintile band C");
    }

    @Test
    void test_rankAmongAuthorities_currentOnly() {
        // Current ones only: 44.1, 40, 50, 44.1 (357's 30 left out): 2 of 4. Quartile cuts (type 7,
        // h = 0.75, 1.5, 2.25): 40 + 0.75 x 4.1 = 43.075, 44.1, 44.1 + 0.25 x 5.9 = 45.575; 44.1 on
        // the median goes with the values below: C. Quintile cuts (h = 0.6, 1.2, 1.8, 2.4): 42.46,
        // 44.1, 44.1, 46.46; one cut below 44.1: D.
        // Four ranked is below the policy's minimum of five for bands: the bands are withheld, as
        // the command line always did; a policy with a minimum of four gives them.
        AuthorityRank r = AreaBenchmarks.rankAmongAuthorities(listed(), IND, "356", YEAR, CURRENT);
        assertThat(r.rank()).contains(Rank.of(2, 4));
        assertThat(r.quartile()).isEmpty();
        assertThat(r.quintile()).isEmpty();
        assertThat(r.reason()).isEqualTo("44.1 is 2 of 4 current local authorities with a value (1 is best)");
        AuthorityRank four =
                AreaBenchmarks.rankAmongAuthorities(listed(), IND, "356", YEAR, CURRENT.withMinimumRankedForBands(4));
        assertThat(four.quartile()).contains(Band.C);
        assertThat(four.quintile()).contains(Band.D);
        assertThat(r.among()).isEqualTo("current local authorities with a value");
        // A former authority is still ranked, counted with the current ones: 30 is the lowest of 5.
        assertThat(AreaBenchmarks.rankAmongAuthorities(listed(), IND, "357", YEAR, CURRENT)
                        .rank())
                .contains(Rank.of(5, 5));
    }

    @Test
    void test_minimumRankedForBands_defaultFiveAndChecked() {
        // Five ranked (test_rankAmongAuthorities_laitSetIncludesFormerAuthorities) is enough; four is not.
        assertThat(POLICY.minimumRankedForBands()).isEqualTo(5);
        assertThat(POLICY.isBanded(Rank.of(2, 5))).isTrue();
        assertThat(POLICY.isBanded(Rank.of(2, 4))).isFalse();
        assertThat(POLICY.withMinimumRankedForBands(1).isBanded(Rank.of(1, 1))).isTrue();
        assertThatThrownBy(() -> POLICY.withMinimumRankedForBands(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("minimumRankedForBands 0 of benchmark policy outturn-benchmark-default@3 is too small:"
                        + " expected 1 or more");
    }

    @Test
    void test_rankAmongAuthorities_unrankedSaySo() {
        assertThat(AreaBenchmarks.rankAmongAuthorities(listed(), IND, "359", YEAR, POLICY)
                        .reason())
                .isEqualTo("Not ranked: no value");
        Dataset noJudgement = Dataset.builder()
                .from(dataset(Polarity.NO_JUDGEMENT, true))
                .areas(listed().areas())
                .build();
        AuthorityRank r = AreaBenchmarks.rankAmongAuthorities(noJudgement, IND, "356", YEAR, POLICY);
        assertThat(r.rank()).isEmpty();
        assertThat(r.quartile()).isEmpty();
        assertThat(r.reason())
                .isEqualTo("Not ranked among local authorities with a value, former ones included as in LAIT: the"
                        + " indicator has no better direction to rank by");
    }

    @Test
    void test_authorities_fromTheEnglandGroupOrTheObservations() {
        ComparatorGroup england = ComparatorGroup.builder()
                .id("england")
                .name("England")
                .type(ComparatorType.ENGLAND)
                .addMemberCodes("356", "357", "359", "354")
                .build();
        Dataset withGroup =
                Dataset.builder().from(listed()).addComparatorGroups(england).build();
        ComparatorGroup all = AreaBenchmarks.authorities(withGroup, IND, YEAR, POLICY);
        assertThat(all.memberCodes()).containsExactly("356", "357", "354");
        assertThat(all.name()).isEqualTo("members of England with a value");
        ComparatorGroup current = AreaBenchmarks.authorities(withGroup, IND, YEAR, CURRENT);
        assertThat(current.memberCodes()).containsExactly("356", "354");
        assertThat(current.name()).isEqualTo("members of England still current with a value");
        // No authorities listed: every area with a value of the indicator.
        Dataset bare = Dataset.builder().from(DS).areas(List.of()).build();
        ComparatorGroup observed = AreaBenchmarks.authorities(bare, IND, YEAR, POLICY);
        assertThat(observed.memberCodes()).containsExactlyInAnyOrder("356", "344", "354", "357", "358");
        assertThat(observed.name()).isEqualTo("areas with a value in the dataset");
        assertThat(AreaBenchmarks.authorities(bare, IND, YEAR, CURRENT).name())
                .isEqualTo("current areas with a value in the dataset");
        assertThatThrownBy(() -> AreaBenchmarks.authorities(bare, "nope", YEAR, POLICY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_record_ofTheArea() {
        // 40.0, 42.0, 44.1: the highest ever recorded, the best for HIGHER_IS_BETTER.
        SeriesRecord r = AreaBenchmarks.record(DS, IND, "356", YEAR);
        assertThat(r.highestEver()).isTrue();
        assertThat(r.reason()).endsWith(": the best");
    }

    @Test
    void test_rank_unknownIndicator() {
        assertThatThrownBy(() -> AreaBenchmarks.rank(DS, "nope", "356", YEAR, SN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Indicator \"nope\" is not in the dataset: expected one of its indicator ids");
    }
}
