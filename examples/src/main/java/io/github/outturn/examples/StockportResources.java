package io.github.outturn.examples;

import io.github.outturn.finance.BudgetAssessment;
import io.github.outturn.finance.Finance;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.finance.SavingProgress;
import io.github.outturn.finance.SavingsSummary;
import io.github.outturn.model.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * A Stockport-style Portfolio Performance and Resources Report for the first quarter of 2016/17, for
 * the Children and Families and the Education portfolios: the budget position and the savings
 * programme. <b>Illustrative:</b> the minutes name the pressures ("projected large overspends on
 * external placements of Looked After Children, Special Guardianships and Section 17 payments for
 * those on the edge of care") but print no figures, so every amount here is invented.
 *
 * <pre>{@code
 * StockportResources.report().forEach(System.out::println);
 * }</pre>
 */
public final class StockportResources {

    private StockportResources() {}

    /** The bundled file the dataset is read from, in {@code examples/data}. */
    public static final String FILE = "stockport-resources-2016.json";

    /**
     * The illustrative dataset, {@code examples/data/stockport-resources-2016.json}: budget lines and
     * savings at 2016/17 Q1, every figure invented.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return Bundled.dataset(FILE);
    }

    /**
     * The report's lines: each budget line, portfolio and the council with its reason, then the
     * savings programme.
     *
     * @return the lines
     */
    public static List<String> report() {
        Dataset ds = dataset();
        FinanceReport r = Finance.report(ds, Finance.latestPeriod(ds).orElseThrow(), FinancePolicy.defaults());
        List<String> lines = new ArrayList<>();
        lines.add("Illustrative figures. Resources at " + r.period() + ", policy " + r.policyReference());
        for (BudgetAssessment a : r.allBudgets()) {
            lines.add(a.name() + ": " + a.reason());
        }
        for (SavingProgress p : r.savingItems()) {
            lines.add(p.saving().reference() + ": " + p.reason());
        }
        for (SavingsSummary s : r.allSavings()) {
            lines.add(s.name() + " savings: " + s.reason());
        }
        return lines;
    }

    /**
     * Prints the report.
     *
     * @param args none
     */
    public static void main(String[] args) {
        report().forEach(System.out::println);
    }
}
