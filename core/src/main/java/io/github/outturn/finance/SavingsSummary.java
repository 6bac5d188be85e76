package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A savings programme at one period, for a portfolio or the council: delivered and forecast against
 * the requirement, the shortfall, the RAG distribution by count and by value, and the movement of the
 * forecast since the previous period.
 *
 * <pre>{@code
 * SavingsSummary s = report.getSavingsTotal().orElseThrow();
 * s.getShortfall();                          // GBP 750000.00
 * s.getCountByStatus().get(SavingStatus.RED); // 1
 * s.getReason();
 * // "savings of £1.2m forecast against £1.9m required: a shortfall of £750k (39.5% of the requirement);
 * //  by requirement £150k Blue, £600k Green, £850k Amber, £300k Red (proposals: 1 Blue, 2 Green, 2 Amber, 1 Red)"
 * }</pre>
 *
 * <p>The value of a status is the requirement of the savings in it. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class SavingsSummary {

    /** PORTFOLIO or COUNCIL. */
    public abstract FinanceScope scope();

    /** The portfolio, or "Council". */
    public abstract String name();

    /** The period the forecasts were made at. */
    public abstract ReportingPeriod period();

    /** The total requirement. */
    public abstract Money required();

    /** The total forecast to be delivered. */
    public abstract Money forecast();

    /** The total delivered so far, of the savings that say. */
    public abstract Money delivered();

    /** Required less forecast: positive is a shortfall. */
    public abstract Money shortfall();

    /** How many savings have each status (every status present, 0 where none). */
    public abstract Map<SavingStatus, Integer> countByStatus();

    /** The requirement of the savings with each status (every status present). */
    public abstract Map<SavingStatus, Money> valueByStatus();

    /** The previous period with savings of this scope in the same year. */
    public abstract Optional<ReportingPeriod> previousPeriod();

    /** The total forecast then. */
    public abstract Optional<Money> previousForecast();

    /** The forecast now less the forecast then: negative is a fall. */
    public abstract Optional<Money> movement();

    /** The position in words: forecast, requirement, shortfall and distribution. */
    public abstract String reason();

    /** How the forecast has moved, in words. */
    public abstract Optional<String> movementReason();

    /** The policy that showed the figures, {@code id@version}. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@code SavingsSummary}; the finance rules build them. */
    public static final class Builder extends ImmutableSavingsSummary.Builder {}
}
