package io.github.outturn.benchmark;

import static io.github.outturn.benchmark.ConfidenceLevel.NINETY_FIVE;
import static io.github.outturn.benchmark.ConfidenceLevel.NINETY_NINE_POINT_EIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.StatisticType;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected limits were worked independently of the code, in python3 with only its standard library
 * (script kept in docs/benchmarks.md): Wilson and Byar straight from the formulas in docs/benchmarks.md, in
 * 50-digit decimal arithmetic with the published z values; exact Poisson limits by bisection (250
 * steps, 50 digits) on the Poisson/chi-squared relation, lower L solving P(X >= x | L) = tail and
 * upper U solving P(X <= x | U) = tail; Student's t quantiles from the closed forms for 1 degree of
 * freedom, tan(pi (p - 1/2)), and 2, (2p - 1) / sqrt(2p(1 - p)). Known values cross-check them: the
 * exact upper limit for 0 events is -ln(0.025) = 3.6888794541 at 95% and -ln(0.001) = 6.9077552790
 * at 99.8%; t(0.975, 1) = 12.7062047362 as in every table.
 */
class ConfidenceIntervalsTest {

    /** The defaults and levels either side and between them. */
    static final java.util.List<ConfidenceLevel> SOME_LEVELS = ConfidenceLevel.parseAll("90%, 95%, 99%, 99.8%, 99.99%");

    /** At least 9 significant digits: a relative difference no larger than 1e-9. */
    static void assertSig9(double actual, double expected) {
        if (expected == 0) {
            assertThat(actual).isEqualTo(0.0);
        } else {
            assertThat(Math.abs(actual - expected) / Math.abs(expected))
                    .as("%s against %s", actual, expected)
                    .isLessThanOrEqualTo(1e-9);
        }
    }

    static Stream<Arguments> data_wilson() {
        return Stream.of(
                Arguments.of(441, 1000, NINETY_FIVE, 0.41051064158434475, 0.47194091591695075),
                Arguments.of(441, 1000, NINETY_NINE_POINT_EIGHT, 0.39326539021585549, 0.48985079593793213),
                Arguments.of(0, 10, NINETY_FIVE, 0.0, 0.2775327998628892),
                Arguments.of(10, 10, NINETY_FIVE, 0.72246720013711074, 1.0),
                Arguments.of(3, 7, NINETY_NINE_POINT_EIGHT, 0.091618908746024963, 0.84795643537481202));
    }

    @ParameterizedTest
    @MethodSource("data_wilson")
    void test_proportion_wilsonLimits(int x, int n, ConfidenceLevel level, double lower, double upper) {
        ConfidenceInterval ci = ConfidenceIntervals.proportion(x, n, level);
        assertSig9(ci.lower(), lower);
        assertSig9(ci.upper(), upper);
        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(ci.level()).isEqualTo(level);
    }

