package io.github.outturn.benchmark;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.outturn.model.Polarity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Hand-worked comparisons; each expected figure is worked in the comment beside it. */
class ComparisonsTest {

    private static final BenchmarkPolicy POLICY = BenchmarkPolicy.defaults();

    @Test
    void test_byValue_reasonShowsFloatDumpsAndLongMeansReadably() {
        // LAIT's file writes binary doubles out in full: 0.24282999999999999 stands for 0.24283.
        // The neighbours' mean of nine one-decimal values, 842.8 / 9, has 34 digits; a reader needs
        // two more decimals than the area's value. The values themselves stay exact.
        Comparison c = Comparisons.byValue(
                Polarity.LOWER_IS_BETTER,
                new BigDecimal("0.24282999999999999"),
                "England",
                new BigDecimal("0.12889"),
                BenchmarkPolicy.defaults());
        assertThat(c.reason()).isEqualTo("0.24283 is higher than England (0.12889) by 0.11394 (88.4%): WORSE");
        assertThat(c.areaValue()).contains(new BigDecimal("0.24282999999999999"));
        Comparison mean = Comparisons.byValue(
                Polarity.HIGHER_IS_BETTER,
                new BigDecimal("92.9"),
                "neighbours",
                new BigDecimal("842.8").divide(new BigDecimal("9"), java.math.MathContext.DECIMAL128),
                BenchmarkPolicy.defaults());
        assertThat(mean.reason()).isEqualTo("92.9 is lower than neighbours (93.644) by 0.744 (0.795%): WORSE");
    }

    @Test
    void test_shown_roundsHalfUpToAtMostThePlacesAndKeepsShorterFiguresExact() {
        // 842.8 / 9 = 93.6444...: three places give 93.644; 0.0625 to three places is 0.063 (half up);
        // 93.5 has fewer places than asked and is shown as it is; a double's dump 0.24282999999999999
        // stands for 0.24283 and is shown as that.
        assertThat(Comparisons.shown(dec("93.64444444444444444"), 3)).isEqualTo("93.644");
        assertThat(Comparisons.shown(dec("0.0625"), 3)).isEqualTo("0.063");
        assertThat(Comparisons.shown(dec("93.5"), 3)).isEqualTo("93.5");
        assertThat(Comparisons.shown(dec("0.24282999999999999"), 6)).isEqualTo("0.24283");
    }

    @Test
    void test_byValue_higherIsBetter() {
        // 44.1 - 40.0 = 4.1; 4.1 / 40.0 = 0.1025
        Comparison c = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("44.1"), "England", dec("40.0"), POLICY);
        assertThat(c.judgement()).isEqualTo(Judgement.BETTER);
        assertThat(c.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("4.1"));
        assertThat(c.relativeDifference()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.1025"));
        assertThat(c.relativeDifferencePercent())
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("10.25"));
        assertThat(c.reason()).isEqualTo("44.1 is higher than England (40.0) by 4.1 (10.25%): BETTER");
        assertThat(c.policyReference()).isEqualTo("outturn-benchmark-default@3");
        assertThat(c.basis()).isEqualTo(JudgementBasis.VALUE);
        assertThat(c.interval()).isEmpty();
        assertThat(c.comparator()).isEqualTo("England");
        assertThat(Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("39.9"), "England", dec("40.0"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.WORSE);
    }

