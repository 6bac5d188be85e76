package io.github.outturn.finance;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The finance rules (docs/finance.md): a budget's variance and status, roll-ups by portfolio and for
 * the council, movement since the previous forecast, and the savings programme's position. Pure
 * functions of their inputs and a {@link FinancePolicy}.
 *
 * <pre>{@code
 * FinanceReport r = Finance.report(ds, FinancialQuarter.of(2016, 1), FinancePolicy.defaults());
 * BudgetAssessment a = Finance.assess(line, FinancePolicy.defaults());
 * a.getReason();  // "projected overspend of £1.2m (4.5% of the £26.7m budget): RED"
 * Finance.status(Money.of("26700000"), Money.of("27900000"), FinancePolicy.defaults()); // RED
 * }</pre>
 *
 * <p>The status of a variance (forecast less budget; positive is adverse on spending and income
 * lines alike, as income is negative): RED when over by more than the amber limits; otherwise GREEN
 * when on or under budget or over by less than the green limits; AMBER between. The limits are a percentage of
 * the budget's magnitude and an amount, combined as the policy's {@link Breach} says; on a zero budget
 * the amounts alone decide. Every comparison is exact. Stateless and thread-safe; the rules assume
 * a dataset the validator has passed (amounts in one currency), and otherwise throw {@link
 * IllegalArgumentException} when they meet two currencies.
 */
public final class Finance {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Finance() {}

    /**
     * The status of a budget and its forecast outturn.
     *
     * @param budget the budget (negative for income)
     * @param forecast the forecast outturn
     * @param policy the thresholds
     * @return GREEN, AMBER or RED
     */
    public static Status status(Money budget, Money forecast, FinancePolicy policy) {
        return judge(budget, forecast.minus(budget), policy).status();
    }

    /**
     * One budget line judged on its own, without movement.
     *
     * @param line the line
     * @param policy the policy
     * @return the assessment
     */
    public static BudgetAssessment assess(BudgetLine line, FinancePolicy policy) {
        return assessLine(line, Optional.empty(), policy);
    }

    /**
     * One budget line judged, with the movement since an earlier forecast for the same line.
     *
     * @param line the line
     * @param previous the same service's line at an earlier period
     * @param policy the policy
     * @return the assessment
     */
    public static BudgetAssessment assess(BudgetLine line, BudgetLine previous, FinancePolicy policy) {
        return assessLine(line, Optional.of(previous), policy);
    }

    private static BudgetAssessment assessLine(BudgetLine line, Optional<BudgetLine> previous, FinancePolicy policy) {
        return judged(
                FinanceScope.SERVICE,
                line.service(),
                Optional.of(line.portfolio()),
                List.of(line),
                previous.map(List::of).orElse(List.of()),
                policy);
    }

    /**
     * The council's resources position at a period: every line of the period judged with its
     * movement, the roll-ups by portfolio and for the council, and the savings programme.
     *
     * @param dataset the dataset
     * @param period the period the forecasts were made at
     * @param policy the policy
     * @return the report; empty lists when the dataset has no finance data for the period
     */
    public static FinanceReport report(Dataset dataset, ReportingPeriod period, FinancePolicy policy) {
        return report(dataset, period, Optional.empty(), policy);
    }

    /**
     * One portfolio's resources position at a period: its lines judged with their movement, its
     * roll-up, and its savings.
     *
     * @param dataset the dataset
     * @param period the period the forecasts were made at
     * @param portfolio the portfolio to limit the report to
     * @param policy the policy
     * @return the report; empty lists when the dataset has no finance data for the portfolio and period
     */
    public static FinanceReport report(
            Dataset dataset, ReportingPeriod period, String portfolio, FinancePolicy policy) {
        return report(dataset, period, Optional.of(portfolio), policy);
    }

