package io.github.outturn.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Codes;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.testkit.ConformanceTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the published conformance table {@code conformance/finance.csv}: every row was worked by
 * hand from the rules in docs/finance.md (see the table's README for the columns), never from this
 * code's output. Each row checks the status, the significant-underspend flag and the whole reason.
 */
class FinanceConformanceTest {

    static List<Map<String, String>> rows() {
        return ConformanceTables.rows("finance.csv");
    }

    static Stream<Map<String, String>> data_conformance() {
        return rows().stream();
    }

    @Test
    void test_table_hasFortyRowsCoveringEveryStatusAndKind() {
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows.stream().map(r -> r.get("expected_status")).distinct())
                .contains("green", "amber", "red", "error");
        assertThat(rows.stream().filter(r -> r.get("budget").startsWith("-"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows.stream().filter(r -> r.get("budget").equals("0"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows.stream().filter(r -> r.get("expected_underspend").equals("true")))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(rows.stream().filter(r -> !r.get("display_unit").isEmpty())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("data_conformance")
    void test_assess_conformanceRow(Map<String, String> row) {
        if (row.get("expected_status").equals("error")) {
            assertThatThrownBy(() -> Finance.assess(line(row), policy(row)))
                    .hasMessageContaining(row.get("expected_reason"));
            return;
        }
        BudgetAssessment a = Finance.assess(line(row), policy(row));
        assertThat(a.status())
                .isEqualTo(Codes.parse(Status.class, row.get("expected_status")).orElseThrow());
        assertThat(a.significantUnderspend()).isEqualTo(Boolean.parseBoolean(row.get("expected_underspend")));
        assertThat(a.reason()).isEqualTo(row.get("expected_reason"));
        assertThat(a.variance().amount())
                .isEqualByComparingTo(new BigDecimal(row.get("forecast")).subtract(new BigDecimal(row.get("budget"))));
        assertThat(Finance.status(line(row).budget(), line(row).forecast(), policy(row)))
                .isEqualTo(a.status());
    }

    static BudgetLine line(Map<String, String> row) {
        BudgetLine.Builder b = BudgetLine.builder();
        b.portfolio("Conformance")
                .service(row.get("case"))
                .year(FinancialYear.of(2016))
                .period(FinancialQuarter.of(2016, 1))
                .budget(Money.of(row.get("budget")))
                .forecast(Money.of(row.get("forecast")));
        if (!row.get("kind").isEmpty()) {
            b.kind(Codes.parse(LineKind.class, row.get("kind")).orElseThrow());
        }
        return b.build();
    }

    static FinancePolicy policy(Map<String, String> row) {
        FinancePolicy.Builder b = FinancePolicy.builder();
        b.from(FinancePolicy.defaults());
        decimal(row, "green_percent").ifPresent(b::greenPercent);
        decimal(row, "green_amount").ifPresent(b::greenAmount);
        decimal(row, "amber_percent").ifPresent(b::amberPercent);
        decimal(row, "amber_amount").ifPresent(b::amberAmount);
        decimal(row, "underspend_percent").ifPresent(b::underspendPercent);
        decimal(row, "underspend_amount").ifPresent(b::underspendAmount);
        cell(row, "breach").map(c -> Codes.parse(Breach.class, c).orElseThrow()).ifPresent(b::breach);
        cell(row, "display_unit")
                .map(c -> Codes.parse(MoneyUnit.class, c).orElseThrow())
                .ifPresent(b::displayUnit);
        cell(row, "display_decimals").map(Integer::parseInt).ifPresent(b::displayDecimals);
        cell(row, "percent_decimals").map(Integer::parseInt).ifPresent(b::percentDecimals);
        cell(row, "rounding")
                .map(c -> Codes.parse(RoundingMode.class, c).orElseThrow())
                .ifPresent(b::rounding);
        return b.build();
    }

    private static Optional<String> cell(Map<String, String> row, String column) {
        return Optional.of(row.get(column)).filter(c -> !c.isEmpty());
    }

    private static Optional<BigDecimal> decimal(Map<String, String> row, String column) {
        return cell(row, column).map(BigDecimal::new);
    }
}
