package io.github.outturn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceTest {

    @ParameterizedTest
    @CsvSource({
        "5%, RELATIVE, 5, 5%",
        "' 2.5 % ', RELATIVE, 2.5, 2.5%",
        "2, ABSOLUTE, 2, 2",
        "0.50, ABSOLUTE, 0.50, 0.50",
        "threshold 40, THRESHOLD, 40, threshold 40",
        "Threshold -1.5, THRESHOLD, -1.5, threshold -1.5",
    })
    void test_parse_forms(String text, Tolerance.Kind kind, String amount, String canonical) {
        Tolerance t = Tolerance.parse(text);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(t.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(t).hasToString(canonical);
        assertThat(Tolerance.parse(t.toString())).isEqualTo(t);
    }

    @Test
    void test_parse_rejectsTextQuotingIt() {
        assertThatThrownBy(() -> Tolerance.parse("five percent"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"five percent\" is not a tolerance")
                .hasMessageContaining("threshold 40");
    }

    @Test
    void test_of_rejectsNegativeRelativeAndAbsolute() {
        assertThatThrownBy(() -> Tolerance.parse("-5%")).hasMessage("A relative tolerance cannot be negative: -5");
        assertThatThrownBy(() -> Tolerance.absolute(new BigDecimal("-1")))
                .hasMessage("A absolute tolerance cannot be negative: -1");
        assertThat(Tolerance.threshold(new BigDecimal("-1")).amount()).isEqualTo(new BigDecimal("-1"));
    }

    @Test
    void test_equals_isScaleSensitive_compareToConsistent() {
        Tolerance five = Tolerance.parse("5%");
        Tolerance fivePointZero = Tolerance.parse("5.0%");
        assertThat(five).isNotEqualTo(fivePointZero);
        assertThat(five.compareTo(fivePointZero)).isNegative();
        assertThat(five).isEqualTo(Tolerance.of(Tolerance.Kind.RELATIVE, new BigDecimal("5")));
        assertThat(five.hashCode())
                .isEqualTo(Tolerance.relative(new BigDecimal("5")).hashCode());
        assertThat(five.compareTo(Tolerance.parse("2"))).isNegative(); // RELATIVE before ABSOLUTE
        assertThat(Tolerance.parse("2").compareTo(Tolerance.parse("3"))).isNegative();
        assertThat(five).isNotEqualTo("5%");
    }

    @Test
    void property_toStringParsesBack_andCompareToAgreesWithEquals() {
        qt().withFixedSeed(20261123L)
                .forAll(
                        integers().between(0, 2),
                        integers().between(-100000, 100000),
                        integers().between(0, 3))
                .checkAssert((kind, unscaled, scale) -> {
                    BigDecimal amount = BigDecimal.valueOf(kind == 2 ? unscaled : Math.abs(unscaled), scale);
                    Tolerance t = Tolerance.of(Tolerance.Kind.values()[kind], amount);
                    Tolerance back = Tolerance.parse(t.toString());
                    assertThat(back).isEqualTo(t);
                    assertThat(back.compareTo(t)).isZero();
                });
    }
}
