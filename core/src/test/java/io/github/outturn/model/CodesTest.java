package io.github.outturn.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void test_of_lowerKebabCase() {
        assertThat(Codes.of(Polarity.HIGHER_IS_BETTER)).isEqualTo("higher-is-better");
        assertThat(Codes.of(Status.NO_DATA)).isEqualTo("no-data");
    }

    @Test
    void test_parse_acceptsKebabConstantAndAnyCase() {
        assertThat(Codes.parse(Polarity.class, "lower-is-better")).contains(Polarity.LOWER_IS_BETTER);
        assertThat(Codes.parse(Polarity.class, "TARGET_BAND")).contains(Polarity.TARGET_BAND);
        assertThat(Codes.parse(Polarity.class, " No judgement ")).contains(Polarity.NO_JUDGEMENT);
        assertThat(Codes.parse(Polarity.class, "higher")).isEmpty();
    }

    @Test
    void test_allOf_listsEveryCode() {
        assertThat(Codes.allOf(Polarity.class))
                .isEqualTo("higher-is-better, lower-is-better, target-band, no-judgement");
    }

    @Test
    void test_unknown_namesTheEnumInWordsQuotesTheTextAndListsEveryCode() {
        // Worked by hand from Polarity's constants and Quote's escaping of a line break.
        assertThat(Codes.unknown(Polarity.class, "up"))
                .isEqualTo("unknown polarity \"up\": expected one of higher-is-better, lower-is-better, target-band,"
                        + " no-judgement");
        assertThat(Codes.unknown(SummaryScope.class, "a\nb")).startsWith("unknown summary scope \"a\\nb\": expected");
        assertThat(Codes.words(ObservationStatus.class)).isEqualTo("observation status");
    }
}
