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
        for (BudgetAssessment a : r.getAllBudgets()) {
            s.next();
            s.text(Codes.of(a.getScope()));
            s.text(a.getPortfolio().orElse(""));
            s.text(a.getName());
            s.text(a.getPeriod().toString());
            s.text(Codes.of(a.getKind()));
            s.flag(a.isCashLimit());
            s.money(Optional.of(a.getBudget()));
            s.money(Optional.of(a.getForecast()));
            s.money(a.getActual());
            s.money(Optional.of(a.getVariance()));
            s.number(a.getPercentOfBudget(), policy.getPercentDecimals(), true);
            s.status(Optional.of(a.getStatus()));
            s.flag(a.isSignificantUnderspend());
            s.money(a.getMovement());
            s.text(a.getReason());
            s.text(a.getMovementReason().orElse(""));
            s.text(a.getCommentary().orElse(""));
            s.text(a.getPolicyReference());
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
        for (SavingProgress p : r.getSavingItems()) {
            Saving x = p.getSaving();
            s.next();
            s.text(x.getReference());
            s.text(x.getTitle());
            s.text(x.getPortfolio());
            s.text(x.getPeriod().toString());
            s.money(Optional.of(x.getRequired()));
            s.money(Optional.of(x.getForecast()));
            s.money(x.getDelivered());
            s.money(Optional.of(p.getShortfall()));
            s.status(Optional.of(View.status(x.getStatus())));
            s.text(x.getRisk().map(Codes::of).orElse(""));
            s.status(p.getPreviousStatus().map(View::status));
            s.text(p.getReason());
            s.text(x.getCommentary().orElse(""));
            s.text(p.getPolicyReference());
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
        for (SavingsSummary x : r.getAllSavings()) {
            s.next();
            s.text(Codes.of(x.getScope()));
            s.text(x.getName());
            s.text(x.getPeriod().toString());
            s.money(Optional.of(x.getRequired()));
            s.money(Optional.of(x.getForecast()));
            s.money(Optional.of(x.getDelivered()));
            s.money(Optional.of(x.getShortfall()));
            for (SavingStatus st : SavingStatus.values()) {
                s.count(Optional.of(x.getCountByStatus().get(st)));
            }
            for (SavingStatus st : SavingStatus.values()) {
                s.money(Optional.of(x.getValueByStatus().get(st)));
            }
            s.text(x.getReason());
            s.text(x.getMovementReason().orElse(""));
            s.text(x.getPolicyReference());
        }
        s.finish();
    }

    /** The report's currency: every amount of a valid dataset is in one. */
    private static String currency(FinanceReport r) {
        return r.getServices().stream()
                .map(a -> a.getBudget().currency().getCurrencyCode())
                .findFirst()
                .or(() -> r.getSavingItems().stream()
                        .map(p -> p.getSaving().getRequired().currency().getCurrencyCode())
                        .findFirst())
                .orElse("GBP");
    }
}
