package io.github.outturn.examples;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.ActionSummary;
import io.github.outturn.summary.PlanSummary;
import io.github.outturn.summary.RagDistribution;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.summary.ReconciliationReport;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Rotherham's Children and Young People's Plan, 2014: the RAG figures of its 159 actions, counted
 * with exact fractional weights, and the printed figures of the minutes reconciled.
 *
 * <p>The minutes printed priority 2 as "35 Green, 10 Amber, 1.5 Red": the reconciliation finds that
 * "35" was 3.5. The action register is illustrative (see {@code examples/README.md}).
 *
 * <pre>{@code
 * RotherhamPlan.report().forEach(System.out::println);
 * }</pre>
 */
public final class RotherhamPlan {

    private RotherhamPlan() {}

    /** The review period the minutes report: the first half of 2014/15. */
    static final ReportingPeriod PERIOD = FinancialHalfYear.of(2014, 1);

    /**
     * The report, line by line.
     *
     * @return the lines
     */
    public static List<String> report() {
        Dataset ds = Bundled.dataset("rotherham-cypp-2014.json");
        RatingPolicy policy = RatingPolicy.defaults();
        PlanSummary summary = ActionSummaries.summarise(ds, PERIOD, policy);
        List<String> lines = new ArrayList<>();
        lines.add(ds.plan().orElseThrow().name() + ", " + PERIOD + " (policy " + policy.reference() + ")");
        for (Priority p : ds.priorities()) {
            ActionSummary a = summary.priorities().get(p.id());
            RagDistribution d = a.distribution();
            if (a.actionCount() == 0) {
                lines.add(p.id() + ": no actions in this register (monitored by the Safeguarding Children Board)");
                continue;
            }
            lines.add(p.id() + ": " + d.displayedCount(Status.GREEN) + " Green, "
                    + d.displayedCount(Status.AMBER) + " Amber, " + d.displayedCount(Status.RED)
                    + " Red (exactly " + exact(d.count(Status.GREEN)) + ", " + exact(d.count(Status.AMBER))
                    + ", " + exact(d.count(Status.RED)) + " of " + exact(d.total()) + ")");
        }
        RagDistribution plan = summary.plan().distribution();
        lines.add("Overall, of the " + exact(plan.overallTotal()) + " actions, "
                + plan.displayedPercentage(Status.GREEN).orElseThrow() + "% were rated as Green, "
                + plan.displayedPercentage(Status.AMBER).orElseThrow() + "% Amber and "
                + plan.displayedPercentage(Status.RED).orElseThrow() + "% Red");
        ReconciliationReport printed = Reconciliation.reconcile(ds.reported(), policy);
        lines.add("The minutes' figures: " + (printed.isConsistent() ? "consistent" : "inconsistent"));
        printed.discrepancies().forEach(d -> lines.add("  " + d.getMessage()));
        printed.corrections().forEach(c -> lines.add("  " + c.getMessage()));
        return lines;
    }

    /** An exact count as a fraction: {@code 13/3}, or {@code 12}. */
    static String exact(BigFraction f) {
        return f.getDenominator().equals(java.math.BigInteger.ONE)
                ? f.getNumerator().toString()
                : f.getNumerator() + "/" + f.getDenominator();
    }

    /**
     * Prints the report.
     *
     * @param args none
     */
    public static void main(String[] args) {
        report().forEach(System.out::println);
    }
}
