package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.outturn.finance.Breach;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.MoneyUnit;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finance policy document: a golden file both ways, defaults, located problems, the schema. */
class FinancePolicyJsonTest {

    private final OutturnJson json = OutturnJson.standard();

    /** Every setting away from its default, as finance-policy.json spells it by hand. */
    static FinancePolicy custom() {
        return FinancePolicy.builder()
                .id("stockport-2016")
                .version("2")
                .greenPercent(new BigDecimal("0.5"))
                .greenAmount(new BigDecimal("50000"))
                .amberPercent(new BigDecimal("2"))
                .amberAmount(new BigDecimal("500000"))
                .breach(Breach.BOTH_LIMITS)
                .underspendPercent(new BigDecimal("3"))
                .underspendAmount(new BigDecimal("100000.00"))
                .displayUnit(MoneyUnit.THOUSANDS)
                .displayDecimals(0)
                .percentDecimals(2)
                .rounding(RoundingMode.HALF_EVEN)
                .savingsAboveRequirementAllowed(true)
                .build();
    }

    private FinancePolicy read(String text) throws Exception {
        return json.readFinancePolicy(Documents.bytes(text), "finance-policy.json");
    }

    private List<InputProblem> problems(String text) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(text));
        assertThat(e).as("refused").isNotNull();
        return e.problems();
    }

    @Test
    void test_write_customPolicyGivesTheGoldenText() {
        assertThat(json.writeFinancePolicyAsString(custom())).isEqualTo(Documents.resource("finance-policy.json"));
    }

    @Test
    void test_read_goldenTextGivesTheCustomPolicy() throws Exception {
        FinancePolicy p = read(Documents.resource("finance-policy.json"));
        assertThat(p).isEqualTo(custom());
        // Shown in thousands to no decimal places, half even: £12,500 is "£12k", £13,500 "£14k".
        assertThat(p.display(Money.of("12500"))).isEqualTo("£12k");
        assertThat(p.display(Money.of("13500"))).isEqualTo("£14k");
    }

    @Test
    void test_read_idAndVersionAloneTakeTheDocumentedDefaults() throws Exception {
        assertThat(read("{\"id\": \"outturn-finance-default\", \"version\": \"1\"}"))
                .isEqualTo(FinancePolicy.defaults());
    }

    @Test
    void test_read_javaConstantsAreReadToo() throws Exception {
        FinancePolicy p =
                read("{\"id\": \"x\", \"version\": \"1\", \"breach\": \"BOTH_LIMITS\", \"rounding\": \"DOWN\"}");
        assertThat(p.breach()).isEqualTo(Breach.BOTH_LIMITS);
        assertThat(p.rounding()).isEqualTo(RoundingMode.DOWN);
    }

    @Test
    void test_read_everyProblemLocatedAtOnce() {
        List<InputProblem> found = problems(
                "{\"version\": 1, \"amberPercent\": \"two\", \"breach\": \"sometimes\"," + " \"colour\": \"red\"}");
        assertThat(found).hasSizeGreaterThanOrEqualTo(4);
        String all = found.toString();
        assertThat(all)
                .contains("finance-policy.json")
                .contains("/amberPercent")
                .contains("/breach")
                .contains("either-limit, both-limits")
                .contains("colour")
                .contains("\"id\"");
    }

    @Test
    void test_read_policyRefusalIsAProblemWithThePolicysMessage() {
        InputProblem p = problems("{\"id\": \"x\", \"version\": \"1\", \"greenPercent\": 3, \"amberPercent\": 2}")
                .get(0);
        assertThat(p.toString())
                .contains("finance-policy.json")
                .contains("greenPercent 3 above amberPercent 2: the Green band lies within the Amber one");
        assertThat(problems("{\"id\": \"x\", \"version\": \"1\", \"rounding\": \"unnecessary\"}")
                        .get(0)
                        .toString())
                .contains("shown figures must be rounded");
    }

    @Test
    void test_read_notAnObjectSaysWhatWasExpected() {
        assertThat(problems("[1]").get(0).toString()).contains("expected a finance policy");
        assertThat(problems("").get(0).toString()).contains("an empty document");
    }

    @Test
    void test_writeFile_roundTrips(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.json");
        json.writeFinancePolicy(FinancePolicy.defaults(), file);
        assertThat(json.readFinancePolicy(file)).isEqualTo(FinancePolicy.defaults());
        assertThat(Files.readString(file)).contains("\"amberAmount\": 250000").doesNotContain("greenAmount");
    }

    @Test
    void test_schema_goldenAndDefaultValidateAndBadOnesDoNot() throws Exception {
        com.networknt.schema.Schema schema;
        try (InputStream in =
                OutturnJson.class.getResourceAsStream("/io/github/outturn/json/finance-policy.schema.json")) {
            assertThat(in).as("the schema is shipped in the jar").isNotNull();
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
        assertThat(schema.validate(Documents.resource("finance-policy.json"), InputFormat.JSON))
                .isEmpty();
        assertThat(schema.validate(json.writeFinancePolicyAsString(FinancePolicy.defaults()), InputFormat.JSON))
                .isEmpty();
        assertThat(schema.validate("{\"id\": \"x\", \"version\": \"1\", \"breach\": \"sometimes\"}", InputFormat.JSON))
                .hasSize(1);
        assertThat(schema.validate("{\"version\": \"1\"}", InputFormat.JSON)).hasSize(1);
    }
}