    private static FinanceReport report(
            Dataset dataset, ReportingPeriod period, Optional<String> portfolio, FinancePolicy policy) {
        Objects.requireNonNull(period, "period");
        Predicate<String> chosen = p -> portfolio.isEmpty() || portfolio.get().equals(p);
        List<BudgetLine> all = dataset.budgetLines().stream()
                .filter(l -> chosen.test(l.portfolio()))
                .collect(Collectors.toList());
        List<BudgetLine> lines =
                all.stream().filter(l -> l.period().equals(period)).collect(Collectors.toList());
        FinanceReport.Builder report = FinanceReport.builder()
                .period(period)
                .portfolio(portfolio)
                .displayRounding(policy.describeDisplay())
                .policyReference(policy.reference());
        for (BudgetLine line : lines) {
            Optional<BudgetLine> previous = previous(
                    all,
                    line,
                    l -> l.portfolio().equals(line.portfolio()) && l.service().equals(line.service()),
                    BudgetLine::period,
                    BudgetLine::year);
            report.addServices(assessLine(line, previous, policy));
        }
        List<BudgetLine> cash = lines.stream().filter(BudgetLine::cashLimit).collect(Collectors.toList());
        List<BudgetLine> earlierCash =
                all.stream().filter(BudgetLine::cashLimit).collect(Collectors.toList());
        for (Map.Entry<String, List<BudgetLine>> e :
                byPortfolio(cash, BudgetLine::portfolio).entrySet()) {
            String name = e.getKey();
            report.addPortfolios(total(
                    FinanceScope.PORTFOLIO,
                    name,
                    Optional.of(name),
                    e.getValue(),
                    earlierCash.stream().filter(l -> l.portfolio().equals(name)).collect(Collectors.toList()),
                    policy));
        }
        if (portfolio.isEmpty() && !cash.isEmpty()) {
            report.council(total(FinanceScope.COUNCIL, "Council", Optional.empty(), cash, earlierCash, policy));
        }
        List<BudgetLine> outside = lines.stream().filter(l -> !l.cashLimit()).collect(Collectors.toList());
        if (!outside.isEmpty()) {
            report.outsideCashLimit(total(
                    FinanceScope.COUNCIL,
                    "Outside the cash limit",
                    portfolio,
                    outside,
                    all.stream().filter(l -> !l.cashLimit()).collect(Collectors.toList()),
                    policy));
        }
        savings(dataset, period, chosen, portfolio.isEmpty(), policy, report);
        return report.build();
    }

    /**
     * The latest period with budget lines in the dataset, for a report when none is named.
     *
     * @param dataset the dataset
     * @return the latest period, or empty when there are no budget lines or savings
     */
    public static Optional<ReportingPeriod> latestPeriod(Dataset dataset) {
        return java.util.stream.Stream.concat(
                        dataset.budgetLines().stream().map(BudgetLine::period),
                        dataset.savings().stream().map(Saving::period))
                .max(ReportingPeriod.ORDER);
    }

    // ---- budgets

    /** The lines of one period summed, with the movement from the same scope's latest earlier period. */
    private static BudgetAssessment total(
            FinanceScope scope,
            String name,
            Optional<String> portfolio,
            List<BudgetLine> lines,
            List<BudgetLine> candidates,
            FinancePolicy policy) {
        BudgetLine first = lines.get(0);
        Optional<ReportingPeriod> before =
                latestBefore(candidates, first, l -> true, BudgetLine::period, BudgetLine::year);
        List<BudgetLine> previous = before.map(p ->
                        candidates.stream().filter(l -> l.period().equals(p)).collect(Collectors.toList()))
                .orElse(List.of());
        return judged(scope, name, portfolio, lines, previous, policy);
    }

    private static BudgetAssessment judged(
            FinanceScope scope,
            String name,
            Optional<String> portfolio,
            List<BudgetLine> lines,
            List<BudgetLine> previous,
            FinancePolicy policy) {
        BudgetLine first = lines.get(0);
        Currency currency = first.budget().currency();
        Money budget = Money.total(currency, map(lines, BudgetLine::budget));
        Money forecast = Money.total(currency, map(lines, BudgetLine::forecast));
        Money variance = forecast.minus(budget);
        LineKind kind = lines.size() == 1 ? first.kind() : LineKind.of(budget);
        Judgement j = judge(budget, variance, policy);
        BudgetAssessment.Builder b = BudgetAssessment.builder()
                .scope(scope)
                .name(name)
                .portfolio(portfolio)
                .cashLimit(first.cashLimit())
                .period(first.period())
                .kind(kind)
                .budget(budget)
                .forecast(forecast)
                .variance(variance)
                .percentOfBudget(percent(variance, budget).map(policy::roundPercent))
                .status(j.status())
                .significantUnderspend(j.significantUnderspend())
                .reason(reason(kind, budget, variance, j, policy))
                .policyReference(policy.reference());
        if (lines.stream().allMatch(l -> l.actual().isPresent())) {
            b.actual(Money.total(currency, map(lines, l -> l.actual().orElseThrow())));
        }
        if (scope == FinanceScope.SERVICE) {
            b.commentary(first.commentary());
        }
        if (!previous.isEmpty()) {
            ReportingPeriod then = previous.get(0).period();
            Money was = Money.total(currency, map(previous, BudgetLine::forecast))
                    .minus(Money.total(currency, map(previous, BudgetLine::budget)));
            b.previousPeriod(then)
                    .previousVariance(was)
                    .movement(variance.minus(was))
                    .movementReason(movement(kind, was, variance, then, policy));
        }
        return b.build();
    }

