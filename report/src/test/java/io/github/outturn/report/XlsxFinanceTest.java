package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.model.Status;
import io.github.outturn.report.Workbooks.Table;
import io.github.outturn.report.impl.Xlsx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resources workbook read back with another library, cell by cell, against the illustrative
 * Stockport-style figures worked by hand (examples/data/stockport-resources-2016.json).
 */
class XlsxFinanceTest {

    private static byte[] workbook() {
        Report.Resources r = Examples.stockport().resources().orElseThrow();
        return XlsxFinance.render(r.finance(), r.policy());
    }

    @Test
    void budgetsHoldTheHandWorkedVariances() throws IOException {
        Table t = Workbooks.sheet(workbook(), "Budgets");
        Row placements = t.row("Budget line", "External placements (children looked after)");
        // 9,700,000 - 8,500,000 = 1,200,000, 14.1176...% of the budget, which the policy rounds to 14.1.
        assertThat(t.number(placements, "Budget (GBP)")).isEqualByComparingTo("8500000");
        assertThat(t.number(placements, "Forecast (GBP)")).isEqualByComparingTo("9700000");
        assertThat(t.number(placements, "Variance (GBP)")).isEqualByComparingTo("1200000");
        assertThat(t.cell(placements, "Variance (GBP)").getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(t.number(placements, "% of budget")).isEqualByComparingTo("14.1");
        assertThat(t.cell(placements, "% of budget").getDataFormatString()).isEqualTo("#,##0.0\\%");
        assertThat(t.text(placements, "Status")).isEqualTo("Red");
        assertThat(t.text(placements, "Scope")).isEqualTo("service");
        assertThat(t.text(placements, "Portfolio")).isEqualTo("Children and Families");
        assertThat(t.text(placements, "Within the cash limit")).isEqualTo("Yes");
        // Income: -590,000 against -600,000 is 10,000 short, 1.67%: Amber.
        Row income = t.row("Budget line", "Early years income");
        assertThat(t.number(income, "Budget (GBP)")).isEqualByComparingTo("-600000");
        assertThat(t.number(income, "Variance (GBP)")).isEqualByComparingTo("10000");
        assertThat(t.text(income, "Kind")).isEqualTo("income");
        assertThat(t.text(income, "Status")).isEqualTo("Amber");
        // School improvement: 50,000 under 1,200,000 (4.17%) is a significant underspend.
        Row school = t.row("Budget line", "School improvement");
        assertThat(t.number(school, "Variance (GBP)")).isEqualByComparingTo("-50000");
        assertThat(t.text(school, "Significant underspend")).isEqualTo("Yes");
        assertThat(t.text(school, "Status")).isEqualTo("Green");
        // The council: 30,550,000 budgeted, 32,160,000 forecast, 1,610,000 over; the high needs block
        // outside the cash limit apart: 600,000 over 22,000,000.
        Row council = t.row("Scope", "council");
        assertThat(t.number(council, "Budget (GBP)")).isEqualByComparingTo("30550000");
        assertThat(t.number(council, "Forecast (GBP)")).isEqualByComparingTo("32160000");
        assertThat(t.number(council, "Variance (GBP)")).isEqualByComparingTo("1610000");
        assertThat(t.text(council, "Status")).isEqualTo("Red");
        Row outside = t.rows().get(t.rows().size() - 1);
        assertThat(t.text(outside, "Within the cash limit")).isEqualTo("No");
        assertThat(t.number(outside, "Variance (GBP)")).isEqualByComparingTo("600000");
        // 12 lines, 2 portfolios, the council, outside the cash limit, and the header.
        assertThat(t.rows()).hasSize(17);
    }

    @Test
    void savingsAndTheProgrammeByCountAndByValue() throws IOException {
        byte[] xlsx = workbook();
        Table s = Workbooks.sheet(xlsx, "Savings");
        Row agency = s.row("Reference", "CF-03");
        assertThat(s.number(agency, "Required (GBP)")).isEqualByComparingTo("300000");
        assertThat(s.number(agency, "Forecast (GBP)")).isEqualByComparingTo("0");
        assertThat(s.number(agency, "Shortfall (GBP)")).isEqualByComparingTo("300000");
        assertThat(s.text(agency, "Status")).isEqualTo("Red");
        assertThat(s.text(agency, "Risk")).isEqualTo("high");
        assertThat(s.number(s.row("Reference", "CF-04"), "Delivered (GBP)")).isEqualByComparingTo("150000");
        Table p = Workbooks.sheet(xlsx, "Savings programme");
        Row council = p.row("Scope", "council");
        // Required 600 + 400 + 300 + 150 + 200 + 250 = 1,900k; forecast 250 + 400 + 0 + 150 + 200 + 150
        // = 1,150k; delivered 100 + 150 = 250k; shortfall 750k.
        assertThat(p.number(council, "Required (GBP)")).isEqualByComparingTo("1900000");
        assertThat(p.number(council, "Forecast (GBP)")).isEqualByComparingTo("1150000");
        assertThat(p.number(council, "Delivered (GBP)")).isEqualByComparingTo("250000");
        assertThat(p.number(council, "Shortfall (GBP)")).isEqualByComparingTo("750000");
        assertThat(List.of(
                        p.number(council, "Blue proposals"),
                        p.number(council, "Green proposals"),
                        p.number(council, "Amber proposals"),
                        p.number(council, "Red proposals")))
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(
                        java.math.BigDecimal.ONE,
                        java.math.BigDecimal.valueOf(2),
                        java.math.BigDecimal.valueOf(2),
                        java.math.BigDecimal.ONE);
        // By requirement: Blue CF-04 150k; Green CF-02 + ED-01 600k; Amber CF-01 + ED-02 850k; Red CF-03 300k.
        assertThat(p.number(council, "Blue by requirement (GBP)")).isEqualByComparingTo("150000");
        assertThat(p.number(council, "Green by requirement (GBP)")).isEqualByComparingTo("600000");
        assertThat(p.number(council, "Amber by requirement (GBP)")).isEqualByComparingTo("850000");
        assertThat(p.number(council, "Red by requirement (GBP)")).isEqualByComparingTo("300000");
        assertThat(p.text(p.row("Programme", "Education"), "Reason")).startsWith("savings of £350k forecast");
    }

    @Test
    void everySheetIsTypedFrozenFilteredAndFilled() throws IOException {
        byte[] xlsx = workbook();
        Map<String, String> parts = Workbooks.parts(xlsx);
        for (int k = 1; k <= XlsxFinance.SHEETS.size(); k++) {
            String sheet = parts.get("xl/worksheets/sheet" + k + ".xml");
            assertThat(sheet).as("sheet " + k).contains("state=\"frozen\"").contains("<autoFilter");
        }
        for (String name : XlsxFinance.SHEETS) {
            Table t = Workbooks.sheet(xlsx, name);
            for (Row row : t.rows().subList(1, t.rows().size())) {
                for (Cell c : row) {
                    if (c != null && c.getType() == CellType.STRING) {
                        assertThat(c.asString()).as(name + " " + c.getAddress()).doesNotMatch("-?[0-9][0-9.,]*");
                    }
                }
            }
        }
        String styles = parts.get("xl/styles.xml");
        for (Status st : List.of(Status.BLUE, Status.GREEN, Status.AMBER, Status.RED)) {
            assertThat(styles).contains(Xlsx.statusColours(st)[0]);
        }
    }

    @Test
    void sameBytesAndWrittenWhole(@TempDir Path dir) throws IOException {
        byte[] first = workbook();
        assertThat(workbook()).isEqualTo(first);
        Report.Resources r = Examples.stockport().resources().orElseThrow();
        Path file = dir.resolve("resources.xlsx");
        XlsxFinance.write(r.finance(), FinancePolicy.defaults(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void theReportWorkbookGainsTheResourcesSheets() throws IOException {
        byte[] xlsx = XlsxReport.render(Examples.stockport());
        Table t = Workbooks.sheet(xlsx, "Budgets");
        assertThat(t.number(t.row("Scope", "council"), "Variance (GBP)")).isEqualByComparingTo("1610000");
        assertThat(Workbooks.sheet(XlsxReport.render(Examples.nottingham()), "Scorecard")
                        .rows())
                .isNotEmpty();
        assertThat(Workbooks.parts(XlsxReport.render(Examples.nottingham())))
                .doesNotContainKey("xl/worksheets/sheet5.xml");
    }
}
