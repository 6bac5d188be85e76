package io.github.outturn.model;

import static io.github.outturn.testing.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DecimalRangeTest {

    private static final String RULE =
            "out of range: Outturn takes numbers with at most 18 digits before the decimal point and at most 30"
                    + " after it";

    @Test
    void test_contains_publishedFiguresFit() {
        // LAIT writes binary doubles out with 17 significant digits.
        assertThat(DecimalRange.contains(dec("0.24282999999999999"))).isTrue();
        assertThat(DecimalRange.contains(dec("0.000012345678901234567"))).isTrue();
        // A large council's budget in pence, and the largest 18-digit number.
        assertThat(DecimalRange.contains(dec("1200000000000"))).isTrue();
        assertThat(DecimalRange.contains(dec("-999999999999999999.999999999999999999999999999999")))
                .isTrue();
        assertThat(DecimalRange.contains(dec("1E+17"))).isTrue();
        assertThat(DecimalRange.contains(dec("0E-30"))).isTrue();
    }

    @Test
    void test_contains_refusesBeyondEitherEnd() {
        assertThat(DecimalRange.contains(dec("1000000000000000000"))).isFalse(); // 19 digits
        assertThat(DecimalRange.contains(dec("1E+18"))).isFalse();
        assertThat(DecimalRange.contains(dec("0.0000000000000000000000000000001")))
                .isFalse(); // 31 places
        assertThat(DecimalRange.contains(dec("1.0000000000000000000000000000000")))
                .isFalse(); // trailing zeros count
        assertThat(DecimalRange.contains(dec("1e2147483647"))).isFalse();
        assertThat(DecimalRange.contains(dec("1e-2147483647"))).isFalse();
        assertThat(DecimalRange.contains(dec("-1e999999999"))).isFalse();
        assertThat(DecimalRange.contains(dec("1e400"))).isFalse();
    }

    @Test
    void test_contains_agreesWithCountingDigitsInThePlainForm() {
        qt().withFixedSeed(20261202L)
                .withExamples(5_000)
                .forAll(longs().all(), integers().between(-40, 40))
                .checkAssert((unscaled, scale) -> {
                    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
                    String plain = value.abs().toPlainString();
                    int point = plain.indexOf('.');
                    String whole = point < 0 ? plain : plain.substring(0, point);
                    int places = point < 0 ? 0 : plain.length() - point - 1;
                    int wholeDigits = whole.replaceFirst("^0+", "").length();
                    // toPlainString writes 0E+n as "0": a zero with a negative scale counts its zeros.
                    if (value.signum() == 0 && scale < 0) {
                        wholeDigits = 1 - scale;
                    }
                    assertThat(DecimalRange.contains(value)).isEqualTo(wholeDigits <= 18 && places <= 30);
                });
    }

    @Test
    void test_containsResult_takesComputedFiguresAndRefusesHostileOnes() {
        // A mean to 34 significant digits, and a change relative to a tiny value.
        assertThat(DecimalRange.containsResult(dec("0.6666666666666666666666666666666667")))
                .isTrue();
        assertThat(DecimalRange.containsResult(dec("1E+48"))).isTrue();
        assertThat(DecimalRange.containsResult(dec("1E-99"))).isTrue();
        assertThat(DecimalRange.containsResult(dec("1E+100"))).isFalse(); // 101 digits
        assertThat(DecimalRange.containsResult(dec("1E-101"))).isFalse();
        assertThat(DecimalRange.containsResult(dec("1e2147483647"))).isFalse();
        assertThat(DecimalRange.OUT_OF_RESULT_RANGE)
                .isEqualTo("out of range: a figure in a result has at most 100 digits before the decimal point and 100"
                        + " after it");
    }

    @Test
    void test_problemAndRequire_nameAndQuoteTheValue() {
        assertThat(DecimalRange.problem(dec("12.5"))).isEmpty();
        assertThat(DecimalRange.problem(dec("1e400"))).contains(RULE);
        assertThat(DecimalRange.require("value", (BigDecimal) null)).isNull();
        assertThat(DecimalRange.require("value", dec("12.5"))).isEqualTo(dec("12.5"));
        assertThatThrownBy(() -> DecimalRange.require("multiplier", dec("1e400")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("multiplier \"1E+400\" is " + RULE);
        // A value with a million digits is quoted shortened, so the message stays short.
        BigDecimal huge = dec("9".repeat(10_000));
        assertThatThrownBy(() -> DecimalRange.require("value", huge))
                .hasMessageEndingWith("(10,000 characters) is " + RULE)
                .message()
                .hasSizeLessThan(300);
    }

    /** Each way into the model, with a number out of range: the hostile numbers of issue 13. */
    @Test
    void test_theModelRefusesNumbersOutOfRangeWhereTheyAreBuilt() {
        FinancialYear fy = FinancialYear.of(2014);
        BigDecimal hostile = dec("1e999999999");
        refused(
                () -> Observation.builder()
                        .indicatorId("x")
                        .areaCode("356")
                        .period(fy)
                        .numerator(dec("1e2147483647"))
                        .build(),
                "numerator \"1E+2147483647\"");
        refused(() -> Observation.of("x", "356", fy, hostile), "value \"1E+999999999\"");
        refused(() -> Observation.of("x", "356", fy, BigDecimal.ONE).withDenominator(hostile.negate()), "denominator");
        refused(() -> Observation.of("x", "356", fy, BigDecimal.ONE).withLowerCi(hostile), "lowerCi");
        refused(() -> Observation.of("x", "356", fy, BigDecimal.ONE).withUpperCi(hostile), "upperCi");
        refused(() -> Observation.of("x", "356", fy, BigDecimal.ONE).withCiLevel(dec("1e-40")), "ciLevel");
        refused(
                () -> BenchmarkValue.builder()
                        .indicatorId("x")
                        .period(fy)
                        .comparator("970")
                        .type(ComparatorType.ENGLAND)
                        .value(hostile)
                        .build(),
                "value");
        refused(
                () -> BenchmarkValue.builder()
                        .indicatorId("x")
                        .period(fy)
                        .comparator("970")
                        .type(ComparatorType.ENGLAND)
                        .lowerCi(dec("1"))
                        .upperCi(hostile)
                        .build(),
                "upperCi");
        refused(
                () -> ReportedSummary.builder()
                        .scope(SummaryScope.PLAN)
                        .putCounts(Status.GREEN, hostile)
                        .build(),
                "count");
        refused(
                () -> ReportedSummary.builder()
                        .scope(SummaryScope.PLAN)
                        .total(hostile)
                        .build(),
                "total");
        refused(
                () -> ReportedSummary.builder()
                        .scope(SummaryScope.PLAN)
                        .putPercentages(Status.RED, hostile)
                        .build(),
                "percentage");
        refused(
                () -> Indicator.builder()
                        .id("x")
                        .name("X")
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .multiplier(dec("1e400"))
                        .build(),
                "multiplier \"1E+400\"");
        refused(() -> Target.of("x", fy, hostile), "value");
        refused(
                () -> Target.builder()
                        .indicatorId("x")
                        .period(fy)
                        .lower(hostile)
                        .build(),
                "lower");
        refused(
                () -> Target.builder()
                        .indicatorId("x")
                        .period(fy)
                        .upper(hostile)
                        .build(),
                "upper");
        refused(() -> Tolerance.absolute(hostile), "tolerance");
        refused(() -> Tolerance.parse("1e400%"), "tolerance");
        refused(
                () -> RatingPolicy.builder()
                        .from(RatingPolicy.defaults())
                        .noChangeBand(Optional.of(hostile))
                        .build(),
                "noChangeBand");
        refused(
                () -> BenchmarkPolicy.builder()
                        .from(BenchmarkPolicy.defaults())
                        .similarityBand(Optional.of(hostile))
                        .build(),
                "similarityBand");
    }

    private static void refused(Executable build, String named) {
        assertThatThrownBy(build::execute)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(named)
                .hasMessageEndingWith(RULE);
    }
}