    /** A status and whether an underspend is significant. */
    private record Judgement(Status status, boolean significantUnderspend) {}

    private static Judgement judge(Money budget, Money variance, FinancePolicy policy) {
        BigDecimal size = budget.amount().abs();
        BigDecimal v = variance.amount();
        if (v.signum() <= 0) {
            BigDecimal under = v.negate();
            boolean significant = under.signum() > 0
                    && reached(
                            size,
                            under,
                            Optional.of(policy.underspendPercent()),
                            Optional.of(policy.underspendAmount()),
                            policy.breach());
            return new Judgement(Status.GREEN, significant);
        }
        if (!within(size, v, policy.amberPercent(), Optional.of(policy.amberAmount()), false, policy.breach())) {
            return new Judgement(Status.RED, false);
        }
        if (within(size, v, policy.greenPercent(), policy.greenAmount(), true, policy.breach())) {
            return new Judgement(Status.GREEN, false);
        }
        return new Judgement(Status.AMBER, false);
    }

    /**
     * Whether an overspend stays within a band's limits: below them ({@code strict}) or up to them.
     * The percentage limit applies only to a budget other than zero.
     */
    private static boolean within(
            BigDecimal size,
            BigDecimal over,
            BigDecimal percent,
            Optional<BigDecimal> amount,
            boolean strict,
            Breach breach) {
        List<Boolean> holds = new ArrayList<>();
        if (size.signum() != 0) {
            int c = over.multiply(HUNDRED).compareTo(percent.multiply(size));
            holds.add(strict ? c < 0 : c <= 0);
        }
        amount.ifPresent(a -> {
            int c = over.compareTo(a);
            holds.add(strict ? c < 0 : c <= 0);
        });
        if (holds.isEmpty()) {
            return false;
        }
        return breach == Breach.EITHER_LIMIT ? !holds.contains(false) : holds.contains(true);
    }

    /** Whether an underspend reaches the significance limits (either or both, as the breach rule says). */
    private static boolean reached(
            BigDecimal size,
            BigDecimal under,
            Optional<BigDecimal> percent,
            Optional<BigDecimal> amount,
            Breach breach) {
        List<Boolean> holds = new ArrayList<>();
        if (size.signum() != 0) {
            holds.add(under.multiply(HUNDRED).compareTo(percent.orElseThrow().multiply(size)) >= 0);
        }
        holds.add(under.compareTo(amount.orElseThrow()) >= 0);
        return breach == Breach.EITHER_LIMIT ? holds.contains(true) : !holds.contains(false);
    }

    /** The variance as a percentage of the budget's magnitude, to 34 significant digits; empty on zero. */
    private static Optional<BigDecimal> percent(Money variance, Money budget) {
        if (budget.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                variance.amount().multiply(HUNDRED).divide(budget.amount().abs(), MathContext.DECIMAL128));
    }

    private static String reason(LineKind kind, Money budget, Money variance, Judgement j, FinancePolicy policy) {
        String status = ": " + j.status().name();
        if (variance.signum() == 0) {
            return "projected to " + (kind == LineKind.INCOME ? "receive" : "spend") + " the "
                    + policy.display(budget.abs()) + " " + kind.budgetNoun() + " exactly" + status;
        }
        String noun = variance.signum() > 0 ? kind.adverseNoun() : kind.favourableNoun();
        String against = percent(variance, budget)
                .map(p -> " (" + policy.displayPercent(p) + " of the " + policy.display(budget.abs()) + " "
                        + kind.budgetNoun() + ")")
                .orElse(" against " + article(kind.budgetNoun()) + " " + kind.budgetNoun() + " of "
                        + policy.display(budget));
        return "projected " + noun + " of " + policy.display(variance.abs()) + against
                + (j.significantUnderspend() ? ", a significant " + noun : "") + status;
    }

