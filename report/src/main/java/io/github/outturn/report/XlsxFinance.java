package io.github.outturn.report;

import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.report.impl.FinanceSheets;
import io.github.outturn.report.impl.Xlsx;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the resources position ({@code Finance.report}) as an Excel workbook: sheets Budgets,
 * Savings and Savings programme, the amounts exact numeric cells, each status its word on its fill,
 * frozen headers with filters, columns as wide as their contents, and the same bytes for the same
 * report. The workbook decides nothing: every cell is a figure of the report.
 *
 * <pre>{@code
 * FinanceReport r = Finance.report(dataset, FinancialQuarter.of(2016, 1), policy);
 * XlsxFinance.write(r, policy, Path.of("resources.xlsx"));   // whole or not at all
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class XlsxFinance {

    private XlsxFinance() {}

    /** The sheets, in order. */
    public static final List<String> SHEETS = FinanceSheets.SHEETS;

    /**
     * The report as the bytes of an xlsx file.
     *
     * @param report the finance report
     * @param policy the policy it was made under
     * @return the workbook
     */
    public static byte[] render(FinanceReport report, FinancePolicy policy) {
        return Xlsx.render("Resources at " + report.period(), wb -> FinanceSheets.write(wb, report, policy));
    }

    /**
     * Writes the report as an xlsx file, whole or not at all.
     *
     * @param report the finance report
     * @param policy the policy it was made under
     * @param target the file
     * @throws IOException if it cannot be written; whatever was at the path is then untouched
     */
    public static void write(FinanceReport report, FinancePolicy policy, Path target) throws IOException {
        byte[] bytes = render(report, policy);
        AtomicOutput.writeFile(target, out -> out.write(bytes));
    }
}
