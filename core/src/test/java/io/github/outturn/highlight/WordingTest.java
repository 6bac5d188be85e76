package io.github.outturn.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "\"{0}\" is a short unit: {1}")
    @CsvSource(
            value = {
                "days, true",
                "a, true",
                "abcdefghijkl, true",
                "abcdefghijklm, false",
                "'', false",
                "%, false",
                "Number, false",
                "per 1000, false",
                "z, true",
                "{, false",
                "`, false"
            },
            quoteCharacter = '\'')
    void test_isShortUnit(String unit, boolean expected) {
        assertThat(Wording.isShortUnit(unit)).isEqualTo(expected);
    }

    @Test
    void property_isShortUnitIsTheOneWordPattern() {
        // Letters either side of a-z in the character table, capitals, digits, spaces and an accent.
        String alphabet = "az`{AZbmy 9%é";
        Pattern oneWord = Pattern.compile("[a-z]{1,12}");
        qt().withFixedSeed(1875L)
                .withExamples(5000)
                .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 14))
                .checkAssert(picks -> {
                    StringBuilder sb = new StringBuilder();
                    picks.forEach(i -> sb.append(alphabet.charAt(i)));
                    String unit = sb.toString();
                    assertThat(Wording.isShortUnit(unit))
                            .as("\"%s\"", unit)
                            .isEqualTo(oneWord.matcher(unit).matches());
                });
    }
}
