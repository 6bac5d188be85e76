package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FinancePolicyTest {

    private static final FinancePolicy DEFAULTS = FinancePolicy.defaults();

    @Test
    void test_defaults_areTheDocumentedOnes() {
        assertThat(DEFAULTS.reference()).isEqualTo("outturn-finance-default@1");
        assertThat(DEFAULTS.greenPercent()).isEqualByComparingTo("1");
        assertThat(DEFAULTS.greenAmount()).isEmpty();
        assertThat(DEFAULTS.amberPercent()).isEqualByComparingTo("2");
        assertThat(DEFAULTS.amberAmount()).isEqualByComparingTo("250000");
        assertThat(DEFAULTS.breach()).isEqualTo(Breach.EITHER_LIMIT);
        assertThat(DEFAULTS.underspendPercent()).isEqualByComparingTo("2");
        assertThat(DEFAULTS.underspendAmount()).isEqualByComparingTo("250000");
        assertThat(DEFAULTS.displayUnit()).isEqualTo(MoneyUnit.AUTO);
        assertThat(DEFAULTS.displayDecimals()).isEqualTo(1);
        assertThat(DEFAULTS.percentDecimals()).isEqualTo(1);
        assertThat(DEFAULTS.rounding()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(DEFAULTS.savingsAboveRequirementAllowed()).isFalse();
        assertThat(DEFAULTS.describeDisplay())
                .isEqualTo("amounts of £1m or more in £m to 1 decimal place, smaller ones to the nearest £1k or £1;"
                        + " percentages to 1 decimal place; rounded half up");
    }

    @Test
    void test_display_autoChoosesTheUnitBySizeAfterRounding() {
        // Worked by hand: £m to one place from £1m, £k to the nearest thousand, whole pounds below.
        assertThat(DEFAULTS.display(Money.of("26700000"))).isEqualTo("£26.7m");
        assertThat(DEFAULTS.display(Money.of("1250000"))).isEqualTo("£1.3m");
        assertThat(DEFAULTS.display(Money.of("-1250000"))).isEqualTo("-£1.3m");
        assertThat(DEFAULTS.display(Money.of("999499.99"))).isEqualTo("£999k");
        assertThat(DEFAULTS.display(Money.of("999500"))).isEqualTo("£1.0m");
        assertThat(DEFAULTS.display(Money.of("250000"))).isEqualTo("£250k");
        assertThat(DEFAULTS.display(Money.of("999.49"))).isEqualTo("£999");
        assertThat(DEFAULTS.display(Money.of("999.50"))).isEqualTo("£1k");
        assertThat(DEFAULTS.display(Money.of("-0.40"))).isEqualTo("£0");
        assertThat(DEFAULTS.display(Money.of("1234567890"))).isEqualTo("£1,234.6m");
    }

    @Test
    void test_display_fixedUnitsAndOtherCurrencies() {
        FinancePolicy millions = FinancePolicy.builder()
                .from(DEFAULTS)
                .displayUnit(MoneyUnit.MILLIONS)
                .displayDecimals(2)
                .build();
        assertThat(millions.display(Money.of("250000"))).isEqualTo("£0.25m");
        assertThat(millions.describeDisplay()).startsWith("amounts in £m to 2 decimal places;");
        FinancePolicy thousands = FinancePolicy.builder()
                .from(DEFAULTS)
                .displayUnit(MoneyUnit.THOUSANDS)
                .build();
        assertThat(thousands.display(Money.of("-1234567"))).isEqualTo("-£1,234.6k");
        assertThat(thousands.describeDisplay()).startsWith("amounts in £k to 1 decimal place;");
        FinancePolicy pence = FinancePolicy.builder()
                .from(DEFAULTS)
                .displayUnit(MoneyUnit.UNITS)
                .displayDecimals(2)
                .percentDecimals(0)
                .rounding(RoundingMode.DOWN)
                .build();
        assertThat(pence.display(Money.of("1234567.89"))).isEqualTo("£1,234,567.89");
        assertThat(pence.displayPercent(new BigDecimal("-4.99"))).isEqualTo("4%");
        assertThat(pence.describeDisplay())
                .isEqualTo("amounts in £ to 2 decimal places; percentages to 0 decimal places; rounded down");
        assertThat(DEFAULTS.display(Money.of(Currency.getInstance("EUR"), new BigDecimal("1500000"))))
                .isEqualTo("€1.5m");
        assertThat(DEFAULTS.display(Money.of(Currency.getInstance("CHF"), new BigDecimal("1500"))))
                .isEqualTo("CHF 2k");
    }

    @Test
    void test_check_refusesInconsistentSettings() {
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .amberAmount(new BigDecimal("-1"))
                        .build())
                .hasMessage("Finance policy outturn-finance-default@1 has amberAmount -1: expected 0 or more");
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .greenAmount(new BigDecimal("-1"))
                        .build())
                .hasMessageContaining("greenAmount -1");
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .percentDecimals(7)
                        .build())
                .hasMessage("Finance policy outturn-finance-default@1 has percentDecimals 7: expected 0 to 6");
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .displayDecimals(-1)
                        .build())
                .hasMessageContaining("displayDecimals -1");
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .rounding(RoundingMode.UNNECESSARY)
                        .build())
                .hasMessageContaining("rounding unnecessary");
        assertThatThrownBy(() -> FinancePolicy.builder()
                        .from(DEFAULTS)
                        .underspendPercent(new BigDecimal("1e40"))
                        .build())
                .hasMessageContaining("out of range");
    }
}
