package io.github.outturn.summary;

import static io.github.outturn.summary.Reconciliation.HUNDRED;
import static io.github.outturn.summary.Reconciliation.decimal;
import static io.github.outturn.summary.Reconciliation.fraction;
import static io.github.outturn.summary.Reconciliation.text;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * One printed report being reconciled: its figures, the scopes they belong to (linked to their parts
 * and to the action register), and the checks between them. {@link #run} checks the figures as
 * printed and, when some check fails, every single slip of one figure; {@link Reconciliation} is the
 * public face, and says the rules.
 *
 * <pre>{@code
 * ReconciliationReport r = new PrintedReport(printed, dataset, policy).run();
 * }</pre>
 *
 * <p>Built and used within one call, on one thread. It runs to about 500 lines because every check
 * reads the same figures, scopes and reading; split into several classes, those would be threaded
 * through every function again.
 */
final class PrintedReport {
    /** One printed figure of the report: its scope (an index into the scopes), kind and status. */
    private record Figure(int scope, FigureKind kind, Status status, PrintedFigure printed) {}

    /** One printed scope (the plan, a priority, a theme): the indexes of its figures, its parts, its data. */
    private static final class Scope {
        final ReportedSummary summary;
        final Map<Status, Integer> counts = new EnumMap<>(Status.class);
        final Map<Status, Integer> percentages = new EnumMap<>(Status.class);
        Integer total;
        final List<Scope> parts = new ArrayList<>();
        Optional<ActionSummary> data = Optional.empty();
        boolean dataScopeMissing;

        Scope(ReportedSummary summary) {
            this.summary = summary;
        }
    }

    /** One check of a figure against the interval the others imply, passed or failed. */
    private record Check(int figure, String basis, Interval implied, boolean pass, BigFraction gapSquared) {}

    /**
     * One reading of the report's figures (the printed values, or the values with one slip undone),
     * with the precision of its counts and of its percentages.
     */
    private record Reading(BigDecimal[] values, int countDecimals, int percentageDecimals) {}

    /** The checks of one reading, and whether any failed. */
    private static final class Checks {
        final List<Check> all = new ArrayList<>();
        boolean failed;

        void add(Check c) {
            all.add(c);
            failed |= !c.pass();
        }
    }

    final List<ReportedSummary> printed;
    final RatingPolicy policy;
    final List<Scope> scopes = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final Set<Status> denominator;
    final Set<Status> mentioned = EnumSet.noneOf(Status.class);
    boolean againstData;

    PrintedReport(List<ReportedSummary> printed, Dataset dataset, RatingPolicy policy) {
        this.printed = List.copyOf(Objects.requireNonNull(printed, "printed"));
        this.policy = Objects.requireNonNull(policy, "policy");
        this.denominator = EnumSet.copyOf(policy.denominatorStatuses());
        for (ReportedSummary s : this.printed) {
            if (!s.source().equals(this.printed.get(0).source())
                    || !s.period().equals(this.printed.get(0).period())) {
                throw new IllegalArgumentException("Printed figures from " + describe(s)
                        + " and from " + describe(this.printed.get(0))
                        + " were given together: reconcile one source and period at a time");
            }
            Scope e = new Scope(s);
            int index = scopes.size();
            scopes.add(e);
            s.counts().forEach((st, v) -> e.counts.put(st, add(index, FigureKind.COUNT, st, v)));
            s.total().ifPresent(v -> e.total = add(index, FigureKind.TOTAL, null, v));
            s.percentages().forEach((st, v) -> e.percentages.put(st, add(index, FigureKind.PERCENTAGE, st, v)));
            mentioned.addAll(s.counts().keySet());
            mentioned.addAll(s.percentages().keySet());
        }
        linkParts(dataset);
        linkData(dataset);
    }

    private static String describe(ReportedSummary s) {
        return s.source().orElse("no source") + ", "
                + s.period().map(Object::toString).orElse("no period");
    }

    private int add(int summary, FigureKind kind, Status status, BigDecimal value) {
        ReportedSummary s = scopes.get(summary).summary;
        PrintedFigure f = PrintedFigure.builder()
                .scope(s.scope())
                .scopeId(s.scopeId())
                .kind(kind)
                .status(Optional.ofNullable(status))
                .printed(value)
                .build();
        if (value.signum() < 0) {
            // A percentage above 100 is kept: it is a discrepancy, and a slip ("165" for 65) may explain it.
            throw new IllegalArgumentException("The printed figure " + f + " (" + describe(s)
                    + ") is out of range: expected "
                    + (kind == FigureKind.PERCENTAGE ? "a percentage, 0 or more" : "a number of actions, 0 or more"));
        }
        figures.add(new Figure(summary, kind, status, f));
        return figures.size() - 1;
    }

    private void linkParts(Dataset dataset) {
        if (policy.countingMethod() == CountingMethod.FULL) {
            return;
        }
        List<Scope> priorities = new ArrayList<>();
        List<Scope> themes = new ArrayList<>();
        for (Scope e : scopes) {
            if (e.summary.scope() == SummaryScope.PRIORITY) {
                priorities.add(e);
            } else if (e.summary.scope() == SummaryScope.THEME) {
                themes.add(e);
            }
        }
        for (Scope e : scopes) {
            if (e.summary.scope() == SummaryScope.PLAN) {
                e.parts.addAll(priorities.isEmpty() ? themes : priorities);
            } else if (e.summary.scope() == SummaryScope.THEME && dataset != null) {
                String theme = e.summary.scopeId().orElseThrow();
                for (Scope p : priorities) {
                    Optional<Priority> pr =
                            dataset.findPriority(p.summary.scopeId().orElseThrow());
                    if (pr.flatMap(Priority::themeId).filter(theme::equals).isPresent()) {
                        e.parts.add(p);
                    }
                }
            }
        }
    }

    private void linkData(Dataset dataset) {
        Optional<ReportingPeriod> period =
                printed.isEmpty() ? Optional.empty() : printed.get(0).period();
        if (dataset == null || period.isEmpty()) {
            return;
        }
        ReportingPeriod p = period.get();
        boolean rated = dataset.actions().stream()
                .anyMatch(a -> dataset.findUpdate(a.id(), p).isPresent());
        if (!rated) {
            return;
        }
        againstData = true;
        PlanSummary summary = ActionSummaries.summarise(dataset, p, policy);
        for (Scope e : scopes) {
            e.data = summary.find(e.summary.scope(), e.summary.scopeId().orElse(null));
            e.dataScopeMissing = e.data.isEmpty();
        }
    }

    /** The values as a reading, with the precision of its counts and of its percentages. */
    Reading read(BigDecimal[] values) {
        int countDecimals = 0;
        int percentageDecimals = 0;
        for (int i = 0; i < figures.size(); i++) {
            int scale = Math.max(0, values[i].scale());
            if (figures.get(i).kind() == FigureKind.PERCENTAGE) {
                percentageDecimals = Math.max(percentageDecimals, scale);
            } else {
                countDecimals = Math.max(countDecimals, scale);
            }
        }
        return new Reading(values, countDecimals, percentageDecimals);
    }

    /** Half a unit in the last printed place, or a whole unit for largest-remainder percentages. */
    BigFraction half(int fig, Reading reading) {
        boolean pct = figures.get(fig).kind() == FigureKind.PERCENTAGE;
        BigFraction unit = BigFraction.of(
                BigInteger.ONE, BigInteger.TEN.pow(pct ? reading.percentageDecimals() : reading.countDecimals()));
        return pct && policy.percentageRounding() == PercentageRounding.LARGEST_REMAINDER ? unit : unit.divide(2);
    }

    Interval interval(int fig, Reading reading) {
        BigFraction v = fraction(reading.values()[fig]);
        BigFraction h = half(fig, reading);
        BigFraction lo = v.subtract(h);
        return new Interval(lo.signum() < 0 ? BigFraction.ZERO : lo, v.add(h), v);
    }

    /** The counts a scope prints (zero for statuses it leaves out), or null if it prints none. */
    Map<Status, Interval> own(Scope e, Reading reading) {
        if (e.counts.isEmpty()) {
            return null;
        }
        Map<Status, Interval> out = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            Integer i = e.counts.get(s);
            out.put(s, i == null ? Interval.exact(BigFraction.ZERO) : interval(i, reading));
        }
        return out;
    }

    /** The sums of the parts' counts, or null if some part prints none. */
    Map<Status, Interval> ofParts(Scope e, Reading reading) {
        Map<Status, Interval> out = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            out.put(s, Interval.exact(BigFraction.ZERO));
        }
        for (Scope p : e.parts) {
            Map<Status, Interval> c = own(p, reading);
            if (c == null) {
                return null;
            }
            c.forEach((s, v) -> out.merge(s, v, Interval::plus));
        }
        return out;
    }

    static Interval sum(Map<Status, Interval> counts, Set<Status> statuses) {
        Interval sum = Interval.exact(BigFraction.ZERO);
        for (Status s : statuses) {
            sum = sum.plus(counts.get(s));
        }
        return sum;
    }

    /** The percentage share of one status, as an interval, or null when none is defined. */
    Interval share(Map<Status, Interval> counts, Status x) {
        Set<Status> rest = EnumSet.copyOf(denominator);
        rest.remove(x);
        Interval c = counts.get(x);
        Interval r = sum(counts, rest);
        BigFraction loBase = c.low().add(r.high());
        BigFraction hiBase = c.high().add(r.low());
        BigFraction lo = loBase.isZero() ? BigFraction.ZERO : c.low().divide(loBase);
        BigFraction hi = hiBase.isZero() ? BigFraction.ONE : c.high().divide(hiBase);
        BigFraction base = c.point().add(r.point());
        BigFraction point = base.isZero() ? lo.add(hi).divide(2) : c.point().divide(base);
        return new Interval(lo.multiply(HUNDRED), hi.multiply(HUNDRED), point.multiply(HUNDRED));
    }

    /**
     * Every check of a reading; or, when {@code stopAtFailure}, empty as soon as a scope has a
     * failing check (a candidate correction is then dropped without checking the rest).
     */
    Optional<List<Check>> evaluate(Reading reading, boolean stopAtFailure) {
        Checks out = new Checks();
        for (Scope e : scopes) {
            Map<Status, Interval> own = own(e, reading);
            Map<Status, Interval> parts = e.parts.isEmpty() ? null : ofParts(e, reading);
            if (own != null && e.total != null) {
                out.add(check(e.total, sum(own, EnumSet.allOf(Status.class)), "the sum of its counts", reading));
            }
            for (int i : e.percentages.values()) {
                Interval own100 = interval(i, reading);
                if (own100.low().compareTo(HUNDRED) > 0) {
                    out.add(check(
                            i, new Interval(BigFraction.ZERO, HUNDRED, HUNDRED), "the range of a percentage", reading));
                }
            }
            Map<Status, Interval> base = own != null ? own : parts;
            String basis = own != null ? "the share of its counts" : "the share of the parts' counts";
            for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
                if (base != null && denominator.contains(p.getKey())) {
                    out.add(check(p.getValue(), share(base, p.getKey()), basis, reading));
                }
            }
            if (base == null && e.percentages.keySet().containsAll(intersect(mentioned, denominator))) {
                for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
                    if (denominator.contains(p.getKey())) {
                        out.add(check(
                                p.getValue(),
                                complement(e, p.getKey(), reading),
                                "100 less the other percentages",
                                reading));
                    }
                }
            }
            if (parts != null) {
                for (Map.Entry<Status, Integer> c : e.counts.entrySet()) {
                    out.add(check(c.getValue(), parts.get(c.getKey()), "the sum of the parts' counts", reading));
                }
            }
            if (!e.parts.isEmpty() && e.total != null) {
                Interval t = partTotals(e, reading);
                if (t != null) {
                    out.add(check(e.total, t, "the sum of the parts' totals", reading));
                }
            }
            dataChecks(e, reading, out);
            if (stopAtFailure && out.failed) {
                return Optional.empty();
            }
        }
        return Optional.of(out.all);
    }

    private void dataChecks(Scope e, Reading reading, Checks out) {
        if (e.dataScopeMissing) {
            for (int i = 0; i < figures.size(); i++) {
                if (scopes.get(figures.get(i).scope()) == e) {
                    out.add(check(i, null, "the action register, which has no such scope", reading));
                }
            }
            return;
        }
        if (e.data.isEmpty()) {
            return;
        }
        RagDistribution d = e.data.get().distribution();
        e.counts.forEach((s, i) -> out.add(check(i, Interval.exact(d.count(s)), "the action register", reading)));
        if (e.total != null) {
            out.add(check(e.total, Interval.exact(d.overallTotal()), "the action register", reading));
        }
        e.percentages.forEach((s, i) -> out.add(check(
                i,
                d.share(s).map(v -> Interval.exact(v.multiply(HUNDRED))).orElse(null),
                "the action register",
                reading)));
    }

    private static Set<Status> intersect(Set<Status> a, Set<Status> b) {
        Set<Status> out = EnumSet.copyOf(b);
        out.retainAll(a);
        return out;
    }

    private Interval complement(Scope e, Status x, Reading reading) {
        Interval others = Interval.exact(BigFraction.ZERO);
        for (Map.Entry<Status, Integer> p : e.percentages.entrySet()) {
            if (p.getKey() != x && denominator.contains(p.getKey())) {
                others = others.plus(interval(p.getValue(), reading));
            }
        }
        return new Interval(
                HUNDRED.subtract(others.high()), HUNDRED.subtract(others.low()), HUNDRED.subtract(others.point()));
    }

    private Interval partTotals(Scope e, Reading reading) {
        Interval sum = Interval.exact(BigFraction.ZERO);
        for (Scope p : e.parts) {
            Map<Status, Interval> c = own(p, reading);
            if (c != null) {
                sum = sum.plus(sum(c, EnumSet.allOf(Status.class)));
            } else if (p.total != null) {
                sum = sum.plus(interval(p.total, reading));
            } else {
                return null;
            }
        }
        return sum;
    }

    private Check check(int fig, Interval implied, String basis, Reading reading) {
        Interval own = interval(fig, reading);
        if (implied == null) {
            return new Check(fig, basis, null, false, BigFraction.ZERO);
        }
        boolean pass = own.overlaps(implied);
        BigFraction gap = own.point().subtract(implied.point()).divide(half(fig, reading));
        return new Check(fig, basis, implied, pass, gap.multiply(gap));
    }

    static BigFraction distance(List<Check> checks) {
        BigFraction d = BigFraction.ZERO;
        for (Check r : checks) {
            d = d.add(r.gapSquared());
        }
        return d;
    }

    ReconciliationReport run() {
        BigDecimal[] values = new BigDecimal[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            values[i] = figures.get(i).printed().printed();
        }
        Reading reading = read(values);
        List<Check> checks = evaluate(reading, false).orElseThrow();
        ReconciliationReport.Builder b = ReconciliationReport.builder()
                .source(printed.isEmpty() ? Optional.empty() : printed.get(0).source())
                .period(printed.isEmpty() ? Optional.empty() : printed.get(0).period())
                .countDecimals(reading.countDecimals())
                .percentageDecimals(reading.percentageDecimals())
                .figureCount(figures.size())
                .checkCount(checks.size())
                .againstData(againstData)
                .distance(distance(checks))
                .policyReference(policy.reference());
        boolean allPass = true;
        for (Check r : checks) {
            if (!r.pass()) {
                allPass = false;
                b.addDiscrepancies(discrepancy(r, reading));
            }
        }
        if (!allPass) {
            b.addAllCorrections(search(reading));
        }
        return b.build();
    }

    private Discrepancy discrepancy(Check r, Reading reading) {
        Figure f = figures.get(r.figure());
        Interval own = interval(r.figure(), reading);
        int scale = decimalsOf(f, reading) + 2;
        String unit = f.kind() == FigureKind.PERCENTAGE ? "%" : "";
        String ownText =
                f.printed() + " (" + text(own.low(), scale) + unit + " to " + text(own.high(), scale) + unit + ")";
        Discrepancy.Builder d = Discrepancy.builder()
                .figure(f.printed())
                .printedLow(decimal(own.low(), scale))
                .printedHigh(decimal(own.high(), scale))
                .basis(r.basis());
        if (r.implied() == null) {
            return d.message(ownText + " cannot be checked against " + r.basis() + ": it gives no value")
                    .build();
        }
        return d.impliedValue(r.implied().point())
                .impliedLow(r.implied().low())
                .impliedHigh(r.implied().high())
                .message(ownText + " disagrees with " + r.basis() + ", "
                        + text(r.implied().point(), scale) + unit
                        + " (" + text(r.implied().low(), scale) + unit + " to "
                        + text(r.implied().high(), scale) + unit
                        + ")")
                .build();
    }

    /** The decimals the reading prints figures of this kind to. */
    private static int decimalsOf(Figure f, Reading reading) {
        return f.kind() == FigureKind.PERCENTAGE ? reading.percentageDecimals() : reading.countDecimals();
    }

    /**
     * Every single slip of one figure under which all checks pass, nearest first: the
     * corrections of a reading that failed.
     */
    private List<Correction> search(Reading printedReading) {
        BigDecimal[] values = printedReading.values();
        List<Correction> found = new ArrayList<>();
        // Corrections that print more decimals than the report does anywhere else ("0.10" in a
        // one-decimal report) are the less plausible: they rank after the others.
        List<Correction> finer = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            for (Map.Entry<BigDecimal, EditKind> alt : Slips.of(values[i]).entrySet()) {
                if (figures.get(i).kind() == FigureKind.PERCENTAGE
                        && alt.getKey().compareTo(BigDecimal.valueOf(100)) > 0) {
                    continue;
                }
                BigDecimal[] changed = values.clone();
                changed[i] = alt.getKey();
                Optional<List<Check>> checks = evaluate(read(changed), true);
                if (checks.isPresent()) {
                    BigFraction distance = distance(checks.get());
                    PrintedFigure f = figures.get(i).printed();
                    int reportScale = decimalsOf(figures.get(i), printedReading);
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
                Comparator.comparing(Correction::distance).thenComparing(Correction::edit);
        found.sort(order);
        finer.sort(order);
        found.addAll(finer);
        return found;
    }
}
