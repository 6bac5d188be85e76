package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.outturn.model.Dataset;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the finance rules over generated budgets, with fixed seeds so a failure replays. */
class FinancePropertiesTest {

    private static final FinancialYear YEAR = FinancialYear.of(2016);

    /** 1 to 30 lines over 1 to 4 portfolios, spending and income, in and outside the cash limit. */
    static Dataset randomLines(long seed) {
        Random r = new Random(seed);
        io.github.outturn.model.Dataset.Builder b = Dataset.builder();
        int n = 1 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            long budget = (r.nextInt(5) == 0 ? -1 : 1) * (long) r.nextInt(50_000_000) * (r.nextBoolean() ? 1 : 100);
            long forecast = budget + (long) (r.nextGaussian() * 500_000 * 100);
            b.addBudgetLines(BudgetLine.builder()
                    .portfolio("P" + r.nextInt(4))
                    .service("S" + i)
                    .year(YEAR)
                    .period(YEAR.quarter(2))
                    .budget(Money.ofMinor(Money.GBP, budget))
                    .forecast(Money.ofMinor(Money.GBP, forecast))
                    .cashLimit(r.nextInt(6) != 0)
                    .build());
        }
        return b.build();
    }

    @Test
    void test_rollUps_addUpExactly() {
        qt().withFixedSeed(20261202L).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Dataset ds = randomLines(seed);
            FinanceReport r = Finance.report(ds, YEAR.quarter(2), Optional.empty(), FinancePolicy.defaults());
            List<BudgetAssessment> cash =
                    r.services().stream().filter(BudgetAssessment::cashLimit).toList();
            Money budgets = Money.total(
                    Money.GBP, cash.stream().map(BudgetAssessment::budget).toList());
            Money variances = Money.total(
                    Money.GBP, cash.stream().map(BudgetAssessment::variance).toList());
            Money portfolioVariances = Money.total(
                    Money.GBP,
                    r.portfolios().stream().map(BudgetAssessment::variance).toList());
            if (cash.isEmpty()) {
                assertThat(r.council()).isEmpty();
            } else {
                BudgetAssessment council = r.council().orElseThrow();
                assertThat(council.budget()).isEqualTo(budgets);
                assertThat(council.variance()).isEqualTo(variances).isEqualTo(portfolioVariances);
                assertThat(council.forecast().minus(council.budget())).isEqualTo(council.variance());
            }
            for (BudgetAssessment p : r.portfolios()) {
                Money sum = Money.total(
                        Money.GBP,
                        cash.stream()
                                .filter(s -> s.portfolio().equals(p.portfolio()))
                                .map(BudgetAssessment::forecast)
                                .toList());
                assertThat(p.forecast()).isEqualTo(sum);
            }
            long outside = r.services().size() - cash.size();
            assertThat(r.outsideCashLimit().isPresent()).isEqualTo(outside > 0);
        });
    }

    @Test
    void test_displayRounding_neverChangesAStatus() {
        MoneyUnit[] units = MoneyUnit.values();
        RoundingMode[] modes = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP};
        qt().withFixedSeed(20261203L)
                .withExamples(1000)
                .forAll(
                        longs().between(-10_000_000_000L, 10_000_000_000L),
                        longs().between(-100_000_000L, 100_000_000L),
                        integers().between(0, 1000),
                        integers().between(0, 6))
                .checkAssert((budgetPence, variancePence, choice, places) -> {
                    BudgetLine line = BudgetLine.builder()
                            .portfolio("P")
                            .service("S")
                            .year(YEAR)
                            .period(YEAR)
                            .budget(Money.ofMinor(Money.GBP, budgetPence))
                            .forecast(Money.ofMinor(Money.GBP, budgetPence + variancePence))
                            .build();
                    FinancePolicy shown = FinancePolicy.builder()
                            .from(FinancePolicy.defaults())
                            .displayUnit(units[choice % units.length])
                            .displayDecimals(places)
                            .percentDecimals(6 - places)
                            .rounding(modes[choice % modes.length])
                            .build();
                    BudgetAssessment plain = Finance.assess(line, FinancePolicy.defaults());
                    BudgetAssessment other = Finance.assess(line, shown);
                    assertThat(other.status()).isEqualTo(plain.status());
                    assertThat(other.significantUnderspend()).isEqualTo(plain.significantUnderspend());
                    assertThat(other.reason()).endsWith(": " + plain.status().name());
                    // The status follows the exact figures: hand-stated default rule.
                    BigDecimal v = BigDecimal.valueOf(variancePence, 2);
                    BigDecimal size = BigDecimal.valueOf(Math.abs(budgetPence), 2);
                    boolean red = v.compareTo(new BigDecimal("250000")) > 0
                            || (size.signum() != 0
                                    && v.multiply(BigDecimal.valueOf(100))
                                                    .compareTo(size.multiply(BigDecimal.valueOf(2)))
                                            > 0);
                    boolean green = v.signum() <= 0
                            || (size.signum() != 0
                                    && v.multiply(BigDecimal.valueOf(100)).compareTo(size) < 0);
                    assertThat(plain.status().name()).isEqualTo(red ? "RED" : green ? "GREEN" : "AMBER");
                });
    }
}
