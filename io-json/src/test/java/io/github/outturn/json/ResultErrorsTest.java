package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.MovementMatrix;
import io.github.outturn.summary.PlanSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed result document gives one located problem: pointer, line, column, value and message. */
class ResultErrorsTest {

    private static final OutturnJson JSON = OutturnJson.standard();

    /** An assessment with every required field, at lines 2 to 6; the closing brace on line 7. */
    private static final String ASSESSMENT_HEAD = """
            {
              "indicatorId": "two-year-offer",
              "areaCode": "356",
              "period": "2014/15 Q2",
              "reason": "44.1% is below the target",
              "policyReference": "outturn-default@2",
            """;

    private static InputProblem problem(String text, Class<?> type) {
        return problem(JSON, text, type);
    }

    private static InputProblem problem(OutturnJson json, String text, Class<?> type) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> json.readResult(text, type));
        assertThat(e).as("no problem reading " + text).isNotNull();
        List<InputProblem> problems = e.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).source()).isEqualTo("<text>");
        return problems.get(0);
    }

    @Test
    void test_readResult_numberOutOfRange_locatedAtTheValueInOurWords() {
        InputProblem p =
                problem(ASSESSMENT_HEAD + "  \"publishedValue\": 1e2147483648\n}\n", IndicatorAssessment.class);
        assertThat(p.pointer()).contains("/publishedValue");
        assertThat(p.value()).contains("1e2147483648");
        assertThat(p.line()).hasValue(7);
        assertThat(p.getMessage()).isEqualTo(DecimalRange.OUT_OF_RESULT_RANGE);
        InputProblem band =
                problem("{\"id\": \"b\", \"version\": \"1\", \"similarityBand\": -1e999999999}", BenchmarkPolicy.class);
        assertThat(band.pointer()).contains("/similarityBand");
        assertThat(band.getMessage()).isEqualTo(DecimalRange.OUT_OF_RESULT_RANGE);
        // A policy's band is an input: within a result's range but not an input's, the policy refuses it.
        assertThat(problem("{\"id\": \"b\", \"version\": \"1\", \"similarityBand\": 1e20}", BenchmarkPolicy.class)
                        .getMessage())
                .endsWith(DecimalRange.OUT_OF_RANGE);
    }

    @Test
    void test_readResult_computedFiguresWiderThanAnInputReadBack() throws Exception {
        // A mean to 34 significant digits has more places than any input may.
        String mean = "0.6666666666666666666666666666666667";
        IndicatorAssessment a = JSON.readResult(
                ASSESSMENT_HEAD + "  \"status\": \"green\",\n  \"comparedValue\": " + mean + "\n}\n",
                IndicatorAssessment.class);
        assertThat(a.comparedValue()).contains(new java.math.BigDecimal(mean));
    }

    @Test
    void test_readResult_unknownEnumCode_locatedAtTheValue() {
        InputProblem p = problem(ASSESSMENT_HEAD + "  \"status\": \"purple\"\n}\n", IndicatorAssessment.class);
        // Line 7 is `  "status": "purple"`: the value starts at column 13.
        assertThat(p.pointer()).contains("/status");
        assertThat(p.field()).contains("status");
        assertThat(p.value()).contains("purple");
        assertThat(p.line()).hasValue(7);
        assertThat(p.column()).hasValue(13);
        assertThat(p.getMessage())
                .isEqualTo("unknown status \"purple\": expected one of blue, green, amber, red, not-rated, no-data");
    }

    @Test
    void test_readResult_unknownField_isAnErrorUnlessLenient() throws Exception {
        String text = ASSESSMENT_HEAD + "  \"status\": \"amber\",\n  \"colour\": \"amber\"\n}\n";
        InputProblem p = problem(text, IndicatorAssessment.class);
        assertThat(p.pointer()).contains("/colour");
        assertThat(p.field()).contains("colour");
        // Line 8 is `  "colour": "amber"`: the field's name starts at column 3.
        assertThat(p.line()).hasValue(8);
        assertThat(p.column()).hasValue(3);
        assertThat(p.getMessage())
                .startsWith("unknown field \"colour\": expected one of amberLowerEdge, amberUpperEdge,");
        assertThat(p.getMessage()).contains("indicatorId").contains("tolerance");
        IndicatorAssessment lenient = JSON.withLenient(true).readResult(text, IndicatorAssessment.class);
        assertThat(lenient.indicatorId()).isEqualTo("two-year-offer");
        assertThat(lenient.status().name()).isEqualTo("AMBER");
    }

    @Test
    void test_readResult_missingRequiredFields_locatedAtTheObject() {
        String text = """
                {
                  "forecastYearEnd": {
                    "areaCode": "356"
                  },
                  "areaCode": "356"
                }""";
        InputProblem p = problem(text, IndicatorAssessment.class);
        // The nested assessment is read first and opens at line 2, column 22.
        assertThat(p.pointer()).contains("/forecastYearEnd");
        assertThat(p.line()).hasValue(2);
        assertThat(p.column()).hasValue(22);
        assertThat(p.getMessage())
                .isEqualTo("missing required fields \"indicatorId\", \"period\", \"status\", \"reason\","
                        + " \"policyReference\" for an IndicatorAssessment object");
        InputProblem rank = problem("{\"rank\": 3}", Rank.class);
        assertThat(rank.pointer()).isEmpty();
        assertThat(rank.line()).hasValue(1);
        assertThat(rank.column()).hasValue(1);
        assertThat(rank.getMessage()).isEqualTo("missing required field \"of\" for a Rank object");
    }

    @Test
    void test_readResult_badPeriodFractionAndNumber() {
        InputProblem period = problem(
                ASSESSMENT_HEAD.replace("2014/15 Q2", "Lent 2015") + "  \"status\": \"amber\"\n}",
                IndicatorAssessment.class);
        assertThat(period.pointer()).contains("/period");
        assertThat(period.value()).contains("Lent 2015");
        assertThat(period.line()).hasValue(4);
        assertThat(period.column()).hasValue(13);
        assertThat(period.getMessage()).contains("\"Lent 2015\"");

        String summary = """
                {"scope": "plan", "period": "2014/15 H1", "actionCount": 1, "policyReference": "p@1",
                 "distribution": {"counts": {"green": "one half"}, "denominatorStatuses": ["green"],
                   "percentageRounding": "half-up", "percentageDecimals": 0, "countDecimals": 1,
                   "policyReference": "p@1"}}""";
        InputProblem fraction = problem(summary, ActionSummary.class);
        assertThat(fraction.pointer()).contains("/distribution/counts/green");
        assertThat(fraction.value()).contains("one half");
        assertThat(fraction.line()).hasValue(2);
        // Line 2 is ` "distribution": {"counts": {"green": "one half"}, ...`: the string opens at column 39.
        assertThat(fraction.column()).hasValue(39);
        assertThat(fraction.getMessage()).isEqualTo("\"one half\" is not a fraction such as \"3/2\" or \"1\"");

        InputProblem count =
                problem(summary.replace("\"actionCount\": 1", "\"actionCount\": \"one\""), ActionSummary.class);
        assertThat(count.pointer()).contains("/actionCount");
        assertThat(count.value()).contains("one");
        assertThat(count.getMessage()).isEqualTo("\"one\" is not a whole number");

        InputProblem key =
                problem(summary.replace("\"green\": \"one half\"", "\"purple\": \"1\""), ActionSummary.class);
        assertThat(key.pointer()).hasValueSatisfying(s -> assertThat(s).startsWith("/distribution/counts"));
        assertThat(key.value()).contains("purple");
        assertThat(key.getMessage()).startsWith("unknown status \"purple\": expected one of blue, green,");
    }

    @Test
    void test_readResult_wrongKindOfValue() {
        InputProblem p = problem(ASSESSMENT_HEAD + "  \"status\": [\"amber\"]\n}", IndicatorAssessment.class);
        assertThat(p.pointer()).contains("/status");
        assertThat(p.getMessage()).startsWith("expected one of blue, green,").endsWith("found an array");
        InputProblem reason = problem(
                ASSESSMENT_HEAD.replace("\"44.1% is below the target\"", "{\"text\": 1}")
                        + "  \"status\": \"amber\"\n}",
                IndicatorAssessment.class);
        assertThat(reason.pointer()).contains("/reason");
        assertThat(reason.getMessage()).isEqualTo("expected a string, found an object");
        InputProblem notAnObject = problem("[1, 2]", PlanSummary.class);
        assertThat(notAnObject.pointer()).isEmpty();
        assertThat(notAnObject.getMessage()).isEqualTo("expected a PlanSummary object, found an array");
        InputProblem nullRequired = problem(ASSESSMENT_HEAD + "  \"status\": null\n}", IndicatorAssessment.class);
        assertThat(nullRequired.pointer()).contains("/status");
        assertThat(nullRequired.getMessage())
                .startsWith("null for required field \"status\": expected one of blue, green,");
    }

    @Test
    void test_readResult_refusedByTheType() throws Exception {
        InputProblem rank = problem("{\"rank\": 5, \"of\": 3}", Rank.class);
        assertThat(rank.getMessage()).isEqualTo("invalid Rank: Rank 5 of 3 is out of range: expected 1 to 3");
        InputProblem band =
                problem("{\"id\": \"x\", \"version\": \"1\", \"similarityBand\": -1}", BenchmarkPolicy.class);
        assertThat(band.getMessage()).startsWith("invalid BenchmarkPolicy: Similarity band -1 of benchmark policy x@1");
        InputProblem ci = problem(
                "{\"level\": \"95%\", \"lower\": 5.0, \"upper\": 4.0, \"method\": \"wilson\"}",
                ConfidenceInterval.class);
        assertThat(ci.getMessage()).startsWith("invalid ConfidenceInterval: Lower confidence limit 5.0 is above");
        // "95%" names the level as well as its code "ninety-five" does.
        assertThat(JSON.readResult(
                                "{\"level\": \"95%\", \"lower\": 4.0, \"upper\": 5.0, \"method\": \"wilson\"}",
                                ConfidenceInterval.class)
                        .level())
                .isEqualTo(ConfidenceLevel.NINETY_FIVE);
        // Any level from 90% to 99.99% reads; one outside is refused with the level's own message.
        assertThat(JSON.readResult(
                                "{\"level\": \"ninety-five\", \"lower\": 4.0, \"upper\": 5.0, \"method\": \"wilson\"}",
                                ConfidenceInterval.class)
                        .level())
                .isEqualTo(ConfidenceLevel.NINETY_FIVE);
        InputProblem level = problem(
                "{\"level\": \"80%\", \"lower\": 4.0, \"upper\": 5.0, \"method\": \"wilson\"}",
                ConfidenceInterval.class);
        assertThat(level.getMessage()).contains("Confidence level \"80%\" is out of range");
    }

    @Test
    void test_readResult_malformedDuplicateTrailingEmpty() {
        InputProblem truncated = problem("{\"cells\": {\"green\": {\"red\": \"1\"", MovementMatrix.class);
        assertThat(truncated.getMessage()).startsWith("malformed JSON: Unexpected end-of-input");
        assertThat(truncated.pointer()).contains("/cells/green/red");
        assertThat(truncated.line()).hasValue(1);
        assertThat(truncated.getMessage()).contains("(start marker at line: 1, column: 21)");

        InputProblem duplicate = problem("{\"rank\": 1,\n \"rank\": 2, \"of\": 3}", Rank.class);
        assertThat(duplicate.getMessage()).isEqualTo("duplicate key \"rank\": each field may appear once");
        assertThat(duplicate.field()).contains("rank");
        assertThat(duplicate.line()).hasValue(2);

        InputProblem trailing = problem("{\"rank\": 1, \"of\": 3} {}", Rank.class);
        assertThat(trailing.getMessage())
                .isEqualTo("unexpected content after the end of the document: expected one JSON value");

        assertThat(problem("  ", Rank.class).getMessage()).isEqualTo("empty document: expected a Rank object");
        assertThat(problem("null", Rank.class).getMessage()).isEqualTo("expected a Rank object, found null");
    }
}
