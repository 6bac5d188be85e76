package io.github.outturn.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Judgement;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.Direction;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A whole indicator row, worked by hand on a small made-up dataset: a take-up percentage (higher is
 * better) for Stockport (356) in 2016/17, with five other authorities, a target, earlier years and
 * published figures for England and two regions.
 */
class IndicatorRowTest {

    private static final String IND = "take-up";
    private static final FinancialYear YEAR = FinancialYear.of(2016);
    private static final RatingPolicy RATING = RatingPolicy.defaults();
    private static final BenchmarkPolicy BENCHMARKS = BenchmarkPolicy.defaults();

    private static Observation obs(String area, FinancialYear year, String value) {
        return Observation.builder()
                .indicatorId(IND)
                .areaCode(area)
                .period(year)
                .value(new BigDecimal(value))
                .build();
    }

    private static BenchmarkValue bench(String comparator, ComparatorType type, String value) {
        return BenchmarkValue.builder()
                .indicatorId(IND)
                .period(YEAR)
                .comparator(comparator)
                .type(type)
                .value(new BigDecimal(value))
                .build();
    }

    private static Area authority(String code, String name) {
        return Area.of(code, name, AreaType.LOCAL_AUTHORITY);
    }

    /** Stockport and {@code others} authorities (of 344, 354, 357, 358, 359) with a value. */
    private static Dataset dataset(int others, boolean neighbours) {
        List<String> codes = List.of("344", "354", "357", "358", "359");
        List<String> values = List.of("40.0", "44.0", "30.0", "50.0", "55.0");
        var b = Dataset.builder()
                .addIndicators(Indicator.builder()
                        .id(IND)
                        .name("Take-up")
                        .unit("%")
                        .decimalPlaces(1)
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .quartileBanded(true)
                        .build())
                .addAreas(
                        Area.builder()
                                .code("356")
                                .name("Stockport")
                                .type(AreaType.LOCAL_AUTHORITY)
                                .regionCode("E12000002")
                                .build(),
                        Area.of("E12000002", "North West", AreaType.REGION),
                        Area.of("E12000001", "North East", AreaType.REGION),
                        Area.of("970", "England", AreaType.ENGLAND))
                .addTargets(Target.builder()
                        .indicatorId(IND)
                        .period(YEAR)
                        .areaCode("356")
                        .value(new BigDecimal("45.0"))
                        .build())
                .addObservations(
                        obs("356", FinancialYear.of(2013), "48.0"),
                        obs("356", FinancialYear.of(2015), "45.0"),
                        obs("356", YEAR, "47.0"))
                .addBenchmarks(
                        bench("970", ComparatorType.ENGLAND, "43.0"),
                        bench("E12000001", ComparatorType.REGION, "41.0"),
                        bench("E12000002", ComparatorType.REGION, "48.0"));
        for (int i = 0; i < others; i++) {
            b.addAreas(authority(codes.get(i), "Authority " + codes.get(i)));
            b.addObservations(obs(codes.get(i), YEAR, values.get(i)));
        }
        if (neighbours) {
            b.addComparatorGroups(ComparatorGroup.builder()
                    .id("sn-356")
                    .name("Stockport statistical neighbours")
                    .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                    .areaCode("356")
                    .addMemberCodes("344", "354", "357")
                    .build());
        }
        return b.build();
    }

    @Test
    void test_of_wholeRowWorkedByHand() {
        Dataset ds = dataset(5, true);
        IndicatorRow row = IndicatorRow.of(ds, IND, "356", YEAR, RATING, BENCHMARKS);

        // 47.0 against a target of 45.0, higher is better: met, GREEN.
        assertThat(row.assessment().status()).isEqualTo(Status.GREEN);
        assertThat(row.assessment().policyReference()).isEqualTo(RATING.reference());
        // Short term: 45.0 in 2015/16 to 47.0, up: improving.
        assertThat(row.shortTerm().direction()).isEqualTo(Direction.IMPROVING);
        assertThat(row.shortTerm().comparisonPeriod()).isEqualTo(FinancialYear.of(2015));
        // Long term, three years back by default: 48.0 in 2013/14 to 47.0, down: worsening.
        assertThat(row.longTerm().direction()).isEqualTo(Direction.WORSENING);
        assertThat(row.longTerm().comparisonPeriod()).isEqualTo(FinancialYear.of(2013));

        // England 43.0 and the North West 48.0 apply; the North East (not Stockport's region) does not.
        assertThat(row.benchmarks()).extracting(Comparison::comparator).containsExactly("England", "North West");
        assertThat(row.england()).map(Comparison::judgement).contains(Judgement.BETTER);
        assertThat(row.region(ds)).map(Comparison::comparator).contains("North West");
        assertThat(row.region(ds)).map(Comparison::judgement).contains(Judgement.WORSE);

        // Neighbours 344, 354 and 357: (40.0 + 44.0 + 30.0) / 3 = 38.0, below 47.0: better.
        assertThat(row.neighbours()).hasValueSatisfying(g -> {
            assertThat(g.comparison().comparatorValue())
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("38"));
            assertThat(g.comparison().judgement()).isEqualTo(Judgement.BETTER);
            assertThat(g.average().usedCount()).isEqualTo(3);
        });

