package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The resources position at one period: each service's budget line judged, the roll-ups by
 * portfolio and for the council, the lines outside the cash limit judged apart, and the savings
 * programme.
 *
 * <pre>{@code
 * FinanceReport r = Finance.report(ds, FinancialQuarter.of(2016, 1), FinancePolicy.defaults());
 * r.getCouncil().orElseThrow().getReason();  // "projected overspend of £1.6m (5.3% of the £30.6m budget): RED"
 * r.getPortfolios();                          // one BudgetAssessment per portfolio
 * r.getSavingsTotal();                        // the programme's position
 * }</pre>
 *
 * <p>Portfolio and council totals cover the lines within the cash limit; {@link
 * #outsideCashLimit()} sums the others. With a portfolio chosen, there is no council total.
 * Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class FinanceReport {

    /** The period reported. */
    public abstract ReportingPeriod period();

    /** The portfolio the report is limited to, if any. */
    public abstract Optional<String> portfolio();

    /** Every budget line of the period, in the dataset's order. */
    public abstract List<BudgetAssessment> services();

    /** The cash-limit lines summed by portfolio, in order of first appearance. */
    public abstract List<BudgetAssessment> portfolios();

    /** The cash-limit lines of every portfolio summed, when no portfolio was chosen. */
    public abstract Optional<BudgetAssessment> council();

    /** The lines outside the cash limit summed, if there are any. */
    public abstract Optional<BudgetAssessment> outsideCashLimit();

    /** Every saving of the period, in the dataset's order. */
    public abstract List<SavingProgress> savingItems();

    /** The savings programme by portfolio. */
    public abstract List<SavingsSummary> savings();

    /** The savings programme of every portfolio, when no portfolio was chosen. */
    public abstract Optional<SavingsSummary> savingsTotal();

    /** How figures are rounded for display, in words. */
    public abstract String displayRounding();

    /** The policy that produced it, {@code id@version}. */
    public abstract String policyReference();

    /**
     * Every budget judged, in the order a report shows them: the services, the portfolios, the
     * council, and the lines outside the cash limit.
     *
     * @return the assessments
     */
    public List<BudgetAssessment> allBudgets() {
        List<BudgetAssessment> all = new ArrayList<>(services());
        all.addAll(portfolios());
        council().ifPresent(all::add);
        outsideCashLimit().ifPresent(all::add);
        return List.copyOf(all);
    }

    /**
     * The savings programme of each portfolio, then the council's.
     *
     * @return the summaries
     */
    public List<SavingsSummary> allSavings() {
        List<SavingsSummary> all = new ArrayList<>(savings());
        savingsTotal().ifPresent(all::add);
        return List.copyOf(all);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@code FinanceReport}; the finance rules build them. */
    public static final class Builder extends ImmutableFinanceReport.Builder {}
}