    @Test
    void test_byValue_againstABaseline() {
        // Nottingham: "a 7% reduction in avoidable emergency admissions against the 2012/13 baseline":
        // 465 against 500 is 35 lower, 35 / 500 = 7%; lower is better.
        Comparison c = Comparisons.byValue(Polarity.LOWER_IS_BETTER, dec("465"), "2012/13", dec("500"), POLICY);
        assertThat(c.judgement()).isEqualTo(Judgement.BETTER);
        assertThat(c.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-35"));
        assertThat(c.relativeDifference()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("-0.07"));
        assertThat(c.reason()).isEqualTo("465 is lower than 2012/13 (500) by 35 (7%): BETTER");
        assertThat(Comparisons.byValue(Polarity.LOWER_IS_BETTER, dec("501"), "2012/13", dec("500"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.WORSE);
    }

    @Test
    void test_byValue_withoutJudgement() {
        assertThat(Comparisons.byValue(Polarity.NO_JUDGEMENT, dec("1875"), "2015/16", dec("1800"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.HIGHER);
        assertThat(Comparisons.byValue(Polarity.NO_JUDGEMENT, dec("1700"), "2015/16", dec("1800"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.LOWER);
        assertThat(Comparisons.byValue(Polarity.TARGET_BAND, dec("1700"), "2015/16", dec("1800"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.LOWER);
        assertThat(Judgement.HIGHER.isJudged()).isFalse();
        assertThat(Judgement.SIMILAR.isJudged()).isTrue();
        assertThat(Judgement.WORSE.isJudged()).isTrue();
        assertThat(Judgement.NOT_COMPARED.isJudged()).isFalse();
    }

    @Test
    void test_byValue_equalAndWithinTheSimilarityBand() {
        // 80.0 and 80 are equal whatever their scale.
        Comparison equal = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("80.0"), "region", dec("80"), POLICY);
        assertThat(equal.judgement()).isEqualTo(Judgement.SIMILAR);
        assertThat(equal.reason()).isEqualTo("80.0 equals region (80): SIMILAR");
        BenchmarkPolicy band = POLICY.withSimilarityBand(dec("0.5"));
        // 0.5 apart: inside the band, edge included; 0.6 apart: outside.
        Comparison near = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("80.5"), "region", dec("80"), band);
        assertThat(near.judgement()).isEqualTo(Judgement.SIMILAR);
        assertThat(near.reason())
                .isEqualTo("80.5 is higher than region (80) by 0.5 (0.625%), within the similarity"
                        + " band of 0.5: SIMILAR");
        assertThat(Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("79.4"), "region", dec("80"), band)
                        .judgement())
                .isEqualTo(Judgement.WORSE);
    }

    @Test
    void test_byValue_zeroComparatorHasNoRelativeDifference() {
        Comparison c = Comparisons.byValue(Polarity.LOWER_IS_BETTER, dec("2"), "2015/16", dec("0"), POLICY);
        assertThat(c.relativeDifference()).isEmpty();
        assertThat(c.reason()).isEqualTo("2 is higher than 2015/16 (0) by 2: WORSE");
    }

    @Test
    void test_byValue_missingValueIsNotCompared() {
        Comparison noArea = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, null, "England", dec("40"), POLICY);
        assertThat(noArea.judgement()).isEqualTo(Judgement.NOT_COMPARED);
        assertThat(noArea.difference()).isEmpty();
        assertThat(noArea.comparatorValue()).contains(dec("40"));
        assertThat(noArea.reason()).isEqualTo("not compared with England: the area's value is missing");
        Comparison noComparator = Comparisons.byValue(Polarity.HIGHER_IS_BETTER, dec("40"), "England", null, POLICY);
        assertThat(noComparator.judgement()).isEqualTo(Judgement.NOT_COMPARED);
        assertThat(noComparator.reason()).isEqualTo("not compared with England: England's value is missing");
    }

    @Test
    void test_byInterval_fingertipsRule() {
        // 441 of 1000 (44.1%): the 95% Wilson interval is 41.051..% to 47.194..% (ConfidenceIntervalsTest).
        ConfidenceInterval ci = ConfidenceIntervals.proportion(441, 1000, ConfidenceLevel.NINETY_FIVE);
        ConfidenceInterval pct = ConfidenceInterval.of(ci.lower() * 100, ci.upper() * 100, ci.level(), ci.method());
        BenchmarkPolicy p = POLICY.withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);
        Comparison similar =
                Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44.1"), pct, "England", dec("43"), p);
        assertThat(similar.judgement()).isEqualTo(Judgement.SIMILAR);
        assertThat(similar.basis()).isEqualTo(JudgementBasis.CONFIDENCE_INTERVAL);
        assertThat(similar.interval()).contains(pct);
        assertThat(similar.reason())
                .startsWith("England (43) lies inside the 95% interval 41.05")
                .contains("(Wilson score)");
        // England at 40: below the interval, so the area is higher: BETTER; at 48 above: WORSE.
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44.1"), pct, "England", dec("40"), p)
                        .judgement())
                .isEqualTo(Judgement.BETTER);
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44.1"), pct, "England", dec("48"), p)
                        .judgement())
                .isEqualTo(Judgement.WORSE);
        assertThat(Comparisons.byInterval(Polarity.LOWER_IS_BETTER, dec("44.1"), pct, "England", dec("48"), p)
                        .judgement())
                .isEqualTo(Judgement.BETTER);
        assertThat(Comparisons.byInterval(Polarity.NO_JUDGEMENT, dec("44.1"), pct, "England", dec("48"), p)
                        .judgement())
                .isEqualTo(Judgement.LOWER);
    }

    @Test
    void test_byInterval_edgesAreInside() {
        ConfidenceInterval ci = ConfidenceInterval.of(40, 48, ConfidenceLevel.NINETY_FIVE, IntervalMethod.GIVEN);
        for (String edge : new String[] {"40", "48", "40.0"}) {
            assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", dec(edge), POLICY)
                            .judgement())
                    .isEqualTo(Judgement.SIMILAR);
        }
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", dec("48"), POLICY)
                        .reason())
                .contains("(published)");
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", dec("39.999"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.BETTER);
    }

