package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.finance.Money;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Budget lines and savings in the dataset document: a golden file both ways, other currencies, bad amounts. */
class FinanceJsonTest {

    private static Dataset read(String text) throws Exception {
        return OutturnJson.standard()
                .readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "finance.json");
    }

    @Test
    void test_write_financeSampleGivesTheGoldenText() {
        assertThat(OutturnJson.standard().writeDatasetAsString(SampleDatasets.finance()))
                .isEqualTo(Documents.resource("sample-finance.json"));
    }

    @Test
    void test_read_goldenTextGivesTheFinanceSample() {
        assertThat(Documents.read(Documents.resource("sample-finance.json"))).isEqualTo(SampleDatasets.finance());
    }

    @Test
    void test_roundTrip_anotherCurrencyIsKept() throws Exception {
        Dataset euros = Dataset.builder()
                .addBudgetLines(io.github.outturn.finance.BudgetLine.builder()
                        .from(SampleDatasets.finance().budgetLines().get(0))
                        .budget(Money.of(Currency.getInstance("EUR"), new BigDecimal("10.5")))
                        .build())
                .build();
        String text = OutturnJson.standard().writeDatasetAsString(euros);
        assertThat(text).contains("\"budget\": \"EUR 10.50\"");
        assertThat(read(text)).isEqualTo(euros);
    }

    @Test
    void test_read_badAmountsAreLocatedProblems() {
        String doc = "{\"schemaVersion\": 1, \"budgetLines\": [{\"portfolio\": \"P\", \"service\": \"S\","
                + " \"year\": \"2016/17\", \"period\": \"2016/17 Q1\", \"budget\": 10.005, \"forecast\": \"12,5\"}]}";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(doc));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0).toString())
                .contains("/budgetLines/0/budget")
                .contains("more decimal places than GBP has (2)");
        assertThat(e.problems().get(1).toString())
                .contains("/budgetLines/0/forecast")
                .contains("Not an amount of money: \"12,5\"");
    }
}
