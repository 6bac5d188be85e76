package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A budget judged by a finance policy: one service's line, or the sum of a portfolio's or the
 * council's lines, at one period; with the variance, its status, and the movement since the
 * previous period's forecast.
 *
 * <pre>{@code
 * BudgetAssessment a = Finance.assess(placements, FinancePolicy.defaults());
 * a.getVariance();          // GBP 1200000.00
 * a.getStatus();            // RED
 * a.getReason();            // "projected overspend of £1.2m (14.1% of the £8.5m budget): RED"
 * a.getPolicyReference();   // "outturn-finance-default@1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class BudgetAssessment {

    /** What the assessment covers. */
    public abstract FinanceScope scope();

    /** The service, the portfolio, or "Council". */
    public abstract String name();

    /** The portfolio, for a service's line and for a portfolio. */
    public abstract Optional<String> portfolio();

    /** Whether the lines are within the cash limit (a total covers lines of one kind only). */
    public abstract boolean cashLimit();

    /** The period the forecast was made at. */
    public abstract ReportingPeriod period();

    /** Spending or income (for a total, by the sign of the net budget). */
    public abstract LineKind kind();

    /** The budget (the sum of the lines' budgets for a total). */
    public abstract Money budget();

    /** The forecast outturn. */
    public abstract Money forecast();

    /** The actual spend to date, when known for every line. */
    public abstract Optional<Money> actual();

    /** Forecast less budget: positive is adverse (an overspend, or income falling short). */
    public abstract Money variance();

    /**
     * The variance as a percentage of the budget's magnitude, rounded as the policy shows it; absent
     * for a zero budget.
     */
    public abstract Optional<BigDecimal> percentOfBudget();

    /** The status by the policy's thresholds, decided on the exact figures. */
    public abstract Status status();

    /** Whether the variance is an underspend at or beyond the policy's significance limits. */
    public abstract boolean significantUnderspend();

    /** The previous period with a forecast for the same lines in the same year, if there is one. */
    public abstract Optional<ReportingPeriod> previousPeriod();

    /** The variance then, when there was a previous forecast. */
    public abstract Optional<Money> previousVariance();

    /** The variance now less the variance then: positive is an adverse movement. */
    public abstract Optional<Money> movement();

    /** Why the status is what it is, quoting the figures as the policy shows them. */
    public abstract String reason();

    /** How the variance has moved since the previous forecast, in words. */
    public abstract Optional<String> movementReason();

    /** The service's commentary, for a line. */
    public abstract Optional<String> commentary();

    /** The policy that decided the status, {@code id@version}. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@code BudgetAssessment}; the finance rules build them. */
    public static final class Builder extends ImmutableBudgetAssessment.Builder {}
}
