package io.github.outturn.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.LineKind;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.Saving;
import io.github.outturn.finance.SavingStatus;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FinanceValidationTest {

    private static final DatasetValidator VALIDATOR = DatasetValidator.create();
    private static final FinancialYear YEAR = FinancialYear.of(2016);

    private static BudgetLine.Builder line(String service) {
        BudgetLine.Builder b = BudgetLine.builder();
        b.portfolio("Children and Families")
                .service(service)
                .year(YEAR)
                .period(YEAR.quarter(1))
                .budget(Money.of("1000"))
                .forecast(Money.of("1100"));
        return b;
    }

    private static Saving.Builder saving(String ref) {
        Saving.Builder b = Saving.builder();
        b.reference(ref)
                .title("A saving")
                .portfolio("Education")
                .year(YEAR)
                .period(YEAR.quarter(1))
                .required(Money.of("500"))
                .forecast(Money.of("400"))
                .status(SavingStatus.AMBER);
        return b;
    }

    @Test
    void test_validate_validFinanceDataHasNoViolations() {
        Dataset ds = Dataset.builder()
                .addBudgetLines(line("A").build(), line("B").period(YEAR).build())
                .addBudgetLines(line("Fees")
                        .budget(Money.of("-500"))
                        .forecast(Money.of("-450"))
                        .build())
                .addSavings(saving("S1").delivered(Money.of("100")).build())
                .build();
        assertThat(VALIDATOR.validate(ds).toString()).isEqualTo("valid");
    }

    @Test
    void test_validate_reportsEveryFinanceProblemLocated() {
        Money euros = Money.of(Currency.getInstance("EUR"), BigDecimal.TEN);
        Dataset ds = Dataset.builder()
                .addBudgetLines(
                        line("A").build(),
                        line("A").forecast(euros).build(),
                        line("B").period(FinancialQuarter.of(2017, 1)).build(),
                        line("C").period(AcademicYear.of(2016)).build(),
                        line("D").kind(LineKind.INCOME).build(),
                        line("E").budget(Money.of("-5")).kind(LineKind.SPENDING).build(),
                        line(" ")
                                .year(FinancialYear.of(2250))
                                .period(FinancialYear.of(2250))
                                .build())
                .addSavings(
                        saving("S1").forecast(Money.of("600")).build(),
                        saving("S1").delivered(Money.of("450")).build(),
                        saving("S2")
                                .required(Money.of("-1"))
                                .forecast(Money.of("-1"))
                                .build())
                .build();
        assertThat(VALIDATOR.validate(ds).toString())
                .isEqualTo(String.join(
                        "\n",
                        "budgetLines[1] \"line Children and Families / A at 2016/17 Q1\": duplicates budgetLines[0]:"
                                + " a service has one budget line per period",
                        "budgetLines[1].forecast \"EUR 10.00\": in EUR where budgetLines[0].budget is in GBP: every"
                                + " amount of a dataset is in one currency",
                        "budgetLines[2].period \"2017/18 Q1\": outside the year the figures are for, 2016/17",
                        "budgetLines[3].period \"AY 2016/17\": a forecast is made at a financial year, half year,"
                                + " quarter or month, not an academic year",
                        "budgetLines[4].budget \"GBP 1000.00\": an income line's budget is 0 or below: income is"
                                + " negative",
                        "budgetLines[5].budget \"GBP -5.00\": a spending line's budget is 0 or above: a negative"
                                + " budget is income (kind income)",
                        "budgetLines[6].period \"2250/51\": outside the years Outturn accepts: dates and periods from"
                                + " 1900-01-01 to 2199-12-31",
                        "budgetLines[6].service \" \": must not be blank",
                        "savings[0].forecast \"GBP 600.00\": forecast above the requirement GBP 500.00: the finance"
                                + " policy outturn-finance-default@1 does not allow a saving to be forecast above it",
                        "savings[1] \"saving S1 at 2016/17 Q1\": duplicates savings[0]: a saving has one record per"
                                + " period",
                        "savings[1].delivered \"GBP 450.00\": delivered so far is above the forecast for the year"
                                + " GBP 400.00",
                        "savings[2].forecast \"GBP -1.00\": a saving is 0 or more: give the reduction in spending as a"
                                + " positive amount",
                        "savings[2].required \"GBP -1.00\": a saving is 0 or more: give the reduction in spending as a"
                                + " positive amount"));
    }

    @Test
    void test_withFinancePolicy_allowsSavingsAboveRequirement() {
        Dataset ds = Dataset.builder()
                .addSavings(saving("S1").forecast(Money.of("600")).build())
                .build();
        FinancePolicy lenient = FinancePolicy.builder()
                .from(FinancePolicy.defaults())
                .id("lenient")
                .savingsAboveRequirementAllowed(true)
                .build();
        assertThat(VALIDATOR.validate(ds).isValid()).isFalse();
        assertThat(VALIDATOR.withFinancePolicy(lenient).validate(ds).isValid()).isTrue();
    }
}
