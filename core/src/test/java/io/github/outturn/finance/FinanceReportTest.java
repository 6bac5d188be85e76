package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Roll-ups, movement and the savings programme on a small two-quarter dataset. Every expected figure
 * was worked by hand from the amounts below; the comments show the sums.
 */
class FinanceReportTest {

    static final FinancialYear YEAR = FinancialYear.of(2016);
    static final FinancialQuarter Q1 = YEAR.quarter(1);
    static final FinancialQuarter Q2 = YEAR.quarter(2);
    static final FinancePolicy POLICY = FinancePolicy.defaults();

    static BudgetLine line(String portfolio, String service, ReportingPeriod period, String budget, String forecast) {
        return BudgetLine.builder()
                .portfolio(portfolio)
                .service(service)
                .year(YEAR)
                .period(period)
                .budget(Money.of(budget))
                .forecast(Money.of(forecast))
                .build();
    }

    static Saving saving(
            String ref, String portfolio, ReportingPeriod period, String required, String forecast, SavingStatus s) {
        return Saving.builder()
                .reference(ref)
                .title("Saving " + ref)
                .portfolio(portfolio)
                .year(YEAR)
                .period(period)
                .required(Money.of(required))
                .forecast(Money.of(forecast))
                .status(s)
                .build();
    }

    static final String CF = "Children and Families";
    static final String ED = "Education";

    static Dataset dataset() {
        return Dataset.builder()
                .addBudgetLines(
                        line(CF, "Placements", Q1, "1000000", "1100000"),
                        line(CF, "Guardianship", Q1, "500000", "450000"),
                        line(ED, "Transport", Q1, "2000000", "2000000"),
                        line(CF, "Placements", Q2, "1000000", "1400000"),
                        line(CF, "Guardianship", Q2, "500000", "520000"),
                        line(ED, "Transport", Q2, "2000000", "2000000"),
                        line(ED, "Traded income", Q2, "-300000", "-280000"),
                        BudgetLine.builder()
                                .from(line(ED, "High needs (DSG)", Q2, "5000000", "5300000"))
                                .cashLimit(false)
                                .actual(Money.of("1200000"))
                                .commentary("Grant-funded")
                                .build())
                .addSavings(
                        saving("CF-1", CF, Q1, "400000", "400000", SavingStatus.GREEN),
                        saving("CF-2", CF, Q1, "100000", "100000", SavingStatus.GREEN),
                        saving("CF-1", CF, Q2, "400000", "250000", SavingStatus.AMBER),
                        saving("CF-2", CF, Q2, "100000", "100000", SavingStatus.BLUE),
                        Saving.builder()
                                .from(saving("ED-1", ED, Q2, "200000", "0", SavingStatus.RED))
                                .delivered(Money.of("0"))
                                .build())
                .build();
    }

    @Test
    void test_report_judgesEachLineWithItsMovement() {
        FinanceReport r = Finance.report(dataset(), Q2, Optional.empty(), POLICY);
        assertThat(r.getServices()).hasSize(5);
        BudgetAssessment placements = r.getServices().get(0);
        // 1,400,000 - 1,000,000 = 400,000: 40.0% of £1.0m; at Q1 it was 100,000, so it grew by 300,000.
        assertThat(placements.getReason()).isEqualTo("projected overspend of £400k (40.0% of the £1.0m budget): RED");
        assertThat(placements.getMovement()).contains(Money.of("300000"));
        assertThat(placements.getPreviousVariance()).contains(Money.of("100000"));
        assertThat(placements.getPreviousPeriod()).contains(Q1);
        assertThat(placements.getMovementReason())
                .contains("the projected overspend has grown by £300k since 2016/17 Q1");
        // Guardianship: -50,000 at Q1, +20,000 at Q2.
        assertThat(r.getServices().get(1).getMovementReason())
                .contains("the forecast has moved from an underspend of £50k at 2016/17 Q1 to an overspend of £20k");
        assertThat(r.getServices().get(2).getMovementReason())
                .contains("the forecast variance is unchanged since 2016/17 Q1 (no variance)");
        // Traded income: no Q1 line, so no movement; -280,000 against -300,000 is a 20,000 shortfall, 6.7%.
        BudgetAssessment traded = r.getServices().get(3);
        assertThat(traded.getKind()).isEqualTo(LineKind.INCOME);
        assertThat(traded.getMovement()).isEmpty();
        assertThat(traded.getReason())
                .isEqualTo("projected income shortfall of £20k (6.7% of the £300k income budget): RED");
        BudgetAssessment dsg = r.getServices().get(4);
        assertThat(dsg.isCashLimit()).isFalse();
        assertThat(dsg.getActual()).contains(Money.of("1200000"));
        assertThat(dsg.getCommentary()).contains("Grant-funded");
        assertThat(dsg.getPolicyReference()).isEqualTo("outturn-finance-default@1");
    }

