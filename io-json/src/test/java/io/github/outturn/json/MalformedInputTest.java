package io.github.outturn.json;

import static io.github.outturn.json.Documents.problem;
import static io.github.outturn.json.Documents.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.io.InputProblem;
import io.github.outturn.model.Codes;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.period.PeriodParseException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each kind of malformed input gives its located problem. Documents are laid out one field a line by
 * {@link #doc}: the element opens on line 4 at column 5, its k-th field (from 0) is on line 5 + k and
 * starts at column 7, so a value starts at column 7 + the length of {@code "name": }.
 */
class MalformedInputTest {

    /** A document with one element in a collection, one field a line. */
    static String doc(String collection, String... fields) {
        return "{\n  \"schemaVersion\": 1,\n  \"" + collection + "\": [\n    {\n      "
                + String.join(",\n      ", fields) + "\n    }\n  ]\n}\n";
    }

    private static void assertPlace(InputProblem p, int line, int column, String pointer, String field) {
        assertThat(p.source()).isEqualTo(Documents.SOURCE);
        assertThat(p.line()).isEqualTo(OptionalInt.of(line));
        assertThat(p.column()).isEqualTo(OptionalInt.of(column));
        assertThat(p.pointer()).contains(pointer);
        if (field == null) {
            assertThat(p.field()).isEmpty();
        } else {
            assertThat(p.field()).contains(field);
        }
    }

    @Test
    void test_read_badPeriodLabelQuotesTheParser() {
        InputProblem p = problem(
                doc("observations", "\"indicatorId\": \"x\"", "\"areaCode\": \"A\"", "\"period\": \"Lent 2015\""));
        // Line 7 is the third field; the value starts after 6 spaces and "period": (10 characters).
        assertPlace(p, 7, 17, "/observations/0/period", "period");
        assertThat(p.value()).contains("Lent 2015");
        assertThat(p.getMessage())
                .startsWith("\"Lent 2015\" is not a reporting period")
                .contains(PeriodParseException.ACCEPTED_FORMS);
    }

    @Test
    void test_read_periodOfACalendarYearIndicatorMustNotBeATwoYearLabel() {
        String json = "{\"schemaVersion\": 1,\n"
                + "\"indicators\": [{\"id\": \"x\", \"name\": \"X\", \"polarity\": \"no-judgement\","
                + " \"yearType\": \"calendar\"}],\n"
                + "\"targets\": [{\"indicatorId\": \"x\", \"period\": \"2015/16\", \"value\": 1}]}";
        InputProblem p = problem(json);
        // Line 3: "targets": [ is 12 characters, {"indicatorId": "x", "period": 31 more: column 44.
        assertPlace(p, 3, 44, "/targets/0/period", "period");
        assertThat(p.getMessage()).startsWith("\"2015/16\" is not a reporting period");
    }

    @Test
    void test_read_periodBeforeItsIndicatorIsParsedWithTheIndicatorsYearTypeAndLocated() {
        String json = "{\"schemaVersion\": 1,\n"
                + "\"benchmarks\": [{\"indicatorId\": \"x\", \"period\": \"2015/16\", \"comparator\": \"970\","
                + " \"type\": \"england\"}],\n"
                + "\"indicators\": [{\"id\": \"x\", \"name\": \"X\", \"polarity\": \"no-judgement\","
                + " \"yearType\": \"calendar\"}]}";
        InputProblem p = problem(json);
        // Line 2: {"indicatorId": "x", "period": is 31 characters; "benchmarks": [ before it is 15 more.
        assertPlace(p, 2, 47, "/benchmarks/0/period", "period");
    }

    @Test
    void test_read_unknownEnumValueListsTheCodes() {
        InputProblem p = problem(doc("indicators", "\"id\": \"x\"", "\"name\": \"X\"", "\"polarity\": \"up\""));
        assertPlace(p, 7, 19, "/indicators/0/polarity", "polarity");
        assertThat(p.value()).contains("up");
        assertThat(p.getMessage())
                .isEqualTo("unknown polarity \"up\": expected one of " + Codes.allOf(Polarity.class))
                .contains("higher-is-better, lower-is-better, target-band, no-judgement");
    }

    @Test
    void test_read_wrongTypeSaysWhatWasExpectedAndFound() {
        InputProblem p = problem(doc(
                "observations",
                "\"indicatorId\": \"x\"",
                "\"areaCode\": \"A\"",
                "\"period\": \"2015\"",
                "\"value\": \"12.5\""));
        assertPlace(p, 8, 16, "/observations/0/value", "value");
        assertThat(p.value()).contains("12.5");
        assertThat(p.getMessage()).isEqualTo("expected a number such as 12.5, found a string");
    }

    @Test
    void test_read_missingRequiredFieldIsPlacedAtItsElement() {
        InputProblem p = problem(doc("observations", "\"indicatorId\": \"x\"", "\"period\": \"2015\""));
        assertPlace(p, 4, 5, "/observations/0/areaCode", "areaCode");
        assertThat(p.getMessage()).startsWith("missing required field \"areaCode\"");
    }

    @Test
    void test_read_nullForARequiredFieldIsMissing() {
        InputProblem p = problem(doc("areas", "\"code\": null", "\"name\": \"X\"", "\"type\": \"region\""));
        assertPlace(p, 4, 5, "/areas/0/code", "code");
        assertThat(p.getMessage()).startsWith("missing required field \"code\" (absent or null)");
    }

    @Test
    void test_read_duplicateKeyIsPlacedAtTheRepeatedName() {
        InputProblem p = problem(doc(
                "observations",
                "\"indicatorId\": \"x\"",
                "\"areaCode\": \"A\"",
                "\"period\": \"2015\"",
                "\"value\": 1",
                "\"value\": 2"));
        assertPlace(p, 9, 7, "/observations/0/value", "value");
        assertThat(p.getMessage()).startsWith("duplicate key \"value\"");
    }

    @Test
    void test_read_duplicateTopLevelKey() {
        InputProblem p = problem("{\"schemaVersion\": 1, \"areas\": [], \"areas\": []}");
        assertPlace(p, 1, 35, "/areas", "areas");
        assertThat(p.getMessage()).startsWith("duplicate key \"areas\"");
    }

    @Test
    void test_read_truncatedDocumentIsLocatedAtItsEnd() {
        String json = "{\"schemaVersion\": 1, \"observations\": [{\"indicatorId\": \"x\"";
        InputProblem p = problem(json);
        // The end of input: line 1, just past the 57 characters.
        assertThat(p.line()).isEqualTo(OptionalInt.of(1));
        assertThat(p.column()).isEqualTo(OptionalInt.of(json.length() + 1));
        assertThat(p.pointer()).contains("/observations/0/indicatorId");
        assertThat(p.getMessage()).startsWith("malformed JSON: Unexpected end-of-input");
    }

    @Test
    void test_read_emptyInputAndSyntaxErrors() {
        assertThat(problem("").getMessage()).startsWith("empty document");
        InputProblem p = problem("{\"schemaVersion\": 1,,}");
        assertThat(p.line()).isEqualTo(OptionalInt.of(1));
        assertThat(p.column()).isEqualTo(OptionalInt.of(21));
        assertThat(p.getMessage()).startsWith("malformed JSON: Unexpected character (','");
    }

    @Test
    void test_read_builderInvariantIsPlacedAtItsElement() {
        InputProblem p = problem(
                doc("targets", "\"indicatorId\": \"x\"", "\"period\": \"2015\"", "\"value\": 1", "\"lower\": 0"));
        assertPlace(p, 4, 5, "/targets/0", null);
        assertThat(p.getMessage()).contains("has both a value and a band");

        InputProblem q = problem(doc(
                "observations",
                "\"indicatorId\": \"x\"",
                "\"areaCode\": \"A\"",
                "\"period\": \"2015\"",
                "\"value\": 1",
                "\"status\": \"suppressed\""));
        assertPlace(q, 4, 5, "/observations/0", null);
        assertThat(q.getMessage()).contains("a suppressed observation has no value");

        InputProblem r = problem(doc("reported", "\"scope\": \"priority\""));
        assertPlace(r, 4, 5, "/reported/0", null);
        assertThat(r.getMessage()).contains("must say which one (scopeId)");

        InputProblem s = problem(doc(
                "actions",
                "\"id\": \"A1\"",
                "\"title\": \"T\"",
                "\"priorityIds\": [\"P1\"]",
                "\"weights\": [\"1/2\", \"1/2\"]"));
        assertPlace(s, 4, 5, "/actions/0", null);
        assertThat(s.getMessage()).contains("2 weights for 1 priorities");
    }

    @Test
    void test_read_deferredBuilderInvariantIsPlacedAtItsElement() {
        // The target's indicator comes later, so the target is built at the end of the document.
        String json = "{\"schemaVersion\": 1, \"targets\": [\n"
                + "{\"indicatorId\": \"x\", \"period\": \"2015/16\"}],\n"
                + "\"indicators\": [{\"id\": \"x\", \"name\": \"X\", \"polarity\": \"no-judgement\"}]}";
        InputProblem p = problem(json);
        assertPlace(p, 2, 1, "/targets/0", null);
        assertThat(p.getMessage()).contains("has neither a value nor a band");
    }

    @Test
    void test_read_schemaVersionMissingOrUnsupported() {
        InputProblem missing = problem("{\"areas\": []}");
        assertPlace(missing, 1, 1, "/schemaVersion", "schemaVersion");
        assertThat(missing.getMessage()).startsWith("missing required field \"schemaVersion\"");

        InputProblem two = problem("{\"schemaVersion\": 2}");
        assertPlace(two, 1, 19, "/schemaVersion", "schemaVersion");
        assertThat(two.value()).contains("2");
        assertThat(two.getMessage()).contains("expected 1");

        assertThat(problem("{\"schemaVersion\": \"1\"}").getMessage()).contains("expected 1");
        assertThat(problem("{\"schemaVersion\": 1.0}").getMessage()).contains("expected 1");
    }

    @Test
    void test_read_unknownFieldIsAnErrorUnlessLenient() {
        String json = doc(
                "observations",
                "\"indicatorId\": \"x\"",
                "\"areaCode\": \"A\"",
                "\"period\": \"2015\"",
                "\"vaule\": {\"nested\": [1, 2]}",
                "\"value\": 3");
        InputProblem p = problem(json);
        assertPlace(p, 8, 7, "/observations/0/vaule", "vaule");
        assertThat(p.getMessage()).startsWith("unknown field \"vaule\": expected one of indicatorId, areaCode");

        String top = "{\"schemaVersion\": 1, \"observation\": [], \"areas\": []}";
        assertPlace(problem(top), 1, 22, "/observation", "observation");

        OutturnJson lenient = OutturnJson.standard().withLenient(true);
        assertThat(lenient.lenient()).isTrue();
        assertThat(Documents.readWith(lenient, json).observations().get(0).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(Documents.readWith(lenient, top).areas()).isEmpty();
    }

    @Test
    void test_read_reportsEveryProblemAtOnceInDocumentOrder() {
        String json = "{\"schemaVersion\": 1,\n"
                + "\"observations\": [\n"
                + "{\"indicatorId\": \"x\", \"areaCode\": \"A\", \"period\": \"2015\", \"value\": \"1\"},\n"
                + "{\"indicatorId\": \"x\", \"areaCode\": \"A\", \"period\": \"2015\", \"status\": \"final\"},\n"
                + "7,\n"
                + "{\"indicatorId\": \"x\", \"areaCode\": \"A\", \"period\": \"2015 Q5\"}\n"
                + "],\n"
                + "\"areas\": {}\n"
                + "}";
        List<InputProblem> all = problems(json);
        assertThat(all)
                .extracting(p -> p.pointer().orElse(""))
                .containsExactly(
                        "/observations/0/value",
                        "/observations/1/status",
                        "/observations/2",
                        "/areas",
                        "/observations/3/period");
        assertThat(all.get(2).getMessage()).isEqualTo("expected an object (an observation), found a number");
        assertThat(all.get(2).line()).isEqualTo(OptionalInt.of(5));
        assertThat(all.get(3).getMessage()).isEqualTo("expected an array of objects, found an object");
        assertThat(all.get(4).line()).isEqualTo(OptionalInt.of(6));
    }

    @Test
    void test_read_problemCapStopsReading() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": 1, \"areas\": [");
        for (int i = 0; i < 10; i++) {
            json.append(i == 0 ? "" : ",").append("{\"code\": 1, \"name\": \"N\", \"type\": \"region\"}");
        }
        json.append("]}");
        List<InputProblem> all = problems(OutturnJson.standard().withMaxProblems(3), json.toString());
        assertThat(all).hasSize(4);
        assertThat(all.get(3).getMessage()).isEqualTo("stopped after 3 problems; there may be more");
        assertThat(problems(json.toString())).hasSize(10);
    }

    @Test
    void test_read_otherValueProblems() {
        assertThat(problem(doc("actions", "\"id\": \"A\"", "\"title\": \"T\"", "\"priorityIds\": [\"P1\", 2]")))
                .satisfies(p -> assertPlace(p, 7, 29, "/actions/0/priorityIds/1", "priorityIds"));
        assertThat(problem(doc(
                        "actions",
                        "\"id\": \"A\"",
                        "\"title\": \"T\"",
                        "\"priorityIds\": [\"P1\"]",
                        "\"weights\": [\"half\"]")))
                .satisfies(p -> {
                    assertPlace(p, 8, 19, "/actions/0/weights/0", "weights");
                    assertThat(p.getMessage()).isEqualTo("expected a fraction such as \"1/2\" or \"1/3\"");
                });
        assertThat(problem(doc(
                        "actions",
                        "\"id\": \"A\"",
                        "\"title\": \"T\"",
                        "\"priorityIds\": [\"P1\"]",
                        "\"weights\": [0.5]")))
                .satisfies(p -> assertThat(p.getMessage()).contains("as a string such as \"1/2\", found a number"));
        assertThat(problem(doc(
                        "targets",
                        "\"indicatorId\": \"x\"",
                        "\"period\": \"2015\"",
                        "\"value\": 1",
                        "\"tolerance\": \"five\"")))
                .satisfies(p -> {
                    assertPlace(p, 8, 20, "/targets/0/tolerance", "tolerance");
                    assertThat(p.getMessage()).startsWith("\"five\" is not a tolerance");
                });
        assertThat(problem(doc(
                        "targets",
                        "\"indicatorId\": \"x\"",
                        "\"period\": \"2015\"",
                        "\"value\": 1",
                        "\"tolerance\": 5")))
                .satisfies(p -> assertThat(p.getMessage()).contains("found a number"));
        assertThat(problem(doc(
                        "actionUpdates",
                        "\"actionId\": \"A\"",
                        "\"period\": \"2015\"",
                        "\"status\": \"red\"",
                        "\"updatedOn\": \"15/10/2014\"")))
                .satisfies(p -> {
                    assertPlace(p, 8, 20, "/actionUpdates/0/updatedOn", "updatedOn");
                    assertThat(p.getMessage()).isEqualTo("expected an ISO date such as \"2014-10-01\"");
                });
        assertThat(problem(doc(
                        "indicators",
                        "\"id\": \"x\"",
                        "\"name\": \"X\"",
                        "\"polarity\": \"no-judgement\"",
                        "\"decimalPlaces\": 12345678901")))
                .satisfies(p -> assertThat(p.getMessage()).startsWith("expected a whole number from"));
        assertThat(problem(doc(
                        "indicators",
                        "\"id\": \"x\"",
                        "\"name\": \"X\"",
                        "\"polarity\": \"no-judgement\"",
                        "\"decimalPlaces\": 1.5")))
                .satisfies(p -> assertThat(p.getMessage()).isEqualTo("expected a whole number, found a number"));
        assertThat(problem(doc(
                        "areas", "\"code\": \"A\"", "\"name\": \"X\"", "\"type\": \"region\"", "\"current\": \"yes\"")))
                .satisfies(p -> assertThat(p.getMessage()).isEqualTo("expected true or false, found a string"));
        assertThat(problem(doc("areas", "\"code\": \"A\"", "\"name\": \"X\"", "\"type\": [\"region\"]")))
                .satisfies(p -> {
                    assertThat(p.value()).contains("[...]");
                    assertThat(p.getMessage()).endsWith("found an array");
                });
        assertThat(problem("{\"schemaVersion\": 1, \"plan\": []}"))
                .satisfies(p -> assertThat(p.getMessage()).isEqualTo("expected a plan object, found an array"));
        assertThat(problem("[]").getMessage()).endsWith("found an array");
        assertThat(problem("{\"schemaVersion\": 1} {}").getMessage()).startsWith("unexpected content after the end");
    }

    @Test
    void test_read_statusMapProblems() {
        List<InputProblem> all = problems(doc(
                "reported",
                "\"scope\": \"plan\"",
                "\"counts\": {\"green\": 1, \"grene\": 2, \"red\": \"3\", \"green\": 4}"));
        assertThat(all)
                .extracting(p -> p.pointer().orElse(""))
                .containsExactly("/reported/0/counts/grene", "/reported/0/counts/red", "/reported/0/counts/green");
        assertThat(all.get(0).getMessage())
                .isEqualTo("unknown status \"grene\": expected one of " + Codes.allOf(Status.class));
        assertThat(all.get(1).getMessage()).isEqualTo("expected a number such as 12.5, found a string");
        assertThat(all.get(2).getMessage()).startsWith("duplicate key \"green\"");
    }

    /**
     * Issue 13: numbers no figure has are refused where they are read, at their field, quoted as
     * written, whatever their exponent (1e2147483648 is beyond even BigDecimal's).
     */
    @Test
    void test_read_numbersOutOfRangeAreRefusedAtTheirField() {
        String obs = "\"indicatorId\": \"x\"";
        // Line 8 is the fourth field: 6 spaces and `"numerator": ` (13 characters) come first: column 20.
        for (String hostile : List.of("1e2147483647", "1e2147483648", "1e999999999", "1E-31", "12345678901234567890")) {
            InputProblem p = problem(doc(
                    "observations", obs, "\"areaCode\": \"A\"", "\"period\": \"2015\"", "\"numerator\": " + hostile));
            assertPlace(p, 8, 20, "/observations/0/numerator", "numerator");
            assertThat(p.value()).contains(hostile);
            assertThat(p.getMessage()).isEqualTo(DecimalRange.OUT_OF_RANGE);
        }
        assertPlace(
                problem(doc(
                        "observations", obs, "\"areaCode\": \"A\"", "\"period\": \"2015\"", "\"value\": 1e999999999")),
                8,
                16,
                "/observations/0/value",
                "value");
        assertPlace(
                problem(doc(
                        "observations",
                        obs,
                        "\"areaCode\": \"A\"",
                        "\"period\": \"2015\"",
                        "\"denominator\": -1e999999999")),
                8,
                22,
                "/observations/0/denominator",
                "denominator");
        assertPlace(
                problem(doc(
                        "benchmarks",
                        obs,
                        "\"period\": \"2015\"",
                        "\"comparator\": \"970\"",
                        "\"type\": \"england\"",
                        "\"value\": 1e999999999")),
                9,
                16,
                "/benchmarks/0/value",
                "value");
        assertPlace(
                problem(doc(
                        "indicators",
                        "\"id\": \"x\"",
                        "\"name\": \"X\"",
                        "\"polarity\": \"no-judgement\"",
                        "\"multiplier\": 1e400")),
                8,
                21,
                "/indicators/0/multiplier",
                "multiplier");
        assertPlace(
                problem(doc("reported", "\"scope\": \"plan\"", "\"total\": 1e999999999")),
                6,
                16,
                "/reported/0/total",
                "total");
        InputProblem count = problem(doc("reported", "\"scope\": \"plan\"", "\"counts\": {\"green\": 1e999999999}"));
        assertThat(count.pointer()).contains("/reported/0/counts/green");
        assertThat(count.getMessage()).isEqualTo(DecimalRange.OUT_OF_RANGE);
        InputProblem band = problem(doc("targets", obs, "\"period\": \"2015\"", "\"lower\": 1e2147483647"));
        assertThat(band.pointer()).contains("/targets/0/lower");
        // Every message is one bounded line.
        assertThat(band.toString()).doesNotContain("\n").hasSizeLessThan(200);
    }

    /** Issue 13: line breaks and control characters from the data never break a message's line. */
    @Test
    void test_read_valuesInMessagesAreEscapedAndBounded() {
        InputProblem p =
                problem(doc("indicators", "\"id\": \"x\"", "\"name\": \"X\"", "\"polarity\": \"up\\r\\nRED\\u0007\""));
        assertThat(p.value()).contains("up\r\nRED\u0007");
        assertThat(p.getMessage()).startsWith("unknown polarity \"up\\r\\nRED\\u0007\": expected one of");
        assertThat(p.toString()).doesNotContain("\r", "\n", "\u0007");
        String longLabel = "Spring " + "x".repeat(100_000);
        InputProblem period = problem(doc(
                "observations", "\"indicatorId\": \"x\"", "\"areaCode\": \"A\"", "\"period\": \"" + longLabel + "\""));
        assertThat(period.toString()).contains("(100,007 characters)").hasSizeLessThan(1_000);
    }

    @Test
    void test_read_streamLimitsApply() {
        String digits = "1".repeat(100) + ".5";
        InputProblem p = problem(doc(
                "observations",
                "\"indicatorId\": \"x\"",
                "\"areaCode\": \"A\"",
                "\"period\": \"2015\"",
                "\"value\": " + digits));
        assertThat(p.getMessage())
                .startsWith("document exceeds a reading limit: Number value length (101) exceeds the maximum");
        assertThat(OutturnJson.DEFAULT_CONSTRAINTS.getMaxNumberLength()).isEqualTo(100);
        assertThat(OutturnJson.standard().streamReadConstraints()).isSameAs(OutturnJson.DEFAULT_CONSTRAINTS);
    }

    @Test
    void test_toString_oneLocatedLine() {
        InputProblem p = problem(doc("indicators", "\"id\": \"x\"", "\"name\": \"X\"", "\"polarity\": \"up\""));
        assertThat(p.toString())
                .isEqualTo("test.json:7:19: /indicators/0/polarity polarity \"up\": unknown polarity \"up\": expected"
                        + " one of higher-is-better, lower-is-better, target-band, no-judgement");
    }
}