    private static String movement(LineKind kind, Money was, Money now, ReportingPeriod then, FinancePolicy policy) {
        Money change = now.minus(was);
        String since = " since " + then;
        if (change.signum() == 0) {
            return "the forecast variance is unchanged" + since + " (" + describe(kind, now, policy) + ")";
        }
        if (was.signum() != 0 && was.signum() == now.signum()) {
            String noun = now.signum() > 0 ? kind.adverseNoun() : kind.favourableNoun();
            boolean grown = now.amount().abs().compareTo(was.amount().abs()) > 0;
            return "the projected " + noun + " has " + (grown ? "grown" : "fallen") + " by "
                    + policy.display(change.abs()) + since;
        }
        return "the forecast has moved from " + describe(kind, was, policy) + " at " + then + " to "
                + describe(kind, now, policy);
    }

    private static String describe(LineKind kind, Money variance, FinancePolicy policy) {
        if (variance.signum() == 0) {
            return "no variance";
        }
        String noun = variance.signum() > 0 ? kind.adverseNoun() : kind.favourableNoun();
        return article(noun) + " " + noun + " of " + policy.display(variance.abs());
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
    }

    // ---- savings

    private static void savings(
            Dataset dataset,
            ReportingPeriod period,
            Predicate<String> chosen,
            boolean council,
            FinancePolicy policy,
            FinanceReport.Builder report) {
        List<Saving> all = dataset.savings().stream()
                .filter(s -> chosen.test(s.portfolio()))
                .collect(Collectors.toList());
        List<Saving> now = all.stream().filter(s -> s.period().equals(period)).collect(Collectors.toList());
        for (Saving s : now) {
            Optional<Saving> previous =
                    previous(all, s, o -> o.reference().equals(s.reference()), Saving::period, Saving::year);
            report.addSavingItems(progressOf(s, previous, policy));
        }
        for (Map.Entry<String, List<Saving>> e :
                byPortfolio(now, Saving::portfolio).entrySet()) {
            String name = e.getKey();
            report.addSavings(summary(
                    FinanceScope.PORTFOLIO,
                    name,
                    e.getValue(),
                    all.stream().filter(s -> s.portfolio().equals(name)).collect(Collectors.toList()),
                    policy));
        }
        if (council && !now.isEmpty()) {
            report.savingsTotal(summary(FinanceScope.COUNCIL, "Council", now, all, policy));
        }
    }

    /**
     * One saving's position, on its own.
     *
     * @param saving the saving
     * @param policy how figures are shown
     * @return the progress
     */
    public static SavingProgress progress(Saving saving, FinancePolicy policy) {
        return progressOf(saving, Optional.empty(), policy);
    }

    /**
     * One saving's position, with the change since its previous record.
     *
     * @param saving the saving
     * @param previous its record at an earlier period
     * @param policy how figures are shown
     * @return the progress
     */
    public static SavingProgress progress(Saving saving, Saving previous, FinancePolicy policy) {
        return progressOf(saving, Optional.of(previous), policy);
    }

    private static SavingProgress progressOf(Saving saving, Optional<Saving> previous, FinancePolicy policy) {
        Money shortfall = saving.required().minus(saving.forecast());
        StringBuilder reason = new StringBuilder()
                .append(policy.display(saving.forecast()))
                .append(" forecast against ")
                .append(policy.display(saving.required()))
                .append(" required")
                .append(shortfallText(shortfall, policy, ", "))
                .append(": ")
                .append(saving.status().name())
                .append(" (")
                .append(saving.status().meaning())
                .append(')');
        previous.filter(p -> p.status() != saving.status())
                .ifPresent(p -> reason.append(", ")
                        .append(p.status().name())
                        .append(" at ")
                        .append(p.period()));
        return SavingProgress.builder()
                .saving(saving)
                .shortfall(shortfall)
                .previousPeriod(previous.map(Saving::period))
                .previousStatus(previous.map(Saving::status))
                .previousForecast(previous.map(Saving::forecast))
                .reason(reason.toString())
                .policyReference(policy.reference())
                .build();
    }

    private static String shortfallText(Money shortfall, FinancePolicy policy, String lead) {
        if (shortfall.signum() > 0) {
            return lead + "a shortfall of " + policy.display(shortfall);
        }
        if (shortfall.signum() < 0) {
            return lead + policy.display(shortfall.abs()) + " above the requirement";
        }
        return lead + "the requirement met in full";
    }

