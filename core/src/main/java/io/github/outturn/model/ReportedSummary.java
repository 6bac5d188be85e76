package io.github.outturn.model;

import io.github.outturn.io.Quote;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Figures as a published report printed them ("12 Green, 28.5 Amber, 11.5 Red"; "of the 159
 * actions, 25% were rated as Green"), kept so that they can be reconciled with each other and with
 * the action register.
 *
 * <p>Each figure keeps the scale it was printed with: {@code 28.5} was printed to one decimal,
 * {@code 12} to none, {@code 25} (per cent) to whole numbers.
 *
 * <pre>{@code
 * ReportedSummary p1 = ReportedSummary.builder()
 *         .scope(SummaryScope.PRIORITY).scopeId("P1")
 *         .putCounts(Status.GREEN, new BigDecimal("12"))
 *         .putCounts(Status.AMBER, new BigDecimal("28.5"))
 *         .putCounts(Status.RED, new BigDecimal("11.5"))
 *         .build();
 * ReportedSummary plan = ReportedSummary.builder().scope(SummaryScope.PLAN)
 *         .total(new BigDecimal("159"))
 *         .putPercentages(Status.GREEN, new BigDecimal("25"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ReportedSummary {

    /** The document the figures were printed in. */
    public abstract Optional<String> source();

    /** The review period the figures are for. */
    public abstract Optional<ReportingPeriod> period();

    /** What the figures cover. */
    public abstract SummaryScope scope();

    /** The priority or theme covered; absent for the whole plan. */
    public abstract Optional<String> scopeId();

    /** Printed (weighted) numbers of actions per status. */
    public abstract Map<Status, BigDecimal> counts();

    /** The printed total number of actions. */
    public abstract Optional<BigDecimal> total();

    /** Printed percentages per status: 25 means 25%. */
    public abstract Map<Status, BigDecimal> percentages();

    @Value.Check
    void check() {
        counts().forEach((status, count) -> DecimalRange.require("count", count));
        DecimalRange.require("total", total());
        percentages().forEach((status, pct) -> DecimalRange.require("percentage", pct));
        if ((scope() == SummaryScope.PLAN) == scopeId().isPresent()) {
            throw new IllegalStateException(
                    scope() == SummaryScope.PLAN
                            ? "Printed figures for the whole plan name no priority or theme, but "
                                    + Quote.of(scopeId().get()) + " was given"
                            : "Printed figures for a " + scope().name().toLowerCase(Locale.ROOT)
                                    + " must say which one (scopeId)");
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportedSummary}, started by {@link #builder()}; {@code scope} is required. */
    public static final class Builder extends ImmutableReportedSummary.Builder {}
}
