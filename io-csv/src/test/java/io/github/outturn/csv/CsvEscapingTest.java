package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvEscapingTest {

    /** OWASP's CSV-injection triggers, and the blanks and controls some spreadsheets skip before them. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "=SUM(A1:A9)|'=SUM(A1:A9)",
                "+999999999-12-31|'+999999999-12-31",
                "-2+3+cmd|'-2+3+cmd",
                "@SUM(1)|'@SUM(1)",
                "-draft|'-draft",
                "+44 161|'+44 161",
                "plain|plain",
                "-5|-5",
                "+1.5|+1.5",
                "10.25|10.25",
                "-5%|'-5%",
                "-1e5|'-1e5",
                "a=b|a=b",
                "-5.|'-5.",
                "-.5|'-.5",
                "+|'+",
                "-5.5.5|'-5.5.5",
                "1-2|1-2",
            })
    void test_neutralise_prefixesEveryFormulaButPlainNumbers(String text, String written) {
        assertThat(CsvEscaping.neutralise(text)).isEqualTo(written);
        assertThat(CsvEscaping.restore(written)).isEqualTo(text);
    }

    @Test
    void test_neutralise_tabsCarriageReturnsAndControlsBeforeATrigger() {
        assertThat(CsvEscaping.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvEscaping.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvEscaping.neutralise("\u0000=1+1")).isEqualTo("'\u0000=1+1");
        assertThat(CsvEscaping.neutralise("  =1+1")).isEqualTo("'  =1+1");
        assertThat(CsvEscaping.neutralise("\n\u00A0@x")).isEqualTo("'\n\u00A0@x");
        assertThat(CsvEscaping.neutralise(" -5")).isEqualTo("' -5"); // not a plain number once padded
        // a tab or carriage return is a trigger in itself
        assertThat(CsvEscaping.neutralise("\tindented")).isEqualTo("'\tindented");
        assertThat(CsvEscaping.neutralise("\r")).isEqualTo("'\r");
        // other leading blanks are not
        assertThat(CsvEscaping.neutralise("  indented")).isEqualTo("  indented");
        assertThat(CsvEscaping.neutralise("\u0000")).isEqualTo("\u0000");
    }

    @Test
    void test_neutralise_apostrophesAndTheEmptyTextReadBackExactly() {
        assertThat(CsvEscaping.neutralise("'=quoted")).isEqualTo("''=quoted");
        assertThat(CsvEscaping.neutralise("''")).isEqualTo("'''");
        assertThat(CsvEscaping.neutralise("'")).isEqualTo("''");
        assertThat(CsvEscaping.neutralise("")).isEqualTo("'");
        assertThat(CsvEscaping.neutralise("'plain")).isEqualTo("'plain");
        assertThat(CsvEscaping.neutralise("'-5")).isEqualTo("'-5");
        assertThat(CsvEscaping.restore("'")).isEmpty();
        assertThat(CsvEscaping.restore("''")).isEqualTo("'");
        assertThat(CsvEscaping.restore("'plain")).isEqualTo("'plain");
        assertThat(CsvEscaping.restore("'-5")).isEqualTo("'-5");
        assertThat(CsvEscaping.restore("")).isEmpty();
    }

    @Test
    void test_field_quotesWhatRfc4180AndBlanksNeed() {
        assertThat(CsvEscaping.field("Poole, Dorset")).isEqualTo("\"Poole, Dorset\"");
        assertThat(CsvEscaping.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvEscaping.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvEscaping.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(CsvEscaping.field(" padded ")).isEqualTo("\" padded \"");
        assertThat(CsvEscaping.field("trailing\t")).isEqualTo("\"trailing\t\"");
        assertThat(CsvEscaping.field("=1,2")).isEqualTo("\"'=1,2\"");
        assertThat(CsvEscaping.field("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvEscaping.field("plain")).isEqualTo("plain");
        assertThat(CsvEscaping.field("-5")).isEqualTo("-5");
        assertThat(CsvEscaping.field("")).isEmpty();
        assertThat(CsvEscaping.field(null)).isEmpty();
    }

    private static final List<Character> CHARS =
            List.of('a', '5', '.', ' ', '\t', '\r', '\n', '\u0000', '\u00A0', '=', '+', '-', '@', '\'', ',', '"');

    @Test
    void test_record_fieldsByRfc4180JoinedByCommasEndedWithCrlf() {
        // RFC 4180 section 2: fields separated by commas, CRLF at the end of a record, a field holding a
        // comma or a quote in quotes with the quote doubled; a null cell is an empty field.
        assertThat(CsvEscaping.record(Arrays.asList("E08000007", "Stockport, SK1", 2, null, "say \"hi\"")))
                .isEqualTo("E08000007,\"Stockport, SK1\",2,,\"say \"\"hi\"\"\"\r\n");
        assertThat(CsvEscaping.record(List.of("=SUM(A1)", new BigDecimal("-5.0"))))
                .isEqualTo("'=SUM(A1),-5.0\r\n");
        assertThat(CsvEscaping.record(List.of())).isEqualTo("\r\n");
    }

    @Test
    void property_restoreUndoesNeutraliseAndNoWrittenCellStartsAFormula() {
        qt().withFixedSeed(4_181L)
                .withExamples(5_000)
                .forAll(lists().of(arbitrary().pick(CHARS)).ofSizeBetween(0, 7))
                .checkAssert(cs -> {
                    String s = cs.stream().map(String::valueOf).collect(Collectors.joining());
                    String written = CsvEscaping.neutralise(s);
                    assertThat(CsvEscaping.restore(written)).isEqualTo(s);
                    String afterBlanks = written.replaceFirst("^[\\s\\u0000\\u00A0]+", "");
                    boolean plainNumber = written.matches("[-+]?[0-9]+(\\.[0-9]+)?");
                    if (!plainNumber) {
                        assertThat(written).doesNotStartWith("\t").doesNotStartWith("\r");
                        assertThat(afterBlanks)
                                .doesNotStartWith("=")
                                .doesNotStartWith("+")
                                .doesNotStartWith("-")
                                .doesNotStartWith("@");
                    }
                });
    }
}
