package io.github.outturn.summary;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.CountingMethod;
import io.github.outturn.rating.PercentageRounding;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Reconciles the figures a report printed with each other and with the action register (docs/summaries.md,
 * "Reconciliation of printed figures").
 *
 * <p>Every printed figure is an interval from its printed precision. A report has one printed
 * precision for its counts and totals, the most decimals any of them shows: where it prints "28.5",
 * its "12" means 12.0, [11.95, 12.05]. Percentages have their own precision ("25%" is [24.5, 25.5]);
 * under LARGEST_REMAINDER rounding a percentage may be a whole unit off, so its interval is one unit
 * either side. Counts and totals cannot be below zero. A scope that prints counts prints zero for the
 * statuses it leaves out.
 *
 * <p>The checks, each between one printed figure and the interval the others imply (two intervals
 * agree when they overlap, edges included):
 *
 * <ul>
 *   <li>a scope's total against the sum of its own counts;
 *   <li>a scope's percentage against the share of its counts: the share x/(x + r) of a count x in the
 *       denominator, with r the other denominator counts, is smallest at (low x, high r) and largest
 *       at (high x, low r);
 *   <li>with FRACTIONAL or PRIMARY counting, where the parts add up to the whole: the plan's counts and
 *       total against the sums of the printed priorities' (or, with no priority figures, the themes'),
 *       its percentages (when it prints no counts of its own) against the shares of those sums, and a
 *       theme's against its printed priorities' (themes come from the dataset). A summed interval is
 *       the sum of the intervals: fifteen counts each within 0.05 sum to within 0.75. Priorities with
 *       no printed figures count nothing (Rotherham's priority 4, monitored elsewhere);
 *   <li>percentages of a scope with no counts to check them against, when they cover every
 *       denominator status the report mentions: each against 100 minus the others;
 *   <li>a printed percentage above 100 against the range of a percentage ("165%" is a slip, for 65%
 *       or 16.5%, that the search below can name);
 *   <li>with an action register rated for the report's period: every figure against the exact value
 *       {@link ActionSummaries#summarise} computes (a total against all actions of the scope).
 * </ul>
 *
 * <p>When some check fails, each single slip of one figure is tried (decimal point moved, lost or
 * added; two adjacent digits swapped; a digit dropped; a digit repeated or extra, see {@link
 * EditKind}), and every candidate under which all checks pass is listed, ordered by distance: the sum
 * over all checks of ((printed - implied) / h)^2, where implied is computed from the point values of
 * the other figures and h is half a unit in the figure's last printed place (the gap in rounding
 * half-units). Ties go to the earlier {@link EditKind}, then the earlier figure. A candidate that
 * prints more decimals than the report prints anywhere else ("0.10" where counts have one decimal)
 * is the less likely reading and comes after every other.
 *
 * <pre>{@code
 * ReconciliationReport r = Reconciliation.reconcile(dataset.getReported(), dataset, policy);
 * for (Discrepancy d : r.getDiscrepancies()) System.out.println(d.getMessage());
 * r.getCorrections().get(0).getMessage();
 * // priority P2 GREEN count 35 was probably 3.5 (misplaced decimal point): every figure then agrees ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Reconciliation {

    private static final BigFraction HUNDRED = BigFraction.of(100);

    private Reconciliation() {}

    /**
     * Reconciles every report in a dataset's printed figures: one report per source and period, in
     * the order they first appear, each checked against the register too when it is rated for the
     * period.
     *
     * @param dataset the dataset, not null
     * @param policy the policy: counting method, denominator and percentage rounding, not null
     * @return one report per printed report
     */
    public static List<ReconciliationReport> reconcile(Dataset dataset, RatingPolicy policy) {
        Map<List<Object>, List<ReportedSummary>> groups = new LinkedHashMap<>();
        for (ReportedSummary s : dataset.getReported()) {
            List<Object> key = new ArrayList<>();
            key.add(s.getSource());
            key.add(s.getPeriod());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<ReconciliationReport> out = new ArrayList<>();
        for (List<ReportedSummary> g : groups.values()) {
            out.add(reconcile(g, dataset, policy));
        }
        return out;
    }

    /**
     * Reconciles the figures of one report with each other, without data (themes are not checked
     * against priorities, having no dataset to say which priorities a theme holds).
     *
     * @param printed the report's figures, from one source and period, not null
     * @param policy the policy, not null
     * @return the report
     * @throws IllegalArgumentException if the figures name different sources or periods, or a
     *     figure is negative (a percentage above 100 is a discrepancy, not an error)
     */
    public static ReconciliationReport reconcile(List<ReportedSummary> printed, RatingPolicy policy) {
        return new Engine(printed, null, policy).run();
    }

    /**
     * Reconciles the figures of one report with each other and, when the dataset has actions rated
     * for the report's period, with the action register.
     *
     * @param printed the report's figures, from one source and period, not null
     * @param dataset the dataset: themes, and the register, not null
     * @param policy the policy, not null
     * @return the report
     * @throws IllegalArgumentException if the figures name different sources or periods, or a
     *     figure is negative (a percentage above 100 is a discrepancy, not an error)
     */
    public static ReconciliationReport reconcile(List<ReportedSummary> printed, Dataset dataset, RatingPolicy policy) {
        return new Engine(printed, Objects.requireNonNull(dataset, "dataset"), policy).run();
    }

    /** Stops the evaluation of a candidate at its first failing check. */
    private static final class CandidateFails extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final CandidateFails INSTANCE = new CandidateFails();

        private CandidateFails() {
            super("candidate fails", null, false, false);
        }
    }

    /** An interval with a point inside it (or, when none is defined, at its middle). */
    private static final class Est {
        final BigFraction lo;
        final BigFraction hi;
        final BigFraction point;

        Est(BigFraction lo, BigFraction hi, BigFraction point) {
            this.lo = lo;
            this.hi = hi;
            this.point = point;
        }

        static Est exact(BigFraction v) {
            return new Est(v, v, v);
        }

        Est plus(Est o) {
            return new Est(lo.add(o.lo), hi.add(o.hi), point.add(o.point));
        }
    }

    /** One figure of the report. */
    private static final class Fig {
        final int summary;
        final FigureKind kind;
        final Status status;
        final PrintedFigure figure;

        Fig(int summary, FigureKind kind, Status status, PrintedFigure figure) {
            this.summary = summary;
            this.kind = kind;
            this.status = status;
            this.figure = figure;
        }
    }

    /** One printed scope: the indexes of its figures. */
    private static final class Entry {
        final ReportedSummary summary;
        final Map<Status, Integer> counts = new EnumMap<>(Status.class);
        final Map<Status, Integer> percentages = new EnumMap<>(Status.class);
        Integer total;
        final List<Entry> parts = new ArrayList<>();
        Optional<ActionSummary> data = Optional.empty();
        boolean dataScopeMissing;

        Entry(ReportedSummary summary) {
            this.summary = summary;
        }
    }

    /** One failed or passed check. */
    private static final class Result {
        final int fig;
        final String basis;
        final Est implied;
        final boolean pass;
        final BigFraction gapSquared;

        Result(int fig, String basis, Est implied, boolean pass, BigFraction gapSquared) {
            this.fig = fig;
            this.basis = basis;
            this.implied = implied;
            this.pass = pass;
            this.gapSquared = gapSquared;
        }
    }

    private static final class Engine {
        final List<ReportedSummary> printed;
        final RatingPolicy policy;
        final List<Entry> entries = new ArrayList<>();
        final List<Fig> figs = new ArrayList<>();
        final Set<Status> denominator;
        final Set<Status> mentioned = EnumSet.noneOf(Status.class);
        boolean againstData;
        /** Set only while one candidate is evaluated, within one call on one thread. */
        boolean searching;

        Engine(List<ReportedSummary> printed, Dataset dataset, RatingPolicy policy) {
            this.printed = List.copyOf(Objects.requireNonNull(printed, "printed"));
            this.policy = Objects.requireNonNull(policy, "policy");
            this.denominator = EnumSet.copyOf(policy.getDenominatorStatuses());
            for (ReportedSummary s : this.printed) {
                if (!s.getSource().equals(this.printed.get(0).getSource())
                        || !s.getPeriod().equals(this.printed.get(0).getPeriod())) {
                    throw new IllegalArgumentException("Printed figures from " + describe(s)
                            + " and from " + describe(this.printed.get(0))
                            + " were given together: reconcile one source and period at a time");
                }
                Entry e = new Entry(s);
                int index = entries.size();
                entries.add(e);
                s.getCounts().forEach((st, v) -> e.counts.put(st, add(index, FigureKind.COUNT, st, v)));
                s.getTotal().ifPresent(v -> e.total = add(index, FigureKind.TOTAL, null, v));
                s.getPercentages().forEach((st, v) -> e.percentages.put(st, add(index, FigureKind.PERCENTAGE, st, v)));
                mentioned.addAll(s.getCounts().keySet());
                mentioned.addAll(s.getPercentages().keySet());
            }
            linkParts(dataset);
            linkData(dataset);
        }

        private static String describe(ReportedSummary s) {
            return s.getSource().orElse("no source") + ", "
                    + s.getPeriod().map(Object::toString).orElse("no period");
        }

        private int add(int summary, FigureKind kind, Status status, BigDecimal value) {
            ReportedSummary s = entries.get(summary).summary;
            PrintedFigure f = PrintedFigure.builder()
                    .scope(s.getScope())
                    .scopeId(s.getScopeId())
                    .kind(kind)
                    .status(Optional.ofNullable(status))
                    .printed(value)
                    .build();
            if (value.signum() < 0) {
                // A percentage above 100 is kept: it is a discrepancy, and a slip ("165" for 65) may explain it.
                throw new IllegalArgumentException("The printed figure " + f + " (" + describe(s)
                        + ") is out of range: expected "
                        + (kind == FigureKind.PERCENTAGE
                                ? "a percentage, 0 or more"
                                : "a number of actions, 0 or more"));
            }
            figs.add(new Fig(summary, kind, status, f));
            return figs.size() - 1;
        }

        private void linkParts(Dataset dataset) {
            if (policy.getCountingMethod() == CountingMethod.FULL) {
                return;
            }
            List<Entry> priorities = new ArrayList<>();
            List<Entry> themes = new ArrayList<>();
            for (Entry e : entries) {
                if (e.summary.getScope() == SummaryScope.PRIORITY) {
                    priorities.add(e);
                } else if (e.summary.getScope() == SummaryScope.THEME) {
                    themes.add(e);
                }
            }
            for (Entry e : entries) {
                if (e.summary.getScope() == SummaryScope.PLAN) {
                    e.parts.addAll(priorities.isEmpty() ? themes : priorities);
                } else if (e.summary.getScope() == SummaryScope.THEME && dataset != null) {
                    String theme = e.summary.getScopeId().orElseThrow();
                    for (Entry p : priorities) {
                        Optional<Priority> pr =
                                dataset.findPriority(p.summary.getScopeId().orElseThrow());
                        if (pr.flatMap(Priority::getThemeId)
                                .filter(theme::equals)
                                .isPresent()) {
                            e.parts.add(p);
                        }
                    }
                }
            }
        }

        private void linkData(Dataset dataset) {
            Optional<ReportingPeriod> period =
                    printed.isEmpty() ? Optional.empty() : printed.get(0).getPeriod();
            if (dataset == null || period.isEmpty()) {
                return;
            }
            ReportingPeriod p = period.get();
            boolean rated = dataset.getActions().stream()
                    .anyMatch(a -> dataset.findUpdate(a.getId(), p).isPresent());
            if (!rated) {
                return;
            }
            againstData = true;
            PlanSummary summary = ActionSummaries.summarise(dataset, p, policy);
            for (Entry e : entries) {
                e.data = summary.find(
                        e.summary.getScope(), e.summary.getScopeId().orElse(null));
                e.dataScopeMissing = e.data.isEmpty();
            }
        }

        int countScale(BigDecimal[] values) {
            int scale = 0;
            for (int i = 0; i < figs.size(); i++) {
                if (figs.get(i).kind != FigureKind.PERCENTAGE) {
                    scale = Math.max(scale, Math.max(0, values[i].scale()));
                }
            }
            return scale;
        }

        int percentageScale(BigDecimal[] values) {
            int scale = 0;
            for (int i = 0; i < figs.size(); i++) {
                if (figs.get(i).kind == FigureKind.PERCENTAGE) {
                    scale = Math.max(scale, Math.max(0, values[i].scale()));
                }
            }
            return scale;
        }

        /** Half a unit in the last printed place, or a whole unit for largest-remainder percentages. */
        BigFraction half(int fig, int countScale, int percentageScale) {
            boolean pct = figs.get(fig).kind == FigureKind.PERCENTAGE;
            BigFraction unit = BigFraction.of(BigInteger.ONE, BigInteger.TEN.pow(pct ? percentageScale : countScale));
            return pct && policy.getPercentageRounding() == PercentageRounding.LARGEST_REMAINDER
                    ? unit
                    : unit.divide(2);
        }

        Est interval(int fig, BigDecimal[] values, int cs, int ps) {
            BigFraction v = fraction(values[fig]);
            BigFraction h = half(fig, cs, ps);
            BigFraction lo = v.subtract(h);
            return new Est(lo.signum() < 0 ? BigFraction.ZERO : lo, v.add(h), v);
        }

        /** The counts a scope prints (zero for statuses it leaves out), or null if it prints none. */
        Map<Status, Est> own(Entry e, BigDecimal[] values, int cs, int ps) {
            if (e.counts.isEmpty()) {
                return null;
            }
            Map<Status, Est> out = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                Integer i = e.counts.get(s);
                out.put(s, i == null ? Est.exact(BigFraction.ZERO) : interval(i, values, cs, ps));
            }
            return out;
        }

        /** The sums of the parts' counts, or null if some part prints none. */
        Map<Status, Est> ofParts(Entry e, BigDecimal[] values, int cs, int ps) {
            Map<Status, Est> out = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                out.put(s, Est.exact(BigFraction.ZERO));
            }
            for (Entry p : e.parts) {
                Map<Status, Est> c = own(p, values, cs, ps);
                if (c == null) {
                    return null;
                }
                c.forEach((s, v) -> out.merge(s, v, Est::plus));
            }
            return out;
        }

        static Est sum(Map<Status, Est> counts, Set<Status> statuses) {
            Est sum = Est.exact(BigFraction.ZERO);
            for (Status s : statuses) {
                sum = sum.plus(counts.get(s));
            }
            return sum;
        }

        /** The percentage share of one status, as an interval, or null when none is defined. */
        Est share(Map<Status, Est> counts, Status x) {
            Set<Status> rest = EnumSet.copyOf(denominator);
            rest.remove(x);
            Est c = counts.get(x);
            Est r = sum(counts, rest);
            BigFraction loBase = c.lo.add(r.hi);
            BigFraction hiBase = c.hi.add(r.lo);
            BigFraction lo = loBase.isZero() ? BigFraction.ZERO : c.lo.divide(loBase);
            BigFraction hi = hiBase.isZero() ? BigFraction.ONE : c.hi.divide(hiBase);
            BigFraction base = c.point.add(r.point);
            BigFraction point = base.isZero() ? lo.add(hi).divide(2) : c.point.divide(base);
            return new Est(lo.multiply(HUNDRED), hi.multiply(HUNDRED), point.multiply(HUNDRED));
        }

        List<Result> evaluate(BigDecimal[] values) {
            int cs = countScale(values);
            int ps = percentageScale(values);
            List<Result> out = new ArrayList<>();
            for (Entry e : entries) {
                Map<Status, Est> own = own(e, values, cs, ps);
                Map<Status, Est> parts = e.parts.isEmpty() ? null : ofParts(e, values, cs, ps);
                if (own != null && e.total != null) {
                    out.add(check(
                            e.total, sum(own, EnumSet.allOf(Status.class)), "the sum of its counts", values, cs, ps));
                }
                for (int i : e.percentages.values()) {
                    Est own100 = interval(i, values, cs, ps);
                    if (own100.lo.compareTo(HUNDRED) > 0) {
                        out.add(check(
                                i,
                                new Est(BigFraction.ZERO, HUNDRED, HUNDRED),
                                "the range of a percentage",
                                values,
                                cs,
                                ps));
                    }
                }
                Map<Status, Est> base = own != null ? own : parts;
                String basis = own != null ? "the share of its counts" : "the share of the parts' counts";
                for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
                    if (base != null && denominator.contains(p.getKey())) {
                        out.add(check(p.getValue(), share(base, p.getKey()), basis, values, cs, ps));
                    }
                }
                if (base == null && e.percentages.keySet().containsAll(intersect(mentioned, denominator))) {
                    for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
                        if (denominator.contains(p.getKey())) {
                            out.add(check(
                                    p.getValue(),
                                    complement(e, p.getKey(), values, cs, ps),
                                    "100 less the other percentages",
                                    values,
                                    cs,
                                    ps));
                        }
                    }
                }
                if (parts != null) {
                    for (Map.Entry<Status, Integer> c : e.counts.entrySet()) {
                        out.add(check(
                                c.getValue(), parts.get(c.getKey()), "the sum of the parts' counts", values, cs, ps));
                    }
                }
                if (!e.parts.isEmpty() && e.total != null) {
                    Est t = partTotals(e, values, cs, ps);
                    if (t != null) {
                        out.add(check(e.total, t, "the sum of the parts' totals", values, cs, ps));
                    }
                }
                dataChecks(e, values, cs, ps, out);
            }
            return out;
        }

        private void dataChecks(Entry e, BigDecimal[] values, int cs, int ps, List<Result> out) {
            if (e.dataScopeMissing) {
                for (int i = 0; i < figs.size(); i++) {
                    if (entries.get(figs.get(i).summary) == e) {
                        out.add(check(i, null, "the action register, which has no such scope", values, cs, ps));
                    }
                }
                return;
            }
            if (e.data.isEmpty()) {
                return;
            }
            RagDistribution d = e.data.get().getDistribution();
            e.counts.forEach(
                    (s, i) -> out.add(check(i, Est.exact(d.getCount(s)), "the action register", values, cs, ps)));
            if (e.total != null) {
                out.add(check(e.total, Est.exact(d.getOverallTotal()), "the action register", values, cs, ps));
            }
            e.percentages.forEach((s, i) -> out.add(check(
                    i,
                    d.getShare(s).map(v -> Est.exact(v.multiply(HUNDRED))).orElse(null),
                    "the action register",
                    values,
                    cs,
                    ps)));
        }

        private static Set<Status> intersect(Set<Status> a, Set<Status> b) {
            Set<Status> out = EnumSet.copyOf(b);
            out.retainAll(a);
            return out;
        }

        private Est complement(Entry e, Status x, BigDecimal[] values, int cs, int ps) {
            Est others = Est.exact(BigFraction.ZERO);
            for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
                if (p.getKey() != x && denominator.contains(p.getKey())) {
                    others = others.plus(interval(p.getValue(), values, cs, ps));
                }
            }
            return new Est(HUNDRED.subtract(others.hi), HUNDRED.subtract(others.lo), HUNDRED.subtract(others.point));
        }

        private Est partTotals(Entry e, BigDecimal[] values, int cs, int ps) {
            Est sum = Est.exact(BigFraction.ZERO);
            for (Entry p : e.parts) {
                Map<Status, Est> c = own(p, values, cs, ps);
                if (c != null) {
                    sum = sum.plus(sum(c, EnumSet.allOf(Status.class)));
                } else if (p.total != null) {
                    sum = sum.plus(interval(p.total, values, cs, ps));
                } else {
                    return null;
                }
            }
            return sum;
        }

        private Result check(int fig, Est implied, String basis, BigDecimal[] values, int cs, int ps) {
            Est own = interval(fig, values, cs, ps);
            if (implied == null) {
                failed();
                return new Result(fig, basis, null, false, BigFraction.ZERO);
            }
            boolean pass = own.lo.compareTo(implied.hi) <= 0 && implied.lo.compareTo(own.hi) <= 0;
            if (!pass) {
                failed();
            }
            BigFraction gap = own.point.subtract(implied.point).divide(half(fig, cs, ps));
            return new Result(fig, basis, implied, pass, gap.multiply(gap));
        }

        /** While searching, a candidate is dropped at its first failing check. */
        private void failed() {
            if (searching) {
                throw CandidateFails.INSTANCE;
            }
        }

        static BigFraction distance(List<Result> results) {
            BigFraction d = BigFraction.ZERO;
            for (Result r : results) {
                d = d.add(r.gapSquared);
            }
            return d;
        }

        ReconciliationReport run() {
            BigDecimal[] values = new BigDecimal[figs.size()];
            for (int i = 0; i < figs.size(); i++) {
                values[i] = figs.get(i).figure.getPrinted();
            }
            List<Result> results = evaluate(values);
            int cs = countScale(values);
            int ps = percentageScale(values);
            ImmutableReconciliationReport.Builder b = ReconciliationReport.builder()
                    .source(
                            printed.isEmpty()
                                    ? Optional.empty()
                                    : printed.get(0).getSource())
                    .period(
                            printed.isEmpty()
                                    ? Optional.empty()
                                    : printed.get(0).getPeriod())
                    .countDecimals(cs)
                    .percentageDecimals(ps)
                    .figureCount(figs.size())
                    .checkCount(results.size())
                    .againstData(againstData)
                    .distance(distance(results))
                    .policyReference(policy.getReference());
            boolean allPass = true;
            for (Result r : results) {
                if (!r.pass) {
                    allPass = false;
                    b.addDiscrepancies(discrepancy(r, values, cs, ps));
                }
            }
            if (!allPass) {
                b.addAllCorrections(search(values));
            }
            return b.build();
        }

        private Discrepancy discrepancy(Result r, BigDecimal[] values, int cs, int ps) {
            Fig f = figs.get(r.fig);
            Est own = interval(r.fig, values, cs, ps);
            int scale = (f.kind == FigureKind.PERCENTAGE ? ps : cs) + 2;
            String unit = f.kind == FigureKind.PERCENTAGE ? "%" : "";
            String ownText = f.figure + " (" + text(own.lo, scale) + unit + " to " + text(own.hi, scale) + unit + ")";
            ImmutableDiscrepancy.Builder d = Discrepancy.builder()
                    .figure(f.figure)
                    .printedLow(decimal(own.lo, scale))
                    .printedHigh(decimal(own.hi, scale))
                    .basis(r.basis);
            if (r.implied == null) {
                return d.message(ownText + " cannot be checked against " + r.basis + ": it gives no value")
                        .build();
            }
            return d.impliedValue(r.implied.point)
                    .impliedLow(r.implied.lo)
                    .impliedHigh(r.implied.hi)
                    .message(ownText + " disagrees with " + r.basis + ", " + text(r.implied.point, scale) + unit
                            + " (" + text(r.implied.lo, scale) + unit + " to " + text(r.implied.hi, scale) + unit
                            + ")")
                    .build();
        }

        private List<Correction> search(BigDecimal[] values) {
            List<Correction> found = new ArrayList<>();
            // Corrections that print more decimals than the report does anywhere else ("0.10" in a
            // one-decimal report) are the less plausible: they rank after the others.
            List<Correction> finer = new ArrayList<>();
            int cs = countScale(values);
            int ps = percentageScale(values);
            for (int i = 0; i < figs.size(); i++) {
                for (Map.Entry<BigDecimal, EditKind> alt :
                        alternatives(values[i]).entrySet()) {
                    if (figs.get(i).kind == FigureKind.PERCENTAGE
                            && alt.getKey().compareTo(BigDecimal.valueOf(100)) > 0) {
                        continue;
                    }
                    BigDecimal[] changed = values.clone();
                    changed[i] = alt.getKey();
                    List<Result> results;
                    searching = true;
                    try {
                        results = evaluate(changed);
                    } catch (CandidateFails e) {
                        results = null;
                    } finally {
                        searching = false;
                    }
                    if (results != null) {
                        BigFraction distance = distance(results);
                        PrintedFigure f = figs.get(i).figure;
                        int reportScale = figs.get(i).kind == FigureKind.PERCENTAGE ? ps : cs;
                        (alt.getKey().scale() > reportScale ? finer : found)
                                .add(Correction.builder()
                                        .figure(f)
                                        .corrected(alt.getKey())
                                        .edit(alt.getValue())
                                        .distance(distance)
                                        .message(f + " was probably "
                                                + alt.getKey().toPlainString() + " ("
                                                + alt.getValue()
                                                        .name()
                                                        .toLowerCase(Locale.ROOT)
                                                        .replace('_', ' ')
                                                + "): every figure then agrees, at a distance of "
                                                + text(distance, 2))
                                        .build());
                    }
                }
            }
            Comparator<Correction> order =
                    Comparator.comparing(Correction::getDistance).thenComparing(Correction::getEdit);
            found.sort(order);
            finer.sort(order);
            found.addAll(finer);
            return found;
        }
    }

    /**
     * Every value a single slip could have turned into this printed one, with the slip, each value
     * once (under the first slip in {@link EditKind} order that gives it). Values that differ only
     * in precision are different candidates ("100" may be 10, a repeated digit, or 10.0, a misplaced
     * decimal point), since a figure's decimals set the report's precision; a value equal to the
     * printed one is none, and a swap never leads with a zero.
     */
    static Map<BigDecimal, EditKind> alternatives(BigDecimal printed) {
        String s = printed.toPlainString();
        int point = s.indexOf('.');
        String digits = s.replace(".", "");
        int intDigits = point < 0 ? digits.length() : point;
        Map<BigDecimal, EditKind> out = new LinkedHashMap<>();
        // The decimal point anywhere else, or nowhere.
        for (int p = 0; p <= digits.length(); p++) {
            if (p != intDigits) {
                offer(out, printed, digits, p, EditKind.MISPLACED_DECIMAL_POINT);
            }
        }
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(i + 1)) {
                char[] c = digits.toCharArray();
                c[i] = digits.charAt(i + 1);
                c[i + 1] = digits.charAt(i);
                if (c[0] != '0' || intDigits <= 1) {
                    offer(out, printed, new String(c), intDigits, EditKind.SWAPPED_DIGITS);
                }
            }
        }
        for (int i = 0; i <= digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                String longer = digits.substring(0, i) + d + digits.substring(i);
                if (i <= intDigits) {
                    offer(out, printed, longer, intDigits + 1, EditKind.DROPPED_DIGIT);
                }
                if (i >= intDigits && point >= 0) {
                    offer(out, printed, longer, intDigits, EditKind.DROPPED_DIGIT);
                }
            }
        }
        if (digits.length() > 1) {
            for (int i = 0; i < digits.length(); i++) {
                char c = digits.charAt(i);
                boolean repeated =
                        (i > 0 && digits.charAt(i - 1) == c) || (i + 1 < digits.length() && digits.charAt(i + 1) == c);
                String shorter = digits.substring(0, i) + digits.substring(i + 1);
                offer(
                        out,
                        printed,
                        shorter,
                        i < intDigits ? intDigits - 1 : intDigits,
                        repeated ? EditKind.REPEATED_DIGIT : EditKind.EXTRA_DIGIT);
            }
        }
        return out;
    }

    /** Offers digits with a decimal point after {@code intDigits} of them, if it is a plain number. */
    private static void offer(
            Map<BigDecimal, EditKind> out, BigDecimal printed, String digits, int intDigits, EditKind kind) {
        while (intDigits > 1 && digits.charAt(0) == '0') {
            // "05" reads as 5.
            digits = digits.substring(1);
            intDigits--;
        }
        String text = intDigits == 0
                ? "0." + digits
                : intDigits >= digits.length()
                        ? digits
                        : digits.substring(0, intDigits) + "." + digits.substring(intDigits);
        BigDecimal v = new BigDecimal(text);
        if (v.compareTo(printed) != 0) {
            // Keyed by value and scale: 10 and 10.0 are two candidates.
            out.putIfAbsent(v, kind);
        }
    }

    static BigFraction fraction(BigDecimal v) {
        return v.scale() >= 0
                ? BigFraction.of(v.unscaledValue(), BigInteger.TEN.pow(v.scale()))
                : BigFraction.of(v.unscaledValue().multiply(BigInteger.TEN.pow(-v.scale())));
    }

    static BigDecimal decimal(BigFraction v, int scale) {
        return v.bigDecimalValue(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String text(BigFraction v, int scale) {
        BigDecimal d = decimal(v, scale);
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
