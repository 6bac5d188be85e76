package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
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
        FinanceReport r = Finance.report(dataset(), Q2, POLICY);
        assertThat(r.services()).hasSize(5);
        BudgetAssessment placements = r.services().get(0);
        // 1,400,000 - 1,000,000 = 400,000: 40.0% of £1.0m; at Q1 it was 100,000, so it grew by 300,000.
        assertThat(placements.reason()).isEqualTo("projected overspend of £400k (40.0% of the £1.0m budget): RED");
        assertThat(placements.movement()).contains(Money.of("300000"));
        assertThat(placements.previousVariance()).contains(Money.of("100000"));
        assertThat(placements.previousPeriod()).contains(Q1);
        assertThat(placements.movementReason()).contains("the projected overspend has grown by £300k since 2016/17 Q1");
        // Guardianship: -50,000 at Q1, +20,000 at Q2.
        assertThat(r.services().get(1).movementReason())
                .contains("the forecast has moved from an underspend of £50k at 2016/17 Q1 to an overspend of £20k");
        assertThat(r.services().get(2).movementReason())
                .contains("the forecast variance is unchanged since 2016/17 Q1 (no variance)");
        // Traded income: no Q1 line, so no movement; -280,000 against -300,000 is a 20,000 shortfall, 6.7%.
        BudgetAssessment traded = r.services().get(3);
        assertThat(traded.kind()).isEqualTo(LineKind.INCOME);
        assertThat(traded.movement()).isEmpty();
        assertThat(traded.reason())
                .isEqualTo("projected income shortfall of £20k (6.7% of the £300k income budget): RED");
        BudgetAssessment dsg = r.services().get(4);
        assertThat(dsg.cashLimit()).isFalse();
        assertThat(dsg.actual()).contains(Money.of("1200000"));
        assertThat(dsg.commentary()).contains("Grant-funded");
        assertThat(dsg.policyReference()).isEqualTo("outturn-finance-default@1");
    }

    @Test
    void test_report_rollsUpCashLimitLinesByPortfolioAndCouncil() {
        FinanceReport r = Finance.report(dataset(), Q2, POLICY);
        assertThat(r.portfolios()).extracting(BudgetAssessment::name).containsExactly(CF, ED);
        BudgetAssessment cf = r.portfolios().get(0);
        // Budgets 1,000,000 + 500,000 = 1,500,000; forecasts 1,400,000 + 520,000 = 1,920,000; +420,000 = 28.0%.
        assertThat(cf.budget()).isEqualTo(Money.of("1500000"));
        assertThat(cf.variance()).isEqualTo(Money.of("420000"));
        assertThat(cf.percentOfBudget()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("28.0"));
        assertThat(cf.scope()).isEqualTo(FinanceScope.PORTFOLIO);
        // Q1: 1,550,000 against 1,500,000: +50,000; now +420,000: grown by 370,000.
        assertThat(cf.movementReason()).contains("the projected overspend has grown by £370k since 2016/17 Q1");
        BudgetAssessment ed = r.portfolios().get(1);
        // 2,000,000 - 300,000 = 1,700,000 against 2,000,000 - 280,000 = 1,720,000: +20,000, 1.2%: AMBER.
        assertThat(ed.reason()).isEqualTo("projected overspend of £20k (1.2% of the £1.7m budget): AMBER");
        assertThat(ed.actual()).isEmpty();
        BudgetAssessment council = r.council().orElseThrow();
        // 3,200,000 against 3,640,000: +440,000, 13.75% shown 13.8%.
        assertThat(council.reason()).isEqualTo("projected overspend of £440k (13.8% of the £3.2m budget): RED");
        assertThat(council.variance()).isEqualTo(cf.variance().plus(ed.variance()));
        // Q1 council: 3,500,000 against 3,550,000: +50,000; the Q2 lines include traded income, absent at Q1.
        assertThat(council.movement()).contains(Money.of("390000"));
        BudgetAssessment outside = r.outsideCashLimit().orElseThrow();
        assertThat(outside.reason()).isEqualTo("projected overspend of £300k (6.0% of the £5.0m budget): RED");
        assertThat(outside.cashLimit()).isFalse();
        assertThat(outside.actual()).contains(Money.of("1200000"));
        assertThat(r.displayRounding()).startsWith("amounts of £1m or more");
    }

    @Test
    void test_report_savingsProgrammeWithDistributionAndMovement() {
        FinanceReport r = Finance.report(dataset(), Q2, POLICY);
        SavingsSummary total = r.savingsTotal().orElseThrow();
        // Required 400,000 + 100,000 + 200,000 = 700,000; forecast 250,000 + 100,000 + 0 = 350,000.
        assertThat(total.required()).isEqualTo(Money.of("700000"));
        assertThat(total.shortfall()).isEqualTo(Money.of("350000"));
        assertThat(total.delivered()).isEqualTo(Money.of("0"));
        assertThat(total.countByStatus())
                .containsEntry(SavingStatus.BLUE, 1)
                .containsEntry(SavingStatus.GREEN, 0)
                .containsEntry(SavingStatus.AMBER, 1)
                .containsEntry(SavingStatus.RED, 1);
        assertThat(total.valueByStatus()).containsEntry(SavingStatus.AMBER, Money.of("400000"));
        assertThat(total.reason())
                .isEqualTo("savings of £350k forecast against £700k required: a shortfall of £350k (50.0% of the"
                        + " requirement); by requirement £100k Blue, £0 Green, £400k Amber, £200k Red (proposals: 1"
                        + " Blue, 0 Green, 1 Amber, 1 Red)");
        // Q1 forecast 500,000 (CF only); now 350,000.
        assertThat(total.movement()).contains(Money.of("-150000"));
        assertThat(total.movementReason()).contains("the forecast has fallen by £150k since 2016/17 Q1");
        assertThat(r.savings()).extracting(SavingsSummary::name).containsExactly(CF, ED);
        assertThat(r.savings().get(1).movement()).isEmpty();
        SavingProgress cf1 = r.savingItems().get(0);
        assertThat(cf1.reason())
                .isEqualTo("£250k forecast against £400k required, a shortfall of £150k: AMBER (at risk), GREEN at"
                        + " 2016/17 Q1");
        assertThat(cf1.previousForecast()).contains(Money.of("400000"));
        assertThat(r.savingItems().get(1).reason())
                .isEqualTo("£100k forecast against £100k required, the requirement met in full: BLUE (delivered),"
                        + " GREEN at 2016/17 Q1");
    }

    @Test
    void test_report_forOnePortfolioHasNoCouncilTotal() {
        FinanceReport r = Finance.report(dataset(), Q1, CF, POLICY);
        assertThat(r.services()).extracting(BudgetAssessment::name).containsExactly("Placements", "Guardianship");
        assertThat(r.council()).isEmpty();
        assertThat(r.savingsTotal()).isEmpty();
        assertThat(r.outsideCashLimit()).isEmpty();
        assertThat(r.portfolio()).contains(CF);
        SavingsSummary cf = r.savings().get(0);
        assertThat(cf.reason()).startsWith("savings of £500k forecast against £500k required: the requirement met");
        assertThat(cf.movement()).isEmpty();
    }

    @Test
    void test_report_savingsAboveRequirementAndUnchangedForecast() {
        Dataset ds = Dataset.builder()
                .addSavings(
                        saving("X", CF, Q1, "100000", "120000", SavingStatus.GREEN),
                        saving("X", CF, Q2, "100000", "120000", SavingStatus.GREEN))
                .build();
        FinanceReport r = Finance.report(ds, Q2, POLICY);
        assertThat(r.savingsTotal().orElseThrow().reason())
                .startsWith("savings of £120k forecast against £100k required: £20k above the requirement;");
        assertThat(r.savingsTotal().orElseThrow().movementReason())
                .contains("the forecast is unchanged since 2016/17 Q1");
        assertThat(r.savingItems().get(0).reason())
                .isEqualTo("£120k forecast against £100k required, £20k above the requirement: GREEN (on track)");
        assertThat(r.services()).isEmpty();
        assertThat(r.council()).isEmpty();
    }

    @Test
    void test_latestPeriod_andEmptyDatasets() {
        assertThat(Finance.latestPeriod(dataset())).contains(Q2);
        assertThat(Finance.latestPeriod(Dataset.builder().build())).isEmpty();
        FinanceReport r = Finance.report(Dataset.builder().build(), Q1, POLICY);
        assertThat(r.services()).isEmpty();
        assertThat(r.savingsTotal()).isEmpty();
    }

    @Test
    void test_assess_movementBetweenUnderspendsAndUnchangedOverspend() {
        BudgetLine q1 = line(CF, "A", Q1, "1000000", "900000");
        BudgetLine q2 = line(CF, "A", Q2, "1000000", "950000");
        assertThat(Finance.assess(q2, q1, POLICY).movementReason())
                .contains("the projected underspend has fallen by £50k since 2016/17 Q1");
        BudgetLine over = line(CF, "A", Q2, "1000000", "1010000");
        assertThat(Finance.assess(over, line(CF, "A", Q1, "1000000", "1010000"), POLICY)
                        .movementReason())
                .contains("the forecast variance is unchanged since 2016/17 Q1 (an overspend of £10k)");
        assertThat(Finance.assess(over, POLICY).status()).isEqualTo(Status.AMBER);
        BudgetLine income = line(ED, "Fees", Q2, "-100000", "-100000");
        assertThat(Finance.assess(income, line(ED, "Fees", Q1, "-100000", "-90000"), POLICY)
                        .movementReason())
                .contains("the forecast has moved from an income shortfall of £10k at 2016/17 Q1 to no variance");
    }
}
