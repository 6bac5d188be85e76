package io.github.outturn.report.impl;

import io.github.outturn.finance.BudgetAssessment;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingProgress;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.finance.SavingsSummary;
import io.github.outturn.model.Codes;
import io.github.outturn.report.impl.Xlsx.Sheet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;

/**
 * The resources sheets of a workbook: Budgets (each service, portfolio, the council and what lies
 * outside the cash limit), Savings (each proposal) and Savings programme (each portfolio and the
 * council, by status by count and by value). Amounts are exact numeric cells; statuses their words on
 * their fills. Every cell is a figure of the library's {@link FinanceReport}.
 *
 * <pre>{@code
 * byte[] xlsx = Xlsx.render("Resources", wb -> FinanceSheets.write(wb, report, policy));
 * }</pre>
 */
public final class FinanceSheets {

    private FinanceSheets() {}

    /** The sheets, in order. */
    public static final List<String> SHEETS = List.of("Budgets", "Savings", "Savings programme");

    /**
     * Adds the resources sheets to a workbook.
     *
     * @param wb the workbook
     * @param r the finance report
     * @param policy the policy it was made under (percentages are shown to its decimal places)
     * @throws IOException if they cannot be written
     */
    public static void write(Workbook wb, FinanceReport r, FinancePolicy policy) throws IOException {
        budgets(new Sheet(wb.newWorksheet(SHEETS.get(0))), r, policy);
        savings(new Sheet(wb.newWorksheet(SHEETS.get(1))), r);
        programme(new Sheet(wb.newWorksheet(SHEETS.get(2))), r);
    }

    private static void budgets(Sheet s, FinanceReport r, FinancePolicy policy) throws IOException {
        String currency = " (" + currency(r) + ")";
        s.header(
                "Scope",
                "Portfolio",
                "Budget line",
                "Period",
                "Kind",
                "Within the cash limit",
                "Budget" + currency,
                "Forecast" + currency,
                "Actual to date" + currency,
                "Variance" + currency,
                "% of budget",
                "Status",
                "Significant underspend",
                "Movement" + currency,
                "Reason",
                "Movement since",
                "Commentary",
                "Policy");
        for (BudgetAssessment a : r.allBudgets()) {
            s.next();
            s.text(Codes.of(a.scope()));
            s.text(a.portfolio().orElse(""));
            s.text(a.name());
            s.text(a.period().toString());
            s.text(Codes.of(a.kind()));
            s.flag(a.cashLimit());
            s.money(Optional.of(a.budget()));
            s.money(Optional.of(a.forecast()));
            s.money(a.actual());
            s.money(Optional.of(a.variance()));
            s.number(a.percentOfBudget(), policy.percentDecimals(), true);
            s.status(Optional.of(a.status()));
            s.flag(a.significantUnderspend());
            s.money(a.movement());
            s.text(a.reason());
            s.text(a.movementReason().orElse(""));
            s.text(a.commentary().orElse(""));
            s.text(a.policyReference());
        }
        s.finish();
    }

    private static void savings(Sheet s, FinanceReport r) throws IOException {
        String currency = " (" + currency(r) + ")";
        s.header(
                "Reference",
                "Saving",
                "Portfolio",
                "Period",
                "Required" + currency,
                "Forecast" + currency,
                "Delivered" + currency,
                "Shortfall" + currency,
                "Status",
                "Risk",
                "Previous status",
                "Reason",
                "Commentary",
                "Policy");
        for (SavingProgress p : r.savingItems()) {
            Saving x = p.saving();
            s.next();
            s.text(x.reference());
            s.text(x.title());
            s.text(x.portfolio());
            s.text(x.period().toString());
            s.money(Optional.of(x.required()));
            s.money(Optional.of(x.forecast()));
            s.money(x.delivered());
            s.money(Optional.of(p.shortfall()));
            s.status(Optional.of(View.status(x.status())));
            s.text(x.risk().map(Codes::of).orElse(""));
            s.status(p.previousStatus().map(View::status));
            s.text(p.reason());
            s.text(x.commentary().orElse(""));
            s.text(p.policyReference());
        }
        s.finish();
    }

    private static void programme(Sheet s, FinanceReport r) throws IOException {
        String currency = " (" + currency(r) + ")";
        List<String> head = new ArrayList<>(List.of(
                "Scope",
                "Programme",
                "Period",
                "Required" + currency,
                "Forecast" + currency,
                "Delivered" + currency,
                "Shortfall" + currency));
        for (SavingStatus st : SavingStatus.values()) {
            head.add(View.statusWord(View.status(st)) + " proposals");
        }
        for (SavingStatus st : SavingStatus.values()) {
            head.add(View.statusWord(View.status(st)) + " by requirement" + currency);
        }
        head.addAll(List.of("Reason", "Movement since", "Policy"));
        s.header(head.toArray(String[]::new));
        for (SavingsSummary x : r.allSavings()) {
            s.next();
            s.text(Codes.of(x.scope()));
            s.text(x.name());
            s.text(x.period().toString());
            s.money(Optional.of(x.required()));
            s.money(Optional.of(x.forecast()));
            s.money(Optional.of(x.delivered()));
            s.money(Optional.of(x.shortfall()));
            for (SavingStatus st : SavingStatus.values()) {
                s.count(Optional.of(x.countByStatus().get(st)));
            }
            for (SavingStatus st : SavingStatus.values()) {
                s.money(Optional.of(x.valueByStatus().get(st)));
            }
            s.text(x.reason());
            s.text(x.movementReason().orElse(""));
            s.text(x.policyReference());
        }
        s.finish();
    }

    /** The report's currency: every amount of a valid dataset is in one. */
    private static String currency(FinanceReport r) {
        return r.services().stream()
                .map(a -> a.budget().currency().getCurrencyCode())
                .findFirst()
                .or(() -> r.savingItems().stream()
                        .map(p -> p.saving().required().currency().getCurrencyCode())
                        .findFirst())
                .orElse("GBP");
    }
}
