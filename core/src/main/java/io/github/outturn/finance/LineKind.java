package io.github.outturn.finance;

/**
 * Whether a budget line is spending or income. Amounts are signed as a council's ledger signs them:
 * spending positive, income negative, so that a positive variance (forecast less budget) is adverse
 * on both: an overspend, or income falling short.
 *
 * <pre>{@code
 * LineKind.INCOME.adverseNoun();     // "income shortfall"
 * LineKind.SPENDING.favourableNoun(); // "underspend"
 * }</pre>
 */
public enum LineKind {
    /** A spending line: a positive budget; a positive variance is an overspend. */
    SPENDING("overspend", "underspend", "budget"),
    /** An income line: a negative budget; a positive variance is income falling short. */
    INCOME("income shortfall", "income surplus", "income budget");

    private final String adverse;
    private final String favourable;
    private final String budget;

    LineKind(String adverse, String favourable, String budget) {
        this.adverse = adverse;
        this.favourable = favourable;
        this.budget = budget;
    }

    /** What a positive variance is called: "overspend" or "income shortfall". */
    public String adverseNoun() {
        return adverse;
    }

    /** What a negative variance is called: "underspend" or "income surplus". */
    public String favourableNoun() {
        return favourable;
    }

    /** What the budget is called: "budget" or "income budget". */
    public String budgetNoun() {
        return budget;
    }

    /** The kind a budget's sign suggests: INCOME below zero, SPENDING otherwise. */
    public static LineKind of(Money budget) {
        return budget.signum() < 0 ? INCOME : SPENDING;
    }
}
