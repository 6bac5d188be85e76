package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.Tolerance;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.ValueComparison;
import io.github.outturn.rating.ZeroTargetRule;
import io.github.outturn.summary.CountingMethod;
import io.github.outturn.summary.PercentageRounding;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyJsonTest {

    private final OutturnJson json = OutturnJson.standard();

    private RatingPolicy read(String text) throws Exception {
        return json.readPolicy(Documents.bytes(text), "policy.json");
    }

    private List<InputProblem> problems(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(text));
        assertThat(e).isNotNull();
        return e.problems();
    }

    static RatingPolicy custom() {
        return RatingPolicy.builder()
                .id("stockport-2016")
                .version("2")
                .valueComparison(ValueComparison.RAW)
                .defaultTolerance(Tolerance.parse("2.5%"))
                .putDefaultTolerances(StatisticType.PROPORTION, Tolerance.parse("2"))
                .putDefaultTolerances(StatisticType.RATE, Tolerance.parse("threshold 40.0"))
                .zeroTargetRule(ZeroTargetRule.NOT_RATED)
                .blueMargin(Tolerance.parse("10%"))
                .rescuedByImprovement(true)
                .forecastYearEnd(false)
                .noChangeBand(new BigDecimal("0.50"))
                .countingMethod(CountingMethod.PRIMARY)
                .denominatorStatuses(EnumSet.of(Status.GREEN, Status.AMBER, Status.RED, Status.NO_DATA))
                .percentageRounding(PercentageRounding.LARGEST_REMAINDER)
                .percentageDecimals(1)
                .countDecimals(2)
                .longTermYears(5)
                .build();
    }

    @Test
    void test_readPolicy_shortDocumentTakesTheDocumentedDefaults() throws Exception {
        RatingPolicy p = read("{\"id\": \"outturn-default\", \"version\": \"2\"}");
        assertThat(p).isEqualTo(RatingPolicy.defaults());
        assertThat(p.defaultTolerance()).isEqualTo(Tolerance.parse("5%"));
    }

    @Test
    void test_writePolicy_namesCodesAndTextForms() {
        String text = json.writePolicyAsString(custom());
        assertThat(text)
                .contains("\"id\": \"stockport-2016\"")
                .contains("\"valueComparison\": \"raw\"")
                .contains("\"defaultTolerance\": \"2.5%\"")
                .contains("\"proportion\": \"2\"")
                .contains("\"rate\": \"threshold 40.0\"")
                .contains("\"blueMargin\": \"10%\"")
                .contains("\"noChangeBand\": 0.50")
                .contains("\"countingMethod\": \"primary\"")
                .contains("\"no-data\"")
                .contains("\"percentageRounding\": \"largest-remainder\"")
                .contains("\"longTermYears\": 5")
                .doesNotContain("reference");
        assertThat(json.writePolicyAsString(RatingPolicy.defaults())).doesNotContain("blueMargin");
    }

    @Test
    void test_readPolicy_readsBackWhatWasWritten(@TempDir Path dir) throws Exception {
        for (RatingPolicy policy : List.of(RatingPolicy.defaults(), custom())) {
            assertThat(read(json.writePolicyAsString(policy))).isEqualTo(policy);
            Path file = dir.resolve(policy.id() + ".json");
            json.writePolicy(policy, file);
            assertThat(json.readPolicy(file)).isEqualTo(policy);
        }
    }

    @Test
    void test_readPolicy_locatedProblems() {
        List<InputProblem> all = problems("{\n\"id\": \"p\",\n\"countingMethod\": \"halves\",\n"
                + "\"defaultTolerances\": {\"ratio\": \"2\", \"count\": \"two\", \"count\": \"3\"},\n"
                + "\"denominatorStatuses\": [\"green\", \"grey\"],\n\"blueMargin\": 10,\n\"colour\": true\n}");
        assertThat(all)
                .extracting(p -> p.pointer().orElse(""))
                .containsExactly(
                        "/countingMethod",
                        "/defaultTolerances/ratio",
                        "/defaultTolerances/count",
                        "/defaultTolerances/count",
                        "/denominatorStatuses/1",
                        "/blueMargin",
                        "/colour",
                        "/version");
        assertThat(all.get(0).line()).isEqualTo(OptionalInt.of(3));
        assertThat(all.get(0).column()).isEqualTo(OptionalInt.of(19));
        assertThat(all.get(0).getMessage())
                .startsWith("unknown counting method \"halves\": expected one of fractional");
        assertThat(all.get(2).getMessage()).startsWith("\"two\" is not a tolerance");
        assertThat(all.get(3).getMessage()).startsWith("duplicate key \"count\"");
        assertThat(all.get(6).getMessage()).startsWith("unknown field \"colour\"");
        assertThat(all.get(7).getMessage()).startsWith("missing required field \"version\"");
        assertThat(all.get(7).line()).isEqualTo(OptionalInt.of(1));
        // longTermYears: a whole number, 2 to 10, with the policy's own message.
        assertThat(problems("{\"id\": \"p\", \"version\": \"1\", \"longTermYears\": \"three\"}")
                        .get(0)
                        .pointer())
                .contains("/longTermYears");
        assertThat(problems("{\"id\": \"p\", \"version\": \"1\", \"longTermYears\": 1}")
                        .get(0)
                        .getMessage())
                .contains("has longTermYears 1: expected 2 to 10");
    }

    @Test
    void test_readPolicy_aBandOutOfRangeIsRefusedAtItsField() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> read("{\"id\": \"p\", \"version\": \"1\",\n \"noChangeBand\": 1e2147483647}"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).contains("/noChangeBand");
            assertThat(p.line()).isEqualTo(OptionalInt.of(2));
            assertThat(p.value()).contains("1e2147483647");
            assertThat(p.getMessage()).isEqualTo(DecimalRange.OUT_OF_RANGE);
        });
    }

    @Test
    void test_readPolicy_notAnObjectTruncatedOrBuilderInvariant() throws Exception {
        assertThat(problems("[1]").get(0).getMessage()).endsWith("found an array");
        assertThat(problems("").get(0).getMessage()).endsWith("found an empty document");
        assertThat(problems("{\"id\": \"p\", \"version\"").get(0).getMessage()).startsWith("malformed JSON");
        assertThat(problems("{\"id\": \"p\", \"version\": \"1\"} 2").get(0).getMessage())
                .startsWith("unexpected content after the end");
        assertThat(json.withLenient(true)
                        .readPolicy(Documents.bytes("{\"id\": \"p\", \"version\": \"2\", \"x\": 1}"), "p"))
                .isEqualTo(RatingPolicy.defaults().withId("p"));
    }
}
