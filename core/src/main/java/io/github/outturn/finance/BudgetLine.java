package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One service's (or cost centre's) revenue budget for a financial year as reported at one period:
 * the budget (the cash limit), the forecast outturn for the year, and the actual spend to date where
 * known.
 *
 * <pre>{@code
 * BudgetLine placements = BudgetLine.builder()
 *         .portfolio("Children and Families")
 *         .service("External placements")
 *         .year(FinancialYear.of(2016))
 *         .period(FinancialQuarter.of(2016, 1))
 *         .budget(Money.of("8500000"))
 *         .forecast(Money.of("9700000"))
 *         .commentary("Placements above the number budgeted for")
 *         .build();
 * placements.getKind();      // SPENDING
 * placements.isCashLimit();  // true
 * }</pre>
 *
 * <p>Income lines have negative amounts (an income budget of £2m is {@code GBP -2000000.00}); the
 * kind is INCOME when the budget is below zero unless given. Items outside the cash limit are
 * reported but judged apart from it. The dataset validator checks that the amounts share one
 * currency, that a service has one line per period and that the period lies in the year. Immutable
 * and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class BudgetLine {

    /** The portfolio the service belongs to, such as "Children and Families". */
    @NotBlank
    public abstract String portfolio();

    /** The service or cost centre, such as "External placements". */
    @NotBlank
    public abstract String service();

    /** The financial year the budget is for. */
    public abstract FinancialYear year();

    /** The period the forecast was made at: a quarter, month, half year, or the year for the outturn. */
    public abstract ReportingPeriod period();

    /** The budget for the year (negative for income). */
    public abstract Money budget();

    /** The forecast outturn for the year (negative for income). */
    public abstract Money forecast();

    /** The actual spend (or income) to date, where known. */
    public abstract Optional<Money> actual();

    /** Whether the line is within the cash limit. Default true. */
    @Value.Default
    public boolean cashLimit() {
        return true;
    }

    /** Spending or income. Default INCOME when the budget is below zero, else SPENDING. */
    @Value.Default
    public LineKind kind() {
        return LineKind.of(budget());
    }

    /** What the service says about its position. */
    public abstract Optional<String> commentary();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a budget line; portfolio, service, year, period, budget and forecast are required. */
    public static final class Builder extends ImmutableBudgetLine.Builder {}
}
