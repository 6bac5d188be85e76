package io.github.outturn.summary;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    static final BigFraction HUNDRED = BigFraction.of(100);

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
        for (ReportedSummary s : dataset.reported()) {
            List<Object> key = new ArrayList<>();
            key.add(s.source());
            key.add(s.period());
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
        return new PrintedReport(printed, null, policy).run();
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
        return new PrintedReport(printed, Objects.requireNonNull(dataset, "dataset"), policy).run();
    }

    /** The slips that could have given a printed figure: {@link Slips#of}. */
    static Map<BigDecimal, EditKind> alternatives(BigDecimal printed) {
        return Slips.of(printed);
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
