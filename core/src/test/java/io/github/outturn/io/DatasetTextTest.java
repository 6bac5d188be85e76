package io.github.outturn.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatasetTextTest {

    @Test
    void test_problem_acceptsOrdinaryAndAwkwardText() {
        assertThat(DatasetText.problem("Stockport")).isEmpty();
        assertThat(DatasetText.problem("")).isEmpty();
        assertThat(DatasetText.problem("  padded \r\n\t")).isEmpty();
        assertThat(DatasetText.problem("\u0000")).isEmpty();
        assertThat(DatasetText.problem("smile \uD83D\uDE00")).isEmpty(); // a pair is one character
        assertThat(DatasetText.problem("x".repeat(DatasetText.MAX_LENGTH))).isEmpty();
    }

    @Test
    void test_problem_refusesLoneSurrogatesWherever() {
        assertThat(DatasetText.problem("\uD800"))
                .hasValue("holds a lone surrogate (U+D800) at character 1: that is not Unicode text, and UTF-8"
                        + " cannot carry it");
        assertThat(DatasetText.problem("ab\uDC00"))
                .get()
                .asString()
                .startsWith("holds a lone surrogate (U+DC00) at character 3");
        assertThat(DatasetText.problem("a\uD83Db")).get().asString().contains("U+D83D) at character 2");
        assertThat(DatasetText.problem("\uDE00\uD83D")).get().asString().contains("U+DE00) at character 1");
    }

    @Test
    void test_problem_refusesTextLongerThanTheLimit() {
        assertThat(DatasetText.problem("x".repeat(1_000_001)))
                .hasValue("is 1,000,001 characters long: a text may be at most 1,000,000 characters");
    }
}