    private static SavingsSummary summary(
            FinanceScope scope, String name, List<Saving> now, List<Saving> candidates, FinancePolicy policy) {
        Saving first = now.get(0);
        Currency currency = first.required().currency();
        Money required = Money.total(currency, map(now, Saving::required));
        Money forecast = Money.total(currency, map(now, Saving::forecast));
        Money delivered = Money.total(
                currency, now.stream().flatMap(s -> s.delivered().stream()).collect(Collectors.toList()));
        Money shortfall = required.minus(forecast);
        Map<SavingStatus, Integer> counts = new EnumMap<>(SavingStatus.class);
        Map<SavingStatus, Money> values = new EnumMap<>(SavingStatus.class);
        for (SavingStatus status : SavingStatus.values()) {
            List<Saving> in = now.stream().filter(s -> s.status() == status).collect(Collectors.toList());
            counts.put(status, in.size());
            values.put(status, Money.total(currency, map(in, Saving::required)));
        }
        StringBuilder reason = new StringBuilder("savings of ")
                .append(policy.display(forecast))
                .append(" forecast against ")
                .append(policy.display(required))
                .append(" required")
                .append(shortfallText(shortfall, policy, ": "));
        if (shortfall.signum() > 0 && required.signum() > 0) {
            reason.append(" (")
                    .append(policy.displayPercent(percent(shortfall, required).orElseThrow()))
                    .append(" of the requirement)");
        }
        reason.append("; by requirement ");
        StringBuilder byCount = new StringBuilder();
        for (SavingStatus status : SavingStatus.values()) {
            String sep = status == SavingStatus.BLUE ? "" : ", ";
            reason.append(sep)
                    .append(policy.display(values.get(status)))
                    .append(' ')
                    .append(colour(status));
            byCount.append(sep).append(counts.get(status)).append(' ').append(colour(status));
        }
        reason.append(" (proposals: ").append(byCount).append(')');
        SavingsSummary.Builder b = SavingsSummary.builder()
                .scope(scope)
                .name(name)
                .period(first.period())
                .required(required)
                .forecast(forecast)
                .delivered(delivered)
                .shortfall(shortfall)
                .countByStatus(counts)
                .valueByStatus(values)
                .reason(reason.toString())
                .policyReference(policy.reference());
        latestBefore(candidates, first, s -> true, Saving::period, Saving::year).ifPresent(then -> {
            Money was = Money.total(
                    currency,
                    candidates.stream()
                            .filter(s -> s.period().equals(then))
                            .map(Saving::forecast)
                            .collect(Collectors.toList()));
            Money change = forecast.minus(was);
            b.previousPeriod(then)
                    .previousForecast(was)
                    .movement(change)
                    .movementReason(
                            change.signum() == 0
                                    ? "the forecast is unchanged since " + then
                                    : "the forecast has " + (change.signum() > 0 ? "risen" : "fallen") + " by "
                                            + policy.display(change.abs()) + " since " + then);
        });
        return b.build();
    }

    private static String colour(SavingStatus status) {
        String name = status.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    // ---- helpers

    /**
     * The latest period before the item's own, in the same financial year, among the candidates that
     * match.
     */
    private static <T> Optional<ReportingPeriod> latestBefore(
            List<T> candidates, T item, Predicate<T> same, Function<T, ReportingPeriod> period, Function<T, ?> year) {
        return previous(candidates, item, same, period, year).map(period);
    }

    /** The matching candidate of the latest period before the item's own, in the same financial year. */
    private static <T> Optional<T> previous(
            List<T> candidates, T item, Predicate<T> same, Function<T, ReportingPeriod> period, Function<T, ?> year) {
        ReportingPeriod own = period.apply(item);
        Object ownYear = year.apply(item);
        return candidates.stream()
                .filter(c -> same.test(c)
                        && year.apply(c).equals(ownYear)
                        && period.apply(c).end().isBefore(own.end()))
                .max(java.util.Comparator.comparing(period, ReportingPeriod.ORDER));
    }

    private static <T> Map<String, List<T>> byPortfolio(List<T> items, Function<T, String> portfolio) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        items.forEach(i ->
                map.computeIfAbsent(portfolio.apply(i), k -> new ArrayList<>()).add(i));
        return map;
    }

    private static <T> List<Money> map(List<T> items, Function<T, Money> f) {
        return items.stream().map(f).collect(Collectors.toList());
    }
}
