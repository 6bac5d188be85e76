package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal in the savings programme as reported at one period: the saving required in the year,
 * the saving forecast to be delivered, what has been delivered so far where known, and the status
 * the council gives it.
 *
 * <pre>{@code
 * Saving s = Saving.builder()
 *         .reference("CF-03")
 *         .title("Reduce reliance on agency social workers")
 *         .portfolio("Children and Families")
 *         .year(FinancialYear.of(2016))
 *         .period(FinancialQuarter.of(2016, 1))
 *         .required(Money.of("400000"))
 *         .forecast(Money.of("250000"))
 *         .status(SavingStatus.AMBER)
 *         .risk(RiskRating.HIGH)
 *         .build();
 * }</pre>
 *
 * <p>Amounts are positive reductions in spending. The dataset validator checks that they share one
 * currency, that a reference appears once per period, and that the forecast is not above the
 * requirement unless the finance policy allows it. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Saving {

    /** The proposal's reference in the programme, such as "CF-03". */
    @NotBlank
    public abstract String reference();

    /** What the proposal is. */
    @NotBlank
    public abstract String title();

    /** The portfolio delivering it. */
    @NotBlank
    public abstract String portfolio();

    /** The financial year the saving is required in. */
    public abstract FinancialYear year();

    /** The period the forecast was made at. */
    public abstract ReportingPeriod period();

    /** The saving required in the year. */
    public abstract Money required();

    /** The saving forecast to be delivered in the year. */
    public abstract Money forecast();

    /** The saving delivered so far, where known. */
    public abstract Optional<Money> delivered();

    /** The council's status for it. */
    public abstract SavingStatus status();

    /** The council's risk rating, where given. */
    public abstract Optional<RiskRating> risk();

    /** What the service says about it. */
    public abstract Optional<String> commentary();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a saving; reference, title, portfolio, year, period, required, forecast and status are
     * required.
     */
    public static final class Builder extends ImmutableSaving.Builder {}
}
