package io.github.outturn.model;

import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partnership or corporate plan over a span of years: its priorities, actions and indicators live
 * beside it in the {@link Dataset}.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *         .id("cypp-2013")
 *         .name("Rotherham Children and Young People's Plan 2013-16")
 *         .start(FinancialYear.of(2013))
 *         .end(FinancialYear.of(2015))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Plan {

    /** The plan's identifier. */
    @NotBlank
    public abstract String id();

    /** The plan's title. */
    @NotBlank
    public abstract String name();

    /** The organisation or partnership that owns the plan. */
    public abstract Optional<String> owner();

    /** The first reporting period the plan covers. */
    public abstract Optional<ReportingPeriod> start();

    /** The last reporting period the plan covers. */
    public abstract Optional<ReportingPeriod> end();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Plan}, started by {@link #builder()}; {@code id} and {@code name} are required. */
    public static final class Builder extends ImmutablePlan.Builder {}
}
