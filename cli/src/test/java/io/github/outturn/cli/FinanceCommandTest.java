package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.Finance;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.FinancialYear;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code outturn finance} prints for a small report. Figures worked by hand: placements
 * 9,700,000 against 8,500,000 is +1,200,000, 14.1176% shown 14.1%; Section 17 395,000 against 250,000
 * is +145,000, 58.0%; fees -590,000 against -600,000 is an income shortfall of 10,000, 1.6667% shown
 * 1.7%, AMBER; the portfolio 9,505,000 against 8,150,000 is +1,355,000, 16.6%.
 */
class FinanceCommandTest {

    private static final FinancialYear YEAR = FinancialYear.of(2016);
    private static final String CF = "Children and Families";

    private static BudgetLine line(String service, String budget, String forecast) {
        return BudgetLine.builder()
                .portfolio(CF)
                .service(service)
                .year(YEAR)
                .period(YEAR.quarter(1))
                .budget(Money.of(budget))
                .forecast(Money.of(forecast))
                .build();
    }

    private static FinanceReport report() {
        Dataset ds = Dataset.builder()
                .addBudgetLines(
                        BudgetLine.builder()
                                .from(line("External placements", "8500000", "9700000"))
                                .commentary("More children placed externally than budgeted for")
                                .build(),
                        line("Section 17 payments", "250000", "395000"),
                        line("Fees and charges", "-600000", "-590000"),
                        BudgetLine.builder()
                                .from(line("Grant-funded", "100000", "100000"))
                                .cashLimit(false)
                                .build())
                .addSavings(Saving.builder()
                        .reference("CF-03")
                        .title("Agency social workers")
                        .portfolio(CF)
                        .year(YEAR)
                        .period(YEAR.quarter(1))
                        .required(Money.of("300000"))
                        .forecast(Money.of("0"))
                        .status(SavingStatus.RED)
                        .risk(RiskRating.HIGH)
                        .build())
                .build();
        return Finance.report(ds, YEAR.quarter(1), FinancePolicy.defaults());
    }

    private static List<String> print(FinanceCommand.Form format) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        FinanceCommand.print(report(), FinancePolicy.defaults(), format, w);
        w.flush();
        return Arrays.asList(out.toString().split("\\R"));
    }

    @Test
    void test_print_text() {
        List<String> lines = print(FinanceCommand.Form.text);
        assertThat(lines.get(0)).isEqualTo("Resources at 2016/17 Q1 · policy outturn-finance-default@1");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .matches("Children and Families / External placements +£8\\.5m +£9\\.7m +£1\\.2m +14\\.1%"
                                + " +RED"))
                .anySatisfy(l -> assertThat(l)
                        .matches("Children and Families / Fees and charges +-£600k +-£590k" + " +£10k +1\\.7% +AMBER"))
                .anySatisfy(l -> assertThat(l).startsWith("Children and Families / Grant-funded *"))
                .contains(
                        "  Children and Families / External placements: projected overspend of £1.2m (14.1% of the"
                                + " £8.5m budget): RED",
                        "      Note: More children placed externally than budgeted for",
                        "  Children and Families (total): projected overspend of £1.4m (16.6% of the £8.2m budget): RED",
                        "  CF-03: £0 forecast against £300k required, a shortfall of £300k: RED (will not be delivered"
                                + " in the year)",
                        "* outside the cash limit: judged apart from it, and not in the totals above it");
    }

    @Test
    void test_print_csvAndJson() throws Exception {
        List<String> csv = print(FinanceCommand.Form.csv);
        assertThat(csv.get(0)).isEqualTo(String.join(",", FinanceCommand.CSV_HEADER));
        assertThat(csv.get(1))
                .startsWith("budget,service,Children and Families,External placements,2016/17 Q1,spending,true,GBP,"
                        + "8500000.00,9700000.00,,1200000.00,14.1,,,,red,false,,");
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("saving,saving,Children and Families,CF-03"));
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("savings,council,,Council,2016/17 Q1"));
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        FinanceCommand.print(report(), FinancePolicy.defaults(), FinanceCommand.Form.json, w);
        w.flush();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/services/0/variance/amount").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(json.at("/services/0/status").asText()).isEqualTo("red");
        assertThat(json.at("/council/reason").asText()).startsWith("projected overspend of £1.4m");
        assertThat(json.at("/policyReference").asText()).isEqualTo("outturn-finance-default@1");
    }

    @Test
    void test_finance_onADatasetWithoutFinanceIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Outturn.run(
                new PrintWriter(out), new PrintWriter(err), "finance", "../examples/data/nottingham-cypp-2015.json");
        assertThat(exit).isEqualTo(Outturn.USAGE);
        assertThat(err.toString()).contains("the dataset has no budget lines or savings to report");
    }

    private static final String STOCKPORT = "../examples/data/stockport-resources-2016.json";

    private static OutturnCliTest.Run run(String... args) {
        return OutturnCliTest.run(args);
    }

    @Test
    void test_finance_policyFileChangesTheStatuses(@TempDir Path dir) throws Exception {
        // A council whose Red needs both more than 2% and more than £500,000 over: special guardianship,
        // £350k over a £1.8m budget (19.4%), passes the percentage but not the amount, so it is AMBER;
        // external placements, £1.2m (14.1%), passes both and stays RED.
        Path policy = dir.resolve("policy.json");
        Files.writeString(
                policy,
                "{\"id\": \"stockport-2016\", \"version\": \"1\", \"amberAmount\": 500000,"
                        + " \"breach\": \"both-limits\"}");
        OutturnCliTest.Run r = run("finance", STOCKPORT, "--policy", policy.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Outturn.OK);
        assertThat(r.out())
                .contains("policy stockport-2016@1")
                .contains("Special guardianship orders: projected overspend of £350k (19.4% of the £1.8m budget):"
                        + " AMBER")
                .contains("External placements (children looked after): projected overspend of £1.2m (14.1% of"
                        + " the £8.5m budget): RED");
    }

    @Test
    void test_finance_badPolicyFileIsALocatedError(@TempDir Path dir) throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"id\": \"x\", \"version\": \"1\", \"breach\": \"sometimes\"}");
        OutturnCliTest.Run r = run("finance", STOCKPORT, "--policy", policy.toString());
        assertThat(r.exit()).isNotEqualTo(Outturn.OK);
        assertThat(r.err()).contains("policy.json").contains("/breach").contains("either-limit, both-limits");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void test_finance_xlsxNeedsAFileAndWritesOne(@TempDir Path dir) throws Exception {
        OutturnCliTest.Run refused = run("finance", STOCKPORT, "--format", "xlsx");
        assertThat(refused.exit()).isEqualTo(Outturn.USAGE);
        assertThat(refused.err()).contains("give the file with -o FILE");
        Path file = dir.resolve("resources.xlsx");
        OutturnCliTest.Run r = run("finance", STOCKPORT, "--format", "xlsx", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Outturn.OK);
        // 12 lines, 2 portfolios, the council and the line outside the cash limit; 6 savings.
        assertThat(r.out()).contains("16 budgets, 6 savings at 2016/17 Q1");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void test_finance_textToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("resources.csv");
        OutturnCliTest.Run r = run("finance", STOCKPORT, "--format", "csv", "-o", file.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(Outturn.OK);
        assertThat(Files.readString(file)).startsWith(String.join(",", FinanceCommand.CSV_HEADER));
    }
}