    @Test
    void test_proportion_errors() {
        assertThatThrownBy(() -> ConfidenceIntervals.proportion(11, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11.0")
                .hasMessageContaining("between 0 and the denominator 10.0");
        assertThatThrownBy(() -> ConfidenceIntervals.proportion(-1, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> ConfidenceIntervals.proportion(0, 0, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Denominator 0.0");
        assertThatThrownBy(() -> ConfidenceIntervals.proportion(0, -5, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.proportion(1, Double.POSITIVE_INFINITY, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> data_count() {
        return Stream.of(
                Arguments.of(0, NINETY_FIVE, 0.0, 3.6888794541139363, IntervalMethod.EXACT_POISSON),
                Arguments.of(0, NINETY_NINE_POINT_EIGHT, 0.0, 6.9077552789821368, IntervalMethod.EXACT_POISSON),
                Arguments.of(1, NINETY_FIVE, 0.025317807984289876, 5.5716433909388989, IntervalMethod.EXACT_POISSON),
                Arguments.of(
                        1,
                        NINETY_NINE_POINT_EIGHT,
                        0.0010005003335835335,
                        9.2334134764515863,
                        IntervalMethod.EXACT_POISSON),
                Arguments.of(4, NINETY_FIVE, 1.0898653736263249, 10.241588675403698, IntervalMethod.EXACT_POISSON),
                Arguments.of(
                        4,
                        NINETY_NINE_POINT_EIGHT,
                        0.42855241362842295,
                        14.794149222537209,
                        IntervalMethod.EXACT_POISSON),
                Arguments.of(9, NINETY_FIVE, 4.115373097378332, 17.08480345141917, IntervalMethod.EXACT_POISSON),
                Arguments.of(
                        9,
                        NINETY_NINE_POINT_EIGHT,
                        2.4524244043637751,
                        22.65737330906293,
                        IntervalMethod.EXACT_POISSON),
                Arguments.of(10, NINETY_FIVE, 4.7874499139675626, 18.391458605756476, IntervalMethod.BYAR),
                Arguments.of(10, NINETY_NINE_POINT_EIGHT, 2.916318374695686, 24.193724927880535, IntervalMethod.BYAR),
                Arguments.of(25, NINETY_FIVE, 16.174265921657206, 36.906450692185352, IntervalMethod.BYAR),
                Arguments.of(25, NINETY_NINE_POINT_EIGHT, 12.304459286405251, 44.674780177578086, IntervalMethod.BYAR),
                Arguments.of(1875, NINETY_FIVE, 1791.0817850872638, 1961.835038229442, IntervalMethod.BYAR),
                Arguments.of(
                        1875, NINETY_NINE_POINT_EIGHT, 1744.0293097869749, 2012.7057186849156, IntervalMethod.BYAR));
    }

    @ParameterizedTest
    @MethodSource("data_count")
    void test_count_poissonAndByarLimits(
            int x, ConfidenceLevel level, double lower, double upper, IntervalMethod method) {
        ConfidenceInterval ci = ConfidenceIntervals.count(x, level);
        assertSig9(ci.lower(), lower);
        assertSig9(ci.upper(), upper);
        assertThat(ci.method()).isEqualTo(method);
    }

    @Test
    void test_count_errors() {
        assertThatThrownBy(() -> ConfidenceIntervals.count(-1, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Count -1.0 must be a whole number of at least 0");
        assertThatThrownBy(() -> ConfidenceIntervals.count(2.5, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2.5");
        assertThatThrownBy(() -> ConfidenceIntervals.count(Double.NaN, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.count(Double.POSITIVE_INFINITY, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void test_rate_limitsScaledByDenominatorAndMultiplier() {
        // 25 events in 50,000 people per 100,000: Byar's limits for 25 times 2.
        ConfidenceInterval byar = ConfidenceIntervals.rate(25, 50_000, 100_000, NINETY_FIVE);
        assertSig9(byar.lower(), 32.348531843314412);
        assertSig9(byar.upper(), 73.812901384370704);
        assertThat(byar.method()).isEqualTo(IntervalMethod.BYAR);
        // A rate may exceed its denominator: 4 events among 2 people, per 1,000 (2,000 per 1,000).
        ConfidenceInterval exact = ConfidenceIntervals.rate(4, 2, 1000, NINETY_FIVE);
        assertSig9(exact.lower(), 544.93268681316249);
        assertSig9(exact.upper(), 5120.7943377018491);
        assertThat(exact.contains(2000)).isTrue();
    }

    @Test
    void test_rate_errors() {
        assertThatThrownBy(() -> ConfidenceIntervals.rate(4, 0, 1000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Denominator 0.0 of a rate must be above 0");
        assertThatThrownBy(() -> ConfidenceIntervals.rate(4, Double.NaN, 1000, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.rate(4, 10, 0, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Multiplier 0.0 of a rate must be above 0");
        assertThatThrownBy(() -> ConfidenceIntervals.rate(4, 10, Double.POSITIVE_INFINITY, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> data_mean() {
        // mean 10, sd 2: half width t * 2 / sqrt(n)
        return Stream.of(
                Arguments.of(2, NINETY_FIVE, -7.9692870641875082, 27.969287064187508),
                Arguments.of(2, NINETY_NINE_POINT_EIGHT, -440.15667711658665, 460.15667711658665),
                Arguments.of(3, NINETY_FIVE, 5.0317245764993395, 14.968275423500661),
                Arguments.of(3, NINETY_NINE_POINT_EIGHT, -15.781142992518134, 35.781142992518134));
    }

    @ParameterizedTest
    @MethodSource("data_mean")
    void test_mean_studentT(int n, ConfidenceLevel level, double lower, double upper) {
        ConfidenceInterval ci = ConfidenceIntervals.mean(10, 2, n, level);
        assertSig9(ci.lower(), lower);
        assertSig9(ci.upper(), upper);
        assertThat(ci.method()).isEqualTo(IntervalMethod.STUDENT_T);
    }

    @Test
    void test_mean_zeroSpreadAndErrors() {
        assertThat(ConfidenceIntervals.mean(5, 0, 10, NINETY_FIVE).width()).isEqualTo(0.0);
        assertThatThrownBy(() -> ConfidenceIntervals.mean(5, 1, 1, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Sample size 1 is too small for a t interval: expected at least 2");
        assertThatThrownBy(() -> ConfidenceIntervals.mean(5, -1, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> ConfidenceIntervals.mean(5, Double.NaN, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceIntervals.mean(Double.NaN, 1, 10, NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Mean NaN");
    }

    private static Indicator indicator(StatisticType type, String unit, BigDecimal multiplier) {
        var b = Indicator.builder()
                .id("i")
                .name("Indicator")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .statisticType(type);
        if (unit != null) {
            b.unit(unit);
        }
        if (multiplier != null) {
            b.multiplier(multiplier);
        }
        return b.build();
    }

    private static Observation observation(String value, String numerator, String denominator) {
        var b = Observation.builder()
                .indicatorId("i")
                .areaCode("356")
                .period(FinancialYear.of(2016))
                .value(new BigDecimal(value));
        if (numerator != null) {
            b.numerator(new BigDecimal(numerator));
        }
        if (denominator != null) {
            b.denominator(new BigDecimal(denominator));
        }
        return b.build();
    }

    @Test
    void test_of_computedFromTheObservationByStatisticType() {
        // A percentage: Wilson limits for 441 of 1000, times 100.
        ConfidenceInterval p = ConfidenceIntervals.of(
                        indicator(StatisticType.PROPORTION, "%", null), observation("44.1", "441", "1000"), NINETY_FIVE)
                .orElseThrow();
        assertSig9(p.lower(), 41.051064158434475);
        assertSig9(p.upper(), 47.194091591695075);
        // A fraction without unit or multiplier stays a fraction.
        ConfidenceInterval f = ConfidenceIntervals.of(
                        indicator(StatisticType.PROPORTION, "ratio", null),
                        observation("0.441", "441", "1000"),
                        NINETY_FIVE)
                .orElseThrow();
        assertSig9(f.upper(), 0.47194091591695075);
        // A rate per 100,000.
        ConfidenceInterval r = ConfidenceIntervals.of(
                        indicator(StatisticType.RATE, null, new BigDecimal("100000")),
                        observation("50", "25", "50000"),
                        NINETY_FIVE)
                .orElseThrow();
        assertSig9(r.lower(), 32.348531843314412);
        // A count from its value when there is no numerator.
        ConfidenceInterval c = ConfidenceIntervals.of(
                        indicator(StatisticType.COUNT, null, null), observation("4", null, null), NINETY_FIVE)
                .orElseThrow();
        assertSig9(c.upper(), 10.241588675403698);
    }

    @Test
    void test_of_emptyWithoutInputs() {
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.PROPORTION, "%", null), observation("44.1", "441", null), NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.PROPORTION, "%", null), observation("44.1", null, "1000"), NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.RATE, null, null), observation("50", "25", "50000"), NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.RATE, null, BigDecimal.TEN),
                        observation("50", null, "50000"),
                        NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.RATE, null, BigDecimal.TEN), observation("50", "5", null), NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.MEAN, null, null), observation("5", null, null), NINETY_FIVE))
                .isEmpty();
        assertThat(ConfidenceIntervals.of(
                        indicator(StatisticType.OTHER, null, null), observation("5", null, null), NINETY_FIVE))
                .isEmpty();
    }

    @Test
    void test_of_publishedLimitsWin() {
        Observation o = Observation.builder()
                .from(observation("44.1", "441", "1000"))
                .lowerCi(new BigDecimal("40.2"))
                .upperCi(new BigDecimal("48.0"))
                .ciLevel(new BigDecimal("0.998"))
                .build();
        ConfidenceInterval ci = ConfidenceIntervals.of(indicator(StatisticType.PROPORTION, "%", null), o, NINETY_FIVE)
                .orElseThrow();
        assertThat(ci).isEqualTo(ConfidenceInterval.of(40.2, 48.0, NINETY_NINE_POINT_EIGHT, IntervalMethod.GIVEN));
        Observation noLevel = Observation.builder()
                .from(observation("44.1", null, null))
                .lowerCi(new BigDecimal("40.2"))
                .upperCi(new BigDecimal("48.0"))
                .build();
        assertThat(ConfidenceIntervals.of(indicator(StatisticType.OTHER, null, null), noLevel, NINETY_FIVE)
                        .orElseThrow()
                        .level())
                .isEqualTo(NINETY_FIVE);
    }

    @Test
    void test_confidenceInterval_valueClass() {
        ConfidenceInterval ci = ConfidenceInterval.of(41.05, 47.19, NINETY_FIVE, IntervalMethod.WILSON);
        assertThat(ci.toString()).isEqualTo("95% [41.05, 47.19] wilson");
        assertThat(ConfidenceInterval.parse(ci.toString())).isEqualTo(ci).hasSameHashCodeAs(ci);
        assertThat(ConfidenceInterval.parse("99.8% [1.0, 2.0] exact-poisson"))
                .isEqualTo(ConfidenceInterval.of(1, 2, NINETY_NINE_POINT_EIGHT, IntervalMethod.EXACT_POISSON));
        assertThat(ci.contains(41.05)).isTrue();
        assertThat(ci.contains(47.19)).isTrue();
        assertThat(ci.contains(41.04)).isFalse();
        assertThat(ci.contains(47.2)).isFalse();
        assertThat(ci).isNotEqualTo(ConfidenceInterval.of(41.05, 47.19, NINETY_FIVE, IntervalMethod.GIVEN));
        assertThat(ci)
                .isNotEqualTo(ConfidenceInterval.of(41.05, 47.19, NINETY_NINE_POINT_EIGHT, IntervalMethod.WILSON));
        assertThat(ci).isNotEqualTo(ConfidenceInterval.of(41.0, 47.19, NINETY_FIVE, IntervalMethod.WILSON));
        assertThat(ci).isNotEqualTo(ConfidenceInterval.of(41.05, 47.0, NINETY_FIVE, IntervalMethod.WILSON));
        assertThat(ci).isNotEqualTo("95% [41.05, 47.19] wilson");
        assertThat(ConfidenceInterval.given(new BigDecimal("1.5"), new BigDecimal("2.5"), NINETY_FIVE)
                        .method())
                .isEqualTo(IntervalMethod.GIVEN);
    }

    @Test
    void test_confidenceInterval_errors() {
        assertThatThrownBy(() -> ConfidenceInterval.of(2, 1, NINETY_FIVE, IntervalMethod.GIVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Lower confidence limit 2.0 is above the upper limit 1.0: expected lower <= upper");
        assertThatThrownBy(() -> ConfidenceInterval.of(Double.NaN, 1, NINETY_FIVE, IntervalMethod.GIVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> ConfidenceInterval.of(0, Double.POSITIVE_INFINITY, NINETY_FIVE, IntervalMethod.GIVEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfidenceInterval.parse("95% 1, 2 wilson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"95% 1, 2 wilson\"");
        assertThatThrownBy(() -> ConfidenceInterval.parse("95% [a, 2] wilson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> ConfidenceInterval.parse("95% [1, 2] guess"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"guess\"")
                .hasMessageContaining("wilson, exact-poisson");
        assertThatThrownBy(() -> ConfidenceInterval.parse("89% [1, 2] wilson"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"89%\"");
    }

    @Test
    void test_confidenceLevel_parseAndOf() {
        assertThat(ConfidenceLevel.parse("95%")).isEqualTo(NINETY_FIVE);
        assertThat(ConfidenceLevel.parse(" 99.8% ")).isEqualTo(NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.parse("0.950")).isEqualTo(NINETY_FIVE);
        assertThat(ConfidenceLevel.of(new BigDecimal("0.998"))).isEqualTo(NINETY_NINE_POINT_EIGHT);
        assertThat(NINETY_FIVE.tailProbability()).isEqualTo(0.025);
        assertThat(NINETY_NINE_POINT_EIGHT.tailProbability()).isEqualTo(0.001);
        assertThat(NINETY_FIVE.level()).isEqualByComparingTo("0.95");
        assertThatThrownBy(() -> ConfidenceLevel.of(new BigDecimal("0.8999")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Confidence level 0.8999 is out of range: expected a level from 90% to 99.99%");
        assertThatThrownBy(() -> ConfidenceLevel.parse("99.995%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Confidence level \"99.995%\" is out of range");
        assertThatThrownBy(() -> ConfidenceLevel.parse("high"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Confidence level \"high\" is not a level");
        assertThatThrownBy(() -> ConfidenceLevel.parseAll(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Confidence levels \" , \" name no level");
    }

    @Test
    void test_confidenceLevel_anyLevelInTheRange() {
        // Earlier versions wrote the defaults by name; those names still read.
        assertThat(ConfidenceLevel.parse("ninety-five")).isSameAs(NINETY_FIVE);
        assertThat(ConfidenceLevel.parse("NINETY_NINE_POINT_EIGHT")).isSameAs(NINETY_NINE_POINT_EIGHT);
        ConfidenceLevel ninety = ConfidenceLevel.parse("90%");
        assertThat(ninety).isEqualTo(ConfidenceLevel.parse("0.900")).hasSameHashCodeAs(ConfidenceLevel.parse("0.9"));
        assertThat(ninety.toString()).isEqualTo("90%");
        assertThat(ConfidenceLevel.parse("0.9999").toString()).isEqualTo("99.99%");
        assertThat(ConfidenceLevel.parse(ConfidenceLevel.parse("0.975").toString()))
                .isEqualTo(ConfidenceLevel.parse("97.5%"));
        // Standard normal quantiles from printed tables: Phi^-1(0.95) = 1.6448536270, Phi^-1(0.995) = 2.5758293035.
        assertThat(ninety.z()).isCloseTo(1.6448536270, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(ConfidenceLevel.parse("99%").z())
                .isCloseTo(2.5758293035, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(ninety.tailProbability()).isEqualTo(0.05);
        assertThat(ConfidenceLevel.parseAll("99.8%, 95%, 0.95,90%"))
                .containsExactly(ninety, NINETY_FIVE, NINETY_NINE_POINT_EIGHT);
        assertThat(ConfidenceLevel.defaults()).containsExactly(NINETY_FIVE, NINETY_NINE_POINT_EIGHT);
        assertThat(ninety.compareTo(NINETY_FIVE)).isNegative();
        assertThat(ninety).isNotEqualTo("90%");
        // A wider level gives a wider interval.
        assertThat(ConfidenceIntervals.proportion(441, 1000, ninety).width())
                .isLessThan(
                        ConfidenceIntervals.proportion(441, 1000, NINETY_FIVE).width());
    }

    @Test
    void test_count_byarOnRequestBelowTen() {
        // Byar's formula for x = 4 at 95% by hand: lower 4(1 - 1/36 - 1.959964/6)^3 = 4 x 0.6455616^3,
        // upper 5(1 - 1/45 + 1.959964/(3 sqrt 5))^3 = 5 x 1.2699520^3.
        ConfidenceInterval byar = ConfidenceIntervals.count(4, NINETY_FIVE, SmallCountMethod.BYAR);
        assertThat(byar.method()).isEqualTo(IntervalMethod.BYAR);
        assertThat(byar.lower()).isCloseTo(4 * Math.pow(0.6455616, 3), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(byar.upper()).isCloseTo(5 * Math.pow(1.2699520, 3), org.assertj.core.data.Offset.offset(1e-5));
        assertThat(ConfidenceIntervals.count(4, NINETY_FIVE).method()).isEqualTo(IntervalMethod.EXACT_POISSON);
        // Byar's lower limit for one event at 99.8% is negative; the interval clips it to 0.
        assertThat(ConfidenceIntervals.count(1, NINETY_NINE_POINT_EIGHT, SmallCountMethod.BYAR)
                        .lower())
                .isZero();
        assertThat(ConfidenceIntervals.count(0, NINETY_FIVE, SmallCountMethod.BYAR)
                        .lower())
                .isZero();
        ConfidenceInterval rate = ConfidenceIntervals.rate(4, 1000, 1000, NINETY_FIVE, SmallCountMethod.BYAR);
        assertThat(rate.lower()).isEqualTo(byar.lower());
    }

    @Test
    void test_confidenceLevel_zAgreesWithTheNormalQuantile() {
        // The published z values are the standard normal quantiles of 0.975 and 0.999.
        var normal = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        assertSig9(NINETY_FIVE.z(), normal.inverseCumulativeProbability(0.975));
        assertSig9(NINETY_NINE_POINT_EIGHT.z(), normal.inverseCumulativeProbability(0.999));
    }

    @Test
    void property_intervalContainsItsValue() {
        qt().withFixedSeed(3501L)
                .withExamples(2000)
                .forAll(integers().between(1, 100_000), integers().between(0, 1000))
                .checkAssert((n, k) -> {
                    int x = (int) ((long) n * k / 1000);
                    for (ConfidenceLevel level : SOME_LEVELS) {
                        assertThat(ConfidenceIntervals.proportion(x, n, level).contains((double) x / n))
                                .isTrue();
                        assertThat(ConfidenceIntervals.count(x, level).contains(x))
                                .isTrue();
                        assertThat(ConfidenceIntervals.rate(x, n, 1000, level).contains(1000.0 * x / n))
                                .isTrue();
                    }
                });
    }

    @Test
    void property_intervalNarrowsAsTheDenominatorGrows() {
        // The same proportion (x out of n, then 2x out of 2n) and the same rate from twice the data.
        qt().withFixedSeed(3502L)
                .withExamples(2000)
                .forAll(integers().between(1, 50_000), integers().between(0, 1000))
                .checkAssert((n, k) -> {
                    int x = (int) ((long) n * k / 1000);
                    for (ConfidenceLevel level : SOME_LEVELS) {
                        ConfidenceInterval small = ConfidenceIntervals.proportion(x, n, level);
                        ConfidenceInterval large = ConfidenceIntervals.proportion(2 * x, 2 * n, level);
                        assertThat(large.width()).isLessThanOrEqualTo(small.width());
                        if (x > 0) {
                            ConfidenceInterval r1 = ConfidenceIntervals.rate(x, n, 1000, level);
                            ConfidenceInterval r2 = ConfidenceIntervals.rate(2 * x, 2 * n, 1000, level);
                            assertThat(r2.width()).isLessThan(r1.width());
                        }
                    }
                });
    }

    @Test
    void property_higherLevelEnclosesTheLowerOne() {
        qt().withFixedSeed(3503L)
                .withExamples(2000)
                .forAll(integers().between(1, 100_000), integers().between(0, 1000))
                .checkAssert((n, k) -> {
                    int x = (int) ((long) n * k / 1000);
                    assertThat(ConfidenceIntervals.proportion(x, n, NINETY_NINE_POINT_EIGHT)
                                    .encloses(ConfidenceIntervals.proportion(x, n, NINETY_FIVE)))
                            .isTrue();
                    assertThat(ConfidenceIntervals.count(x, NINETY_NINE_POINT_EIGHT)
                                    .encloses(ConfidenceIntervals.count(x, NINETY_FIVE)))
                            .isTrue();
                    assertThat(ConfidenceIntervals.mean(x, n, 2 + x % 50, NINETY_NINE_POINT_EIGHT)
                                    .encloses(ConfidenceIntervals.mean(x, n, 2 + x % 50, NINETY_FIVE)))
                            .isTrue();
                });
    }
}
