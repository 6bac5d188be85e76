package io.github.outturn.validation;

import io.github.outturn.finance.BudgetLine;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.finance.LineKind;
import io.github.outturn.finance.Money;
import io.github.outturn.finance.Saving;
import io.github.outturn.model.Dataset;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validator's rules for finance data (docs/finance.md): every amount in one currency; one budget
 * line per service per period and one record per saving per period; forecasts made at a financial
 * period within the year they are for; an income line's budget not above zero and a spending line's
 * not below; savings not negative, not forecast above their requirement unless the finance policy
 * allows it, and not delivered beyond their forecast.
 */
final class FinanceChecks {

    private static final Set<PeriodKind> FINANCIAL = EnumSet.of(
            PeriodKind.FINANCIAL_YEAR, PeriodKind.FINANCIAL_HALF_YEAR, PeriodKind.FINANCIAL_QUARTER, PeriodKind.MONTH);

    private final FinancePolicy policy;
    private final List<Violation> violations = new ArrayList<>();
    private Money firstAmount;
    private String firstPath;

    private FinanceChecks(FinancePolicy policy) {
        this.policy = policy;
    }

    /** Every finance violation of the dataset. */
    static List<Violation> check(Dataset dataset, FinancePolicy policy) {
        FinanceChecks c = new FinanceChecks(policy);
        Map<String, Integer> seen = new HashMap<>();
        List<BudgetLine> lines = dataset.budgetLines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            String path = "budgetLines[" + i + "]";
            c.record(
                    "budgetLines",
                    i,
                    seen,
                    "line " + l.portfolio() + " / " + l.service() + " at " + l.period(),
                    "a service has one budget line per period",
                    l.year(),
                    l.period(),
                    amounts("budget", l.budget(), "forecast", l.forecast(), "actual", l.actual()));
            if (l.kind() == LineKind.INCOME && l.budget().signum() > 0) {
                c.add(path + ".budget", l.budget(), "an income line's budget is 0 or below: income is negative");
            } else if (l.kind() == LineKind.SPENDING && l.budget().signum() < 0) {
                c.add(
                        path + ".budget",
                        l.budget(),
                        "a spending line's budget is 0 or above: a negative budget is income (kind income)");
            }
        }
        seen.clear();
        List<Saving> savings = dataset.savings();
        for (int i = 0; i < savings.size(); i++) {
            Saving s = savings.get(i);
            String path = "savings[" + i + "]";
            c.record(
                    "savings",
                    i,
                    seen,
                    "saving " + s.reference() + " at " + s.period(),
                    "a saving has one record per period",
                    s.year(),
                    s.period(),
                    amounts("required", s.required(), "forecast", s.forecast(), "delivered", s.delivered()));
            c.notNegative(path + ".required", s.required());
            c.notNegative(path + ".forecast", s.forecast());
            s.delivered().ifPresent(d -> c.notNegative(path + ".delivered", d));
            if (s.forecast().hasSameCurrency(s.required())
                    && s.forecast().compareAmount(s.required()) > 0
                    && !policy.savingsAboveRequirementAllowed()) {
                c.add(
                        path + ".forecast",
                        s.forecast(),
                        "forecast above the requirement " + s.required() + ": the finance policy " + policy.reference()
                                + " does not allow a saving to be forecast above it");
            }
            Optional<Money> delivered = s.delivered().filter(d -> d.hasSameCurrency(s.forecast()));
            if (delivered.isPresent() && delivered.get().compareAmount(s.forecast()) > 0) {
                c.add(
                        path + ".delivered",
                        delivered.get(),
                        "delivered so far is above the forecast for the year " + s.forecast());
            }
        }
        return c.violations;
    }

    /** The rules every finance record shares: one currency, a financial period in its year, unique. */
    private void record(
            String collection,
            int i,
            Map<String, Integer> seen,
            String key,
            String rule,
            FinancialYear year,
            ReportingPeriod period,
            Map<String, Money> amounts) {
        String path = collection + "[" + i + "]";
        amounts.forEach((field, amount) -> currency(path + "." + field, amount));
        period(path, year, period);
        unique(seen, collection, i, key, rule);
    }

    /** The amounts of a record by field, in order, leaving out those absent. */
    private static Map<String, Money> amounts(
            String first, Money a, String second, Money b, String third, Optional<Money> c) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put(first, a);
        amounts.put(second, b);
        c.ifPresent(m -> amounts.put(third, m));
        return amounts;
    }

    private void add(String path, Object value, String message) {
        violations.add(Violation.of(path, value, message));
    }

    private void currency(String path, Money amount) {
        if (firstAmount == null) {
            firstAmount = amount;
            firstPath = path;
        } else if (!amount.hasSameCurrency(firstAmount)) {
            add(
                    path,
                    amount,
                    "in " + amount.currency().getCurrencyCode() + " where " + firstPath + " is in "
                            + firstAmount.currency().getCurrencyCode()
                            + ": every amount of a dataset is in one currency");
        }
    }

    private void period(String path, FinancialYear year, ReportingPeriod period) {
        if (!FINANCIAL.contains(period.kind())) {
            add(
                    path + ".period",
                    period,
                    "a forecast is made at a financial year, half year, quarter or month, not "
                            + (period.kind() == PeriodKind.ACADEMIC_YEAR ? "an " : "a ")
                            + period.kind()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' '));
        } else if (!period.isWithin(year)) {
            add(path + ".period", period, "outside the year the figures are for, " + year);
        }
    }

    private void unique(Map<String, Integer> seen, String name, int i, String key, String rule) {
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
            add(name + "[" + i + "]", key, "duplicates " + name + "[" + first + "]: " + rule);
        }
    }

    private void notNegative(String path, Money amount) {
        if (amount.signum() < 0) {
            add(path, amount, "a saving is 0 or more: give the reduction in spending as a positive amount");
        }
    }
}
