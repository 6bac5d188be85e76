package io.github.outturn.model;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written {@link Observation}: its compact value keeps every decimal exactly. */
class ObservationTest {

    private static Observation.Builder base() {
        return Observation.builder().indicatorId("i").areaCode("E08000007").period(fy("2014/15"));
    }

    static Stream<BigDecimal> data_values() {
        return Stream.of(
                dec("44.1"),
                dec("80.0"),
                dec("80"),
                dec("-0.5"),
                dec("0"),
                dec("0.000"),
                dec("1E+3"),
                dec("0.24282999999999999"),
                dec("999999999999999999"),
                dec("-999999999999999999"),
                // 19 digits and more do not fit the compact form and are kept as they are.
                dec("922337203685477580.7"),
                dec("123456789012345678.123456789012345678901234567890"),
                dec("-0.000000000000000000000000000001"));
    }

    /** Beyond {@link DecimalRange}, including scales a compact form could mistake for its marker. */
    static Stream<BigDecimal> data_outOfRange() {
        return Stream.of(
                dec("9223372036854775807"),
                dec("12345678901234567890.123456789"),
                new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE),
                new BigDecimal(BigInteger.valueOf(7), Integer.MAX_VALUE));
    }

    @ParameterizedTest
    @MethodSource("data_outOfRange")
    void test_build_refusesANumberOutOfRange(BigDecimal value) {
        assertThatThrownBy(() -> base().value(value).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value ")
                .hasMessageEndingWith(DecimalRange.OUT_OF_RANGE);
    }

    @ParameterizedTest
    @MethodSource("data_values")
    void test_getValue_givesBackTheDecimalWithItsScale(BigDecimal value) {
        Observation o = base().value(value).build();

        assertThat(o.value()).hasValueSatisfying(v -> {
            assertThat(v).isEqualTo(value); // BigDecimal.equals: scale counts
            assertThat(v.scale()).isEqualTo(value.scale());
        });
        assertThat(o)
                .isEqualTo(base().value(value).build())
                .hasSameHashCodeAs(base().value(value).build());
    }

    @Test
    void test_equals_scaleCounts() {
        assertThat(base().value(dec("80.0")).build())
                .isNotEqualTo(base().value(dec("80")).build());
        assertThat(base().value(dec("80.0")).build()).isNotEqualTo(base().build());
        assertThat(base().build()).isEqualTo(base().build());
    }

    @Test
    void test_optionalParts_areKeptAndCopied() {
        Observation o = base().value(dec("44.1"))
                .numerator(dec("441"))
                .denominator(dec("1000"))
                .lowerCi(dec("41.0"))
                .upperCi(dec("47.2"))
                .ciLevel(dec("0.95"))
                .status(ObservationStatus.PROVISIONAL)
                .note("first release")
                .build();

        assertThat(o.numerator()).contains(dec("441"));
        assertThat(o.denominator()).contains(dec("1000"));
        assertThat(o.lowerCi()).contains(dec("41.0"));
        assertThat(o.upperCi()).contains(dec("47.2"));
        assertThat(o.ciLevel()).contains(dec("0.95"));
        assertThat(o.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(o.note()).contains("first release");
        assertThat(Observation.builder().from(o).build()).isEqualTo(o);
        assertThat(o.toString())
                .isEqualTo("Observation{indicatorId=i, areaCode=E08000007, period=2014/15, value=44.1, numerator=441,"
                        + " denominator=1000, lowerCi=41.0, upperCi=47.2, ciLevel=0.95, status=PROVISIONAL,"
                        + " note=first release}");
        assertThat(base().value(dec("1")).build().toString())
                .isEqualTo("Observation{indicatorId=i, areaCode=E08000007, period=2014/15, value=1, status=ACTUAL}");
    }

    @Test
    void test_seriesBreak_falseUnlessSaidAndPartOfEqualityAndText() {
        Observation o = base().value(dec("96")).build();
        Observation starts = o.withSeriesBreak(true);
        assertThat(o.seriesBreak()).isFalse();
        assertThat(starts.seriesBreak()).isTrue();
        assertThat(starts).isNotEqualTo(o);
        assertThat(starts.hashCode()).isNotEqualTo(o.hashCode());
        assertThat(starts.withSeriesBreak(false)).isEqualTo(o);
        assertThat(Observation.builder().from(starts).build()).isEqualTo(starts);
        // Copies keep it.
        assertThat(starts.withValue(dec("97")).seriesBreak()).isTrue();
        assertThat(starts.toString())
                .isEqualTo("Observation{indicatorId=i, areaCode=E08000007, period=2014/15, value=96, status=ACTUAL,"
                        + " seriesBreak=true}");
    }

    @Test
    void test_with_changesOnePartOnly() {
        Observation o = base().value(dec("44.1")).numerator(dec("441")).build();

        assertThat(o.withValue(dec("45.0")).value()).contains(dec("45.0"));
        assertThat(o.withValue(dec("45.0")).numerator()).contains(dec("441"));
        assertThat(o.withNumerator(null).numerator()).isEmpty();
        assertThat(o.withNumerator(null)).isEqualTo(base().value(dec("44.1")).build());
        assertThat(o.withDenominator(dec("1000")).denominator()).contains(dec("1000"));
        assertThat(o.withLowerCi(dec("1")).lowerCi()).contains(dec("1"));
        assertThat(o.withUpperCi(dec("2")).upperCi()).contains(dec("2"));
        assertThat(o.withCiLevel(dec("0.998")).ciLevel()).contains(dec("0.998"));
        assertThat(o.withNote("n").note()).contains("n");
        assertThat(o.withIndicatorId("j").indicatorId()).isEqualTo("j");
        assertThat(o.withAreaCode("E08000018").areaCode()).isEqualTo("E08000018");
        assertThat(o.withPeriod(fy("2015/16")).period()).isEqualTo(fy("2015/16"));
        // from() copies the parts that are present and leaves the builder's others as they are.
        Observation merged =
                base().note("kept").denominator(dec("1000")).from(o).build();
        assertThat(merged.note()).contains("kept");
        assertThat(merged.denominator()).contains(dec("1000"));
        assertThat(merged.numerator()).contains(dec("441"));
        assertThat(o.withValue(null).withStatus(ObservationStatus.SUPPRESSED).status())
                .isEqualTo(ObservationStatus.SUPPRESSED);
        assertThat(o.withValue(null).value()).isEmpty();
        assertThat(base().value(Optional.of(dec("2"))).build().value()).contains(dec("2"));
    }

    @Test
    void test_build_saysWhatIsMissingOrContradictory() {
        assertThatThrownBy(() -> Observation.builder().areaCode("a").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build Observation, some of required attributes are not set [indicatorId, period]");
        assertThatThrownBy(() -> base().status(ObservationStatus.SUPPRESSED)
                        .value(dec("3.0"))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Observation of \"i\" for \"E08000007\" 2014/15 is SUPPRESSED but has the value 3.0: a suppressed"
                                + " observation has no value");
        assertThatThrownBy(() -> base().status(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Observation.missing("i", "a", fy("2014/15"), ObservationStatus.ACTUAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void property_anyDecimalSurvivesExactly() {
        qt().withFixedSeed(20261201L)
                .withExamples(5_000)
                .forAll(longs().all(), integers().between(-40, 40), integers().between(0, 3))
                .checkAssert((digits, scale, widen) -> {
                    // widen > 0 multiplies the digits past a long's range now and then.
                    BigInteger unscaled = BigInteger.valueOf(digits).multiply(BigInteger.TEN.pow(widen * 7));
                    BigDecimal value = new BigDecimal(unscaled, scale);
                    if (!DecimalRange.contains(value)) {
                        assertThatThrownBy(() -> base().value(value).build())
                                .isInstanceOf(IllegalArgumentException.class);
                        return;
                    }
                    Observation o = base().value(value).build();
                    Observation same =
                            base().value(new BigDecimal(unscaled, scale)).build();
                    // Another scale: a trailing zero more, or at the last place allowed, one less.
                    Observation rescaled = base().value(
                                    scale < DecimalRange.MAX_DECIMAL_PLACES
                                            ? value.setScale(scale + 1)
                                            : value.setScale(scale - 1, java.math.RoundingMode.DOWN))
                            .build();

                    assertThat(o.value()).contains(value);
                    assertThat(o).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(rescaled);
                    assertThat(o.withValue(value)).isEqualTo(o);
                });
    }
}
