package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void test_of_keepsPenceExactly() {
        assertThat(Money.of("1.5").amount()).isEqualTo(new BigDecimal("1.50"));
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).isEqualTo(Money.ofMinor(Money.GBP, 150));
        assertThat(Money.of("1.5").hashCode()).isEqualTo(Money.of("1.500").hashCode());
        assertThat(Money.of(new BigDecimal("26700000")).currency()).isEqualTo(Money.GBP);
        assertThat(Money.of(EUR, new BigDecimal("3")).toString()).isEqualTo("EUR 3.00");
        assertThat(Money.zero(Money.GBP).signum()).isZero();
    }

    @Test
    void test_of_refusesFractionsOfAPennyAndPseudoCurrencies() {
        assertThatThrownBy(() -> Money.of("0.125"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The amount \"0.125\" has more decimal places than GBP has (2): money is exact to the"
                        + " minor unit, never rounded silently");
        assertThatThrownBy(() -> Money.of(Currency.getInstance("XXX"), BigDecimal.ONE))
                .hasMessageContaining("XXX has no minor unit");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e30"))).hasMessageContaining("out of range");
    }

    @Test
    void test_parse_readsEveryDocumentedFormAndToStringBack() {
        assertThat(Money.parse("GBP 1234.56")).isEqualTo(Money.of("1234.56"));
        assertThat(Money.parse("1234.5")).isEqualTo(Money.of("1234.50"));
        assertThat(Money.parse("£1,234.56")).isEqualTo(Money.of("1234.56"));
        assertThat(Money.parse("GBP -£2,000,000")).isEqualTo(Money.of("-2000000"));
        assertThat(Money.parse("-1,000")).isEqualTo(Money.of("-1000"));
        assertThat(Money.parse(" EUR 10 ")).isEqualTo(Money.of(EUR, BigDecimal.TEN));
        for (Money m : List.of(Money.of("-0.01"), Money.of(EUR, new BigDecimal("99999999.99")), Money.of("0"))) {
            assertThat(Money.parse(m.toString())).isEqualTo(m);
            assertThat(Money.parse(m.toShortString())).isEqualTo(m);
        }
    }

    @Test
    void test_toShortString_dropsOnlyTheDefaultCurrency() {
        assertThat(Money.of("-2000000").toShortString()).isEqualTo("-2000000.00");
        assertThat(Money.of(EUR, BigDecimal.TEN).toShortString()).isEqualTo("EUR 10.00");
    }

    @Test
    void test_parse_refusesWithTheTextQuoted() {
        assertThatThrownBy(() -> Money.parse("12,5"))
                .hasMessage("Not an amount of money: \"12,5\": expected a currency code and a decimal such as"
                        + " \"GBP 1234.56\", or \"£1,234.56\"");
        assertThatThrownBy(() -> Money.parse("EUR £10")).hasMessageContaining("Not an amount of money");
        assertThatThrownBy(() -> Money.parse("ABC 10")).hasMessageContaining("Not a currency: \"ABC\"");
        assertThatThrownBy(() -> Money.parse("")).hasMessageContaining("Not an amount of money");
    }

    @Test
    void test_arithmetic_isExactAndRefusesMixedCurrencies() {
        Money budget = Money.of("26700000");
        Money forecast = Money.of("27900000.00");
        assertThat(forecast.minus(budget)).isEqualTo(Money.of("1200000"));
        assertThat(budget.plus(Money.of("0.01"))).isEqualTo(Money.of("26700000.01"));
        assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
        assertThat(Money.of("-5").abs()).isEqualTo(Money.of("5"));
        assertThat(Money.of("5").abs()).isEqualTo(Money.of("5"));
        assertThat(Money.of("5").negated()).isEqualTo(Money.of("-5"));
        assertThat(Money.total(Money.GBP, List.of(Money.of("1.10"), Money.of("2.20"), Money.of("-0.30"))))
                .isEqualTo(Money.of("3.00"));
        assertThat(Money.total(EUR, List.of())).isEqualTo(Money.zero(EUR));
        assertThat(Money.of("3").compareAmount(Money.of("2"))).isPositive();
        assertThatThrownBy(() -> budget.plus(Money.of(EUR, BigDecimal.TEN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amounts in GBP and EUR cannot be mixed: GBP 26700000.00 and EUR 10.00; keep every"
                        + " figure of a dataset in one currency");
        assertThatThrownBy(() -> budget.compareAmount(Money.of(EUR, BigDecimal.TEN)))
                .hasMessageContaining("cannot be mixed");
    }

    @Test
    void test_compareTo_ordersByCurrencyThenAmountConsistentlyWithEquals() {
        Money eur = Money.of(EUR, BigDecimal.valueOf(100));
        Money small = Money.of("1");
        Money big = Money.of("2");
        assertThat(eur.compareTo(small)).isNegative();
        assertThat(small.compareTo(big)).isNegative();
        assertThat(Money.of("1.0").compareTo(Money.of("1.00"))).isZero();
        assertThat(List.of(big, eur, small).stream().sorted()).containsExactly(eur, small, big);
    }
}
