package io.github.outturn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.outturn.model.Target;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.validation.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void test_of_shortPlainValueIsQuotedAsItIs() {
        assertThat(Quote.of("12,5")).isEqualTo("\"12,5\"");
        assertThat(Quote.of("")).isEqualTo("\"\"");
        assertThat(Quote.of("Résumé – £5 😀")).isEqualTo("\"Résumé – £5 😀\"");
        assertThat(Quote.of(null)).isEqualTo("null");
    }

    @Test
    void test_of_lineBreaksQuotesAndControlsAreEscaped() {
        assertThat(Quote.of("Green\r\nRed\tAmber")).isEqualTo("\"Green\\r\\nRed\\tAmber\"");
        assertThat(Quote.of("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
        assertThat(Quote.of("a\u0000b\u001bc\u007fd\u0085e")).isEqualTo("\"a\\u0000b\\u001bc\\u007fd\\u0085e\"");
        assertThat(Quote.of("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
        // A right-to-left override would show "evil" text reversed; a lone surrogate is no character.
        assertThat(Quote.of("\u202eabc\u2066")).isEqualTo("\"\\u202eabc\\u2066\"");
        assertThat(Quote.of("a\ud800b\udc00")).isEqualTo("\"a\\ud800b\\udc00\"");
    }

    @Test
    void test_of_longValueKeepsHeadAndTailAndSaysHowLong() {
        String value = "h".repeat(60) + "m".repeat(999_920) + "t".repeat(20);
        assertThat(Quote.of(value))
                .isEqualTo("\"" + "h".repeat(60) + "…" + "t".repeat(20) + "\" (1,000,000 characters)");
        assertThat(Quote.of("x".repeat(100))).isEqualTo("\"" + "x".repeat(100) + "\"");
        assertThat(Quote.of("x".repeat(101))).endsWith("\" (101 characters)");
    }

    @Test
    void test_of_doesNotCutASurrogatePair() {
        String smile = "😀";
        String value = "a".repeat(59) + smile + "b".repeat(100) + smile + "c".repeat(19);
        assertThat(Quote.of(value))
                .isEqualTo("\"" + "a".repeat(59) + "…" + smile + "c".repeat(19) + "\" (182 characters)");
    }

    @Test
    void test_of_anyValueGivesOneShortLine() {
        qt().withFixedSeed(20261202L)
                .withExamples(2_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 400))
                .checkAssert(value -> {
                    String quoted = Quote.of(value);
                    assertThat(quoted).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
                    assertThat(quoted.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL))
                            .isTrue();
                    // At most 80 characters kept, each escaped to at most six, plus quotes and the length.
                    assertThat(quoted.length()).isLessThanOrEqualTo(Math.min(6 * value.length(), 6 * 100) + 30);
                    if (value.length() <= Quote.MAX_LENGTH && value.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        assertThat(quoted).isEqualTo("\"" + value + "\"");
                    }
                });
    }

    @Test
    void test_modelInvariantsQuoteTheIdsTheyName() {
        String id = "KS2\r\nRED" + "x".repeat(500);
        assertThatThrownBy(() -> Target.builder()
                        .indicatorId(id)
                        .period(FinancialYear.of(2014))
                        .value(BigDecimal.ONE)
                        .lower(BigDecimal.ZERO)
                        .build())
                .hasMessage(
                        "Target for " + Quote.of(id) + " 2014/15 has both a value and a band: give one or the other")
                .message()
                .doesNotContain("\n")
                .hasSizeLessThan(200);
    }

    @Test
    void test_messagesQuoteThroughIt() {
        String value = "line one\nline two" + "z".repeat(200);
        InputProblem p = InputProblem.builder()
                .source("a.csv")
                .line(2)
                .field("name")
                .value(value)
                .message("too long")
                .build();
        assertThat(p).hasToString("a.csv:2: name " + Quote.of(value) + ": too long");
        assertThat(p.toString()).doesNotContain("\n").hasSizeLessThan(160);
        assertThat(Violation.of("areas[0].name", value, "too long"))
                .hasToString("areas[0].name " + Quote.of(value) + ": too long");
    }

    @Test
    void test_bare_escapesAndShortensANameWithoutQuotes() {
        assertThat(Quote.bare("/observations/3/va\r\nlue")).isEqualTo("/observations/3/va\\r\\nlue");
        assertThat(Quote.bare("k".repeat(70_000)))
                .isEqualTo("k".repeat(60) + "…" + "k".repeat(20) + " (70,000 characters)");
    }

    @Test
    void test_inputProblem_isOneShortLineWhateverItsPointerAndFieldHold() {
        String key = "area\rCode" + "x".repeat(70_000);
        InputProblem p = InputProblem.builder()
                .source("d.json")
                .line(3)
                .pointer("/observations/0/" + key)
                .field(key)
                .message("unknown field")
                .build();
        assertThat(p.toString())
                .doesNotContain("\r", "\n")
                .hasSizeLessThan(400)
                .startsWith("d.json:3: /observations/0/area\\rCode");
    }
}
