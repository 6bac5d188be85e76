package io.github.outturn.csv.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.outturn.model.DecimalRange;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decimal cells: the direct reading of plain numbers agrees with BigDecimal's own parser. */
class CellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "7",
                "-12.50",
                "+3.25",
                ".5",
                "3.",
                "007.50",
                "-0",
                "-0.0",
                "0.24282999999999999",
                "999999999999999999",
                "-999999999999999999",
                "99999999999999999.9",
                "1234567890.12345678901",
                "0.000012345678901234567",
                "1E+3",
                "2.5e-2"
            })
    void test_decimal_readsExactlyAsBigDecimalDoes(String text) {
        BigDecimal expected = new BigDecimal(text);

        assertThat(Cells.decimal(text)).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(expected); // scale and all
            assertThat(d.scale()).isEqualTo(expected.scale());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", ".", "+", "1.2.3", "1-2", "--1", "1,875", "12 5", "5%", "NaN", "0x1F", "1_000"})
    void test_decimal_refusesWhatIsNotAPlainNumber(String text) {
        assertThat(Cells.decimal(text)).isEmpty();
    }

    @Test
    void property_plainReadingAgreesWithBigDecimal() {
        qt().withFixedSeed(20261201L)
                .withExamples(20_000)
                .forAll(
                        strings().betweenCodePoints('+', '9').ofLengthBetween(1, 22),
                        integers().between(0, 2))
                .checkAssert((raw, sign) -> {
                    // '+' to '9' covers + , - . / and the digits: every mix of sign, points and digits.
                    String text = (sign == 0 ? "" : sign == 1 ? "-" : "+") + raw;
                    BigDecimal plain = Cells.plain(text);
                    Optional<BigDecimal> parsed;
                    try {
                        parsed = Optional.of(new BigDecimal(text));
                    } catch (NumberFormatException e) {
                        parsed = Optional.empty();
                    }
                    if (plain != null) {
                        assertThat(parsed).as(text).contains(plain);
                        assertThat(plain.scale())
                                .as(text)
                                .isEqualTo(parsed.get().scale());
                    }
                    assertThat(Cells.decimal(text).map(BigDecimal::toString))
                            .as(text)
                            .isEqualTo(
                                    text.contains(",")
                                            ? Optional.empty()
                                            : parsed.filter(DecimalRange::contains)
                                                    .map(BigDecimal::toString));
                });
    }

    /** Issue 13: numbers no figure has are refused, and said to be out of range, not "not numbers". */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e2147483647",
                "1e2147483648",
                "1e999999999",
                "-1e999999999",
                "1e400",
                "9999999999999999999",
                "1E-31",
                "0.0000000000000000000000000000000"
            })
    void test_decimal_refusesANumberOutOfRangeAndSaysSo(String text) {
        assertThat(Cells.decimal(text)).isEmpty();
        assertThat(Cells.numberExpected(text)).isEqualTo(DecimalRange.OUT_OF_RANGE);
    }

    @Test
    void test_decimal_aHugeCellIsJudgedWithoutParsingIt() {
        String digits = "9".repeat(10_000_000);
        assertThat(Cells.decimal(digits)).isEmpty();
        assertThat(Cells.numberExpected(digits)).isEqualTo(DecimalRange.OUT_OF_RANGE);
        assertThat(Cells.numberExpected(digits + "x")).isEqualTo("expected a number such as 12.5 or -3");
    }
}
