package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outturn.model.Action;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.testkit.SampleDatasets;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** The generic writer for result objects (Immutables types, maps, lists, records of model values). */
class ResultWriterTest {

    private final OutturnJson json = OutturnJson.standard();

    private static JsonNode tree(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    /** A stand-in for a result type written by another module: an ordinary record. */
    record Row(Polarity polarity, Optional<BigDecimal> value, Optional<String> absent, BigFraction share) {}

    @Test
    void test_writeResult_immutablesTypeWritesItsAttributesOnly() throws Exception {
        Action a = SampleDatasets.plan().actions().get(2);
        JsonNode node = tree(json.writeResultAsString(a));
        // getPrimaryPriorityId() is derived, not an attribute: left out. Weights as fractions.
        assertThat(node.fieldNames()).toIterable().containsExactly("id", "priorityIds", "title", "weights");
        assertThat(node.get("weights").get(0).asText()).isEqualTo("1/4");
        assertThat(node.has("lead")).isFalse();
    }

    @Test
    void test_writeResult_codesLabelsTolerancesAndExactDecimals() throws Exception {
        Target t = Target.builder()
                .indicatorId("x")
                .period(FinancialQuarter.parse("2014/15 Q2"))
                .value(new BigDecimal("45.0"))
                .tolerance(Tolerance.parse("5%"))
                .build();
        String text = json.withIndent(false).writeResultAsString(t);
        assertThat(text)
                .isEqualTo("{\"indicatorId\":\"x\",\"period\":\"2014/15 Q2\",\"tolerance\":\"5%\",\"value\":45.0}\n");

        Map<Status, List<Object>> byStatus = new EnumMap<>(Status.class);
        byStatus.put(Status.NOT_RATED, List.of(Fraction.of(2, 3), LocalDate.of(2014, 10, 1), new BigDecimal("1E+2")));
        assertThat(json.withIndent(false).writeResultAsString(byStatus))
                .isEqualTo("{\"not-rated\":[\"2/3\",\"2014-10-01\",100]}\n");

        Row row = new Row(
                Polarity.NO_JUDGEMENT, Optional.of(new BigDecimal("0.10")), Optional.empty(), BigFraction.of(7, 1));
        assertThat(json.withIndent(false).writeResultAsString(row))
                .isEqualTo("{\"polarity\":\"no-judgement\",\"share\":\"7\",\"value\":0.10}\n");
    }

    @Test
    void test_writeResult_datasetInsideAResultIsTheDatasetDocument() throws Exception {
        Dataset ds = Dataset.builder()
                .addObservations(Observation.of("x", "A", FinancialQuarter.parse("2014/15 Q1"), new BigDecimal("1.50")))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeResult(Map.of("dataset", ds), out);
        JsonNode node = tree(out.toString(StandardCharsets.UTF_8)).get("dataset");
        assertThat(node.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(node.get("observations").get(0).get("value").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(json.resultWriter()).isNotNull();
        assertThat(json.resultMapper().writeValueAsString(Status.NO_DATA)).isEqualTo("\"no-data\"");
    }

    @Test
    void test_resultMapper_readsDecimalsExactlyIntoTrees() throws Exception {
        JsonNode node = json.resultMapper().readTree("{\"a\": 80.0, \"b\": 0.1}");
        assertThat(node.get("a").decimalValue()).isEqualTo(new BigDecimal("80.0"));
        assertThat(node.get("b").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void test_with_copiesAreIndependent() {
        OutturnJson compact = json.withIndent(false).withMaxProblems(5);
        assertThat(compact.indent()).isFalse();
        assertThat(compact.maxProblems()).isEqualTo(5);
        assertThat(json.indent()).isTrue();
        assertThat(json.maxProblems()).isEqualTo(OutturnJson.DEFAULT_MAX_PROBLEMS);
        assertThat(json.withLenient(false)).isSameAs(json);
        assertThat(json.withIndent(true)).isSameAs(json);
        assertThat(json.withStreamReadConstraints(OutturnJson.DEFAULT_CONSTRAINTS)
                        .lenient())
                .isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> json.withMaxProblems(0))
                .withMessage("maxProblems must be at least 1, not 0");
    }
}
