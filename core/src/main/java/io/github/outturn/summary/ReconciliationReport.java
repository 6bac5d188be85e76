package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.util.List;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.immutables.value.Value;

/**
 * The outcome of reconciling one published report's figures with each other and, when the dataset
 * has an action register rated for the report's period, with the data: every figure that disagrees,
 * with both sides, and every single changed figure that would make everything agree, most plausible
 * first.
 *
 * <pre>{@code
 * ReconciliationReport r = Reconciliation.reconcile(printed, RatingPolicy.defaults());
 * r.isConsistent();                           // false
 * r.getCorrections().get(0).getCorrected();   // 3.5
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ReconciliationReport {

    /** The document the figures were printed in, if the figures say. */
    public abstract Optional<String> source();

    /** The review period of the figures, if they say. */
    public abstract Optional<ReportingPeriod> period();

    /** The one printed precision of the report's counts and totals: the most decimals any of them has. */
    public abstract int countDecimals();

    /** The printed precision of the report's percentages: the most decimals any of them has. */
    public abstract int percentageDecimals();

    /** How many figures were checked. */
    public abstract int figureCount();

    /** How many relations between a figure and the value implied for it were checked. */
    public abstract int checkCount();

    /** Whether the figures were also checked against the action register. */
    public abstract boolean againstData();

    /** Every figure whose interval cannot hold the value implied for it. */
    public abstract List<Discrepancy> discrepancies();

    /** Single changed figures that make every check pass, most plausible (smallest distance) first. */
    public abstract List<Correction> corrections();

    /** The distance of the figures as printed (see {@link Correction#distance()}). */
    public abstract BigFraction distance();

    /** The policy (id@version) whose denominator and rounding the checks used. */
    public abstract String policyReference();

    /** Whether every figure agrees: no discrepancies. */
    public boolean isConsistent() {
        return discrepancies().isEmpty();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ReconciliationReport}, started by {@link #builder()}; {@code countDecimals}, {@code percentageDecimals}, {@code figureCount}, {@code checkCount}, {@code againstData}, {@code distance} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableReconciliationReport.Builder {}
}