        // Six authorities: 55.0, 50.0, 47.0, 44.0, 40.0, 30.0; Stockport is third.
        assertThat(row.rank()).contains(Rank.of(3, 6));
        // Type-7 quartiles of 30, 40, 44, 47, 50, 55: Q1 = 40 + 0.25 x 4 = 41, Q2 = 44 + 0.5 x 3 =
        // 45.5, Q3 = 47 + 0.75 x 3 = 49.25. 47.0 lies between Q2 and Q3, the second best quarter: B.
        assertThat(row.quartile()).contains(Band.B);
        assertThat(row.rankedAmong()).contains("local authorities");
    }

    @Test
    void test_of_noQuartileBelowFiveAuthorities() {
        // Stockport and three others: 47.0, 44.0, 40.0, 30.0. Ranked first of four, but four
        // authorities are too few for quartiles.
        IndicatorRow four = IndicatorRow.of(dataset(3, false), IND, "356", YEAR, RATING, BENCHMARKS);
        assertThat(four.rank()).contains(Rank.of(1, 4));
        assertThat(four.quartile()).isEmpty();
        assertThat(four.neighbours()).isEmpty();

        // With a fourth other authority (50.0) there are five: 2 of 5, and banded. Quartiles of 30,
        // 40, 44, 47, 50: Q1 = 40, Q2 = 44, Q3 = 47; 47.0 equals Q3 and, higher being better, goes
        // with the values below it (LAIT's rule): B.
        IndicatorRow five = IndicatorRow.of(dataset(4, false), IND, "356", YEAR, RATING, BENCHMARKS);
        assertThat(five.rank()).contains(Rank.of(2, 5));
        assertThat(five.quartile()).contains(Band.B);
    }

    @Test
    void test_of_bandMinimumIsThePolicys() {
        // A policy that bands from four authorities bands Stockport among 47.0, 44.0, 40.0, 30.0:
        // type-7 quartiles Q1 = 30 + 0.75 x 10 = 37.5, Q2 = 40 + 0.5 x 4 = 42, Q3 = 44 + 0.25 x 3 =
        // 44.75; 47.0 is above Q3, higher being better: the best quarter, A.
        BenchmarkPolicy fromFour = BenchmarkPolicy.builder()
                .from(BENCHMARKS)
                .minimumRankedForBands(4)
                .build();
        IndicatorRow four = IndicatorRow.of(dataset(3, false), IND, "356", YEAR, RATING, fromFour);
        assertThat(four.rank()).contains(Rank.of(1, 4));
        assertThat(four.quartile()).contains(Band.A);

        // One that bands only from six leaves the five of the case above unbanded.
        BenchmarkPolicy fromSix = BenchmarkPolicy.builder()
                .from(BENCHMARKS)
                .minimumRankedForBands(6)
                .build();
        IndicatorRow five = IndicatorRow.of(dataset(4, false), IND, "356", YEAR, RATING, fromSix);
        assertThat(five.rank()).contains(Rank.of(2, 5));
        assertThat(five.quartile()).isEmpty();
    }

    @Test
    void test_englandAndRegion_emptyWhenNotPublished() {
        Dataset ds = dataset(5, true);
        IndicatorRow row = IndicatorRow.of(ds, IND, "356", YEAR, RATING, BENCHMARKS);
        IndicatorRow bare = new IndicatorRow(
                row.assessment(),
                row.shortTerm(),
                row.longTerm(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "");
        assertThat(bare.england()).isEmpty();
        assertThat(bare.region(ds)).isEmpty();
        // Authority 358 has no region in the dataset.
        IndicatorRow elsewhere = IndicatorRow.of(ds, IND, "358", YEAR, RATING, BENCHMARKS);
        assertThat(elsewhere.region(ds)).isEmpty();
        assertThat(elsewhere.england()).map(Comparison::judgement).contains(Judgement.BETTER);
    }

    @Test
    void test_of_unknownIndicatorRefused() {
        assertThatThrownBy(() -> IndicatorRow.of(dataset(5, true), "nope", "356", YEAR, RATING, BENCHMARKS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void test_benchmarks_unmodifiable() {
        IndicatorRow row = IndicatorRow.of(dataset(5, true), IND, "356", YEAR, RATING, BENCHMARKS);
        assertThatThrownBy(() -> row.benchmarks().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
