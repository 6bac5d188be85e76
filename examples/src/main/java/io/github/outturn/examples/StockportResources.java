package io.github.outturn.examples;

import io.github.outturn.finance.BudgetAssessment;
import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.Finance;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.FinanceReport;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.RiskRating;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingProgress;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.finance.SavingsSummary;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    static final FinancialYear YEAR = FinancialYear.of(2016);
    static final FinancialQuarter Q1 = YEAR.quarter(1);
    static final String CF = "Children and Families";
    static final String ED = "Education";

    /**
     * The illustrative dataset: budget lines and savings at 2016/17 Q1, every figure invented.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return Dataset.builder()
                .addBudgetLines(
                        line(
                                CF,
                                "External placements (children looked after)",
                                "8500000",
                                "9700000",
                                true,
                                "Illustrative: more children placed with external providers than budgeted for"),
                        line(
                                CF,
                                "Special guardianship orders",
                                "1800000",
                                "2150000",
                                true,
                                "Illustrative: more special guardianship allowances than budgeted for"),
                        line(
                                CF,
                                "Section 17 payments (edge of care)",
                                "250000",
                                "395000",
                                true,
                                "Illustrative: support for families on the edge of care"),
                        line(CF, "Fostering (in-house)", "4200000", "4150000", true, null),
                        line(CF, "Social work teams", "9300000", "9260000", true, null),
                        line(CF, "Early help and family support", "3100000", "3100000", true, null),
                        line(CF, "Early years income", "-600000", "-590000", true, null),
                        line(ED, "Home to school transport (SEN)", "3400000", "3460000", true, null),
                        line(ED, "School improvement", "1200000", "1150000", true, null),
                        line(ED, "Educational psychology", "900000", "905000", true, null),
                        line(ED, "Traded services income", "-1500000", "-1520000", true, null),
                        line(
                                ED,
                                "High needs block (Dedicated Schools Grant)",
                                "22000000",
                                "22600000",
                                false,
                                "Illustrative: grant-funded, outside the council's cash limit"))
                .addSavings(
                        saving(
                                "CF-01",
                                CF,
                                "Fewer external placements through the edge-of-care service",
                                "600000",
                                "250000",
                                null,
                                SavingStatus.AMBER,
                                RiskRating.HIGH),
                        saving(
                                "CF-02",
                                CF,
                                "Recommission family support contracts",
                                "400000",
                                "400000",
                                "100000",
                                SavingStatus.GREEN,
                                RiskRating.LOW),
                        saving(
                                "CF-03",
                                CF,
                                "Less reliance on agency social workers",
                                "300000",
                                "0",
                                null,
                                SavingStatus.RED,
                                RiskRating.HIGH),
                        saving(
                                "CF-04",
                                CF,
                                "Review of short breaks",
                                "150000",
                                "150000",
                                "150000",
                                SavingStatus.BLUE,
                                RiskRating.LOW),
                        saving(
                                "ED-01",
                                ED,
                                "Traded services at full cost recovery",
                                "200000",
                                "200000",
                                null,
                                SavingStatus.GREEN,
                                RiskRating.MEDIUM),
                        saving(
                                "ED-02",
                                ED,
                                "Independent travel training",
                                "250000",
                                "150000",
                                null,
                                SavingStatus.AMBER,
                                RiskRating.MEDIUM))
                .build();
    }

    private static BudgetLine line(
            String portfolio, String service, String budget, String forecast, boolean cashLimit, String note) {
        return BudgetLine.builder()
                .portfolio(portfolio)
                .service(service)
                .year(YEAR)
                .period(Q1)
                .budget(Money.of(budget))
                .forecast(Money.of(forecast))
                .cashLimit(cashLimit)
                .commentary(Optional.ofNullable(note))
                .build();
    }

    private static Saving saving(
            String ref,
            String portfolio,
            String title,
            String required,
            String forecast,
            String delivered,
            SavingStatus status,
            RiskRating risk) {
        return Saving.builder()
                .reference(ref)
                .title(title)
                .portfolio(portfolio)
                .year(YEAR)
                .period(Q1)
                .required(Money.of(required))
                .forecast(Money.of(forecast))
                .delivered(Optional.ofNullable(delivered).map(Money::of))
                .status(status)
                .risk(risk)
                .build();
    }

    /**
     * The report's lines: each budget line, portfolio and the council with its reason, then the
     * savings programme.
     *
     * @return the lines
     */
    public static List<String> report() {
        FinanceReport r = Finance.report(dataset(), Q1, Optional.empty(), FinancePolicy.defaults());
        List<String> lines = new ArrayList<>();
        lines.add("Illustrative figures. Resources at " + r.period() + ", policy " + r.policyReference());
        List<BudgetAssessment> all = new ArrayList<>(r.services());
        all.addAll(r.portfolios());
        r.council().ifPresent(all::add);
        r.outsideCashLimit().ifPresent(all::add);
        for (BudgetAssessment a : all) {
            lines.add(a.name() + ": " + a.reason());
        }
        for (SavingProgress p : r.savingItems()) {
            lines.add(p.saving().reference() + ": " + p.reason());
        }
        List<SavingsSummary> savings = new ArrayList<>(r.savings());
        r.savingsTotal().ifPresent(savings::add);
        for (SavingsSummary s : savings) {
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