    @Test
    void test_report_rollsUpCashLimitLinesByPortfolioAndCouncil() {
        FinanceReport r = Finance.report(dataset(), Q2, Optional.empty(), POLICY);
        assertThat(r.getPortfolios()).extracting(BudgetAssessment::getName).containsExactly(CF, ED);
        BudgetAssessment cf = r.getPortfolios().get(0);
        // Budgets 1,000,000 + 500,000 = 1,500,000; forecasts 1,400,000 + 520,000 = 1,920,000; +420,000 = 28.0%.
        assertThat(cf.getBudget()).isEqualTo(Money.of("1500000"));
        assertThat(cf.getVariance()).isEqualTo(Money.of("420000"));
        assertThat(cf.getPercentOfBudget())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("28.0"));
        assertThat(cf.getScope()).isEqualTo(FinanceScope.PORTFOLIO);
        // Q1: 1,550,000 against 1,500,000: +50,000; now +420,000: grown by 370,000.
        assertThat(cf.getMovementReason()).contains("the projected overspend has grown by £370k since 2016/17 Q1");
        BudgetAssessment ed = r.getPortfolios().get(1);
        // 2,000,000 - 300,000 = 1,700,000 against 2,000,000 - 280,000 = 1,720,000: +20,000, 1.2%: AMBER.
        assertThat(ed.getReason()).isEqualTo("projected overspend of £20k (1.2% of the £1.7m budget): AMBER");
        assertThat(ed.getActual()).isEmpty();
        BudgetAssessment council = r.getCouncil().orElseThrow();
        // 3,200,000 against 3,640,000: +440,000, 13.75% shown 13.8%.
        assertThat(council.getReason()).isEqualTo("projected overspend of £440k (13.8% of the £3.2m budget): RED");
        assertThat(council.getVariance()).isEqualTo(cf.getVariance().plus(ed.getVariance()));
        // Q1 council: 3,500,000 against 3,550,000: +50,000; the Q2 lines include traded income, absent at Q1.
        assertThat(council.getMovement()).contains(Money.of("390000"));
        BudgetAssessment outside = r.getOutsideCashLimit().orElseThrow();
        assertThat(outside.getReason()).isEqualTo("projected overspend of £300k (6.0% of the £5.0m budget): RED");
        assertThat(outside.isCashLimit()).isFalse();
        assertThat(outside.getActual()).contains(Money.of("1200000"));
        assertThat(r.getDisplayRounding()).startsWith("amounts of £1m or more");
    }

    @Test
    void test_report_savingsProgrammeWithDistributionAndMovement() {
        FinanceReport r = Finance.report(dataset(), Q2, Optional.empty(), POLICY);
        SavingsSummary total = r.getSavingsTotal().orElseThrow();
        // Required 400,000 + 100,000 + 200,000 = 700,000; forecast 250,000 + 100,000 + 0 = 350,000.
        assertThat(total.getRequired()).isEqualTo(Money.of("700000"));
        assertThat(total.getShortfall()).isEqualTo(Money.of("350000"));
        assertThat(total.getDelivered()).isEqualTo(Money.of("0"));
        assertThat(total.getCountByStatus())
                .containsEntry(SavingStatus.BLUE, 1)
                .containsEntry(SavingStatus.GREEN, 0)
                .containsEntry(SavingStatus.AMBER, 1)
                .containsEntry(SavingStatus.RED, 1);
        assertThat(total.getValueByStatus()).containsEntry(SavingStatus.AMBER, Money.of("400000"));
        assertThat(total.getReason())
                .isEqualTo("savings of £350k forecast against £700k required: a shortfall of £350k (50.0% of the"
                        + " requirement); by requirement £100k Blue, £0 Green, £400k Amber, £200k Red (proposals: 1"
                        + " Blue, 0 Green, 1 Amber, 1 Red)");
        // Q1 forecast 500,000 (CF only); now 350,000.
        assertThat(total.getMovement()).contains(Money.of("-150000"));
        assertThat(total.getMovementReason()).contains("the forecast has fallen by £150k since 2016/17 Q1");
        assertThat(r.getSavings()).extracting(SavingsSummary::getName).containsExactly(CF, ED);
        assertThat(r.getSavings().get(1).getMovement()).isEmpty();
        SavingProgress cf1 = r.getSavingItems().get(0);
        assertThat(cf1.getReason())
                .isEqualTo("£250k forecast against £400k required, a shortfall of £150k: AMBER (at risk), GREEN at"
                        + " 2016/17 Q1");
        assertThat(cf1.getPreviousForecast()).contains(Money.of("400000"));
        assertThat(r.getSavingItems().get(1).getReason())
                .isEqualTo("£100k forecast against £100k required, the requirement met in full: BLUE (delivered),"
                        + " GREEN at 2016/17 Q1");
    }

    @Test
    void test_report_forOnePortfolioHasNoCouncilTotal() {
        FinanceReport r = Finance.report(dataset(), Q1, Optional.of(CF), POLICY);
        assertThat(r.getServices()).extracting(BudgetAssessment::getName).containsExactly("Placements", "Guardianship");
        assertThat(r.getCouncil()).isEmpty();
        assertThat(r.getSavingsTotal()).isEmpty();
        assertThat(r.getOutsideCashLimit()).isEmpty();
        assertThat(r.getPortfolio()).contains(CF);
        SavingsSummary cf = r.getSavings().get(0);
        assertThat(cf.getReason()).startsWith("savings of £500k forecast against £500k required: the requirement met");
        assertThat(cf.getMovement()).isEmpty();
    }

    @Test
    void test_report_savingsAboveRequirementAndUnchangedForecast() {
        Dataset ds = Dataset.builder()
                .addSavings(
                        saving("X", CF, Q1, "100000", "120000", SavingStatus.GREEN),
                        saving("X", CF, Q2, "100000", "120000", SavingStatus.GREEN))
                .build();
        FinanceReport r = Finance.report(ds, Q2, Optional.empty(), POLICY);
        assertThat(r.getSavingsTotal().orElseThrow().getReason())
                .startsWith("savings of £120k forecast against £100k required: £20k above the requirement;");
        assertThat(r.getSavingsTotal().orElseThrow().getMovementReason())
                .contains("the forecast is unchanged since 2016/17 Q1");
        assertThat(r.getSavingItems().get(0).getReason())
                .isEqualTo("£120k forecast against £100k required, £20k above the requirement: GREEN (on track)");
        assertThat(r.getServices()).isEmpty();
        assertThat(r.getCouncil()).isEmpty();
    }

    @Test
    void test_latestPeriod_andEmptyDatasets() {
        assertThat(Finance.latestPeriod(dataset())).contains(Q2);
        assertThat(Finance.latestPeriod(Dataset.builder().build())).isEmpty();
        FinanceReport r = Finance.report(Dataset.builder().build(), Q1, Optional.empty(), POLICY);
        assertThat(r.getServices()).isEmpty();
        assertThat(r.getSavingsTotal()).isEmpty();
    }

    @Test
    void test_assess_movementBetweenUnderspendsAndUnchangedOverspend() {
        BudgetLine q1 = line(CF, "A", Q1, "1000000", "900000");
        BudgetLine q2 = line(CF, "A", Q2, "1000000", "950000");
        assertThat(Finance.assess(q2, Optional.of(q1), POLICY).getMovementReason())
                .contains("the projected underspend has fallen by £50k since 2016/17 Q1");
        BudgetLine over = line(CF, "A", Q2, "1000000", "1010000");
        assertThat(Finance.assess(over, Optional.of(line(CF, "A", Q1, "1000000", "1010000")), POLICY)
                        .getMovementReason())
                .contains("the forecast variance is unchanged since 2016/17 Q1 (an overspend of £10k)");
        assertThat(Finance.assess(over, POLICY).getStatus()).isEqualTo(Status.AMBER);
        BudgetLine income = line(ED, "Fees", Q2, "-100000", "-100000");
        assertThat(Finance.assess(income, Optional.of(line(ED, "Fees", Q1, "-100000", "-90000")), POLICY)
                        .getMovementReason())
                .contains("the forecast has moved from an income shortfall of £10k at 2016/17 Q1 to no variance");
    }
}