    @Test
    void test_byInterval_missingIsNotCompared() {
        ConfidenceInterval ci = ConfidenceInterval.of(40, 48, ConfidenceLevel.NINETY_FIVE, IntervalMethod.GIVEN);
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44"), null, "England", dec("45"), POLICY)
                        .reason())
                .isEqualTo("not compared with England: the area has no confidence interval");
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, null, ci, "England", dec("45"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.NOT_COMPARED);
        assertThat(Comparisons.byInterval(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", null, POLICY)
                        .judgement())
                .isEqualTo(Judgement.NOT_COMPARED);
    }

    @Test
    void test_compare_followsThePolicy() {
        ConfidenceInterval ci = ConfidenceInterval.of(40, 48, ConfidenceLevel.NINETY_FIVE, IntervalMethod.BYAR);
        BenchmarkPolicy byCi = POLICY.withJudgementBasis(JudgementBasis.CONFIDENCE_INTERVAL);
        // By value 44 is lower than 45; by interval 45 lies inside 40 to 48.
        assertThat(Comparisons.compare(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", dec("45"), POLICY)
                        .judgement())
                .isEqualTo(Judgement.WORSE);
        Comparison c = Comparisons.compare(Polarity.HIGHER_IS_BETTER, dec("44"), ci, "England", dec("45"), byCi);
        assertThat(c.judgement()).isEqualTo(Judgement.SIMILAR);
        assertThat(c.reason()).contains("(Byar)");
        Comparison fallback =
                Comparisons.compare(Polarity.HIGHER_IS_BETTER, dec("44"), null, "England", dec("45"), byCi);
        assertThat(fallback.judgement()).isEqualTo(Judgement.WORSE);
        assertThat(fallback.basis()).isEqualTo(JudgementBasis.VALUE);
        assertThat(fallback.reason())
                .isEqualTo(
                        "no confidence interval, compared by value: 44 is lower than England (45) by 1 (2.222%): WORSE");
        for (IntervalMethod m : new IntervalMethod[] {IntervalMethod.EXACT_POISSON, IntervalMethod.STUDENT_T}) {
            ConfidenceInterval other = ConfidenceInterval.of(40, 48, ConfidenceLevel.NINETY_FIVE, m);
            assertThat(Comparisons.compare(Polarity.HIGHER_IS_BETTER, dec("44"), other, "England", dec("45"), byCi)
                            .reason())
                    .contains(m == IntervalMethod.STUDENT_T ? "(Student's t)" : "(exact Poisson)");
        }
    }

    @Test
    void test_policy_defaultsAndCheck() {
        assertThat(POLICY.confidenceLevel()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
        assertThat(POLICY.judgementBasis()).isEqualTo(JudgementBasis.VALUE);
        assertThat(POLICY.averageMethod()).isEqualTo(AverageMethod.MEAN);
        assertThat(POLICY.boundaryRule()).isEqualTo(BoundaryRule.LAIT);
        assertThat(POLICY.rankingSet()).isEqualTo(RankingSet.ALL_AUTHORITIES);
        assertThat(POLICY.similarityBand()).isEmpty();
        assertThat(POLICY.withId("fingertips").withVersion("2").reference()).isEqualTo("fingertips@2");
        assertThatThrownBy(() -> POLICY.withSimilarityBand(dec("-1")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Similarity band -1 of benchmark policy outturn-benchmark-default@3 is negative: expected 0"
                        + " or more");
    }

    @Test
    void test_judgeByValue_handWorked() {
        // 12.5 against 14, lower is better: 12.5 < 14, so BETTER; higher is better: WORSE.
        assertThat(Comparisons.judgeByValue(Polarity.LOWER_IS_BETTER, dec("12.5"), dec("14"), POLICY))
                .isEqualTo(Judgement.BETTER);
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, dec("12.5"), dec("14"), POLICY))
                .isEqualTo(Judgement.WORSE);
        // No judgement: a direction only.
        assertThat(Comparisons.judgeByValue(Polarity.NO_JUDGEMENT, dec("15"), dec("14"), POLICY))
                .isEqualTo(Judgement.HIGHER);
        // 80.0 and 80 are equal whatever their scale.
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, dec("80.0"), dec("80"), POLICY))
                .isEqualTo(Judgement.SIMILAR);
        // Band 0.5: 80.5 is 0.5 above 80, edge included, so SIMILAR; 79.4 is 0.6 below, so WORSE.
        BenchmarkPolicy band = POLICY.withSimilarityBand(dec("0.5"));
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, dec("80.5"), dec("80"), band))
                .isEqualTo(Judgement.SIMILAR);
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, dec("79.4"), dec("80"), band))
                .isEqualTo(Judgement.WORSE);
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, null, dec("80"), POLICY))
                .isEqualTo(Judgement.NOT_COMPARED);
        assertThat(Comparisons.judgeByValue(Polarity.HIGHER_IS_BETTER, dec("80"), null, POLICY))
                .isEqualTo(Judgement.NOT_COMPARED);
    }

    @Test
    void property_judgeByValueAgreesWithByValue() {
        Polarity[] polarities = Polarity.values();
        BenchmarkPolicy band = POLICY.withSimilarityBand(dec("0.25"));
        qt().withFixedSeed(3601L)
                .forAll(
                        integers().between(-2000, 2000),
                        integers().between(-2000, 2000),
                        integers().between(0, 15))
                .checkAssert((a, b, k) -> {
                    // Tenths against hundredths, so that scales differ; k picks polarity and policy.
                    BigDecimal area = BigDecimal.valueOf(a, 1);
                    BigDecimal comparator = BigDecimal.valueOf(b * 10L + k % 3, 2);
                    Polarity polarity = polarities[k % polarities.length];
                    BenchmarkPolicy policy = k % 2 == 0 ? POLICY : band;
                    assertThat(Comparisons.judgeByValue(polarity, area, comparator, policy))
                            .isEqualTo(Comparisons.byValue(polarity, area, "England", comparator, policy)
                                    .judgement());
                });
    }
}
