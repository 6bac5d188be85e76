package io.github.outturn.finance;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.period.ReportingPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One saving of the programme at one period: its shortfall and how its status and forecast have
 * moved since the previous period.
 *
 * <pre>{@code
 * SavingProgress p = report.getSavingItems().get(0);
 * p.getShortfall();   // GBP 150000.00
 * p.getReason();      // "£250k forecast against £400k required, a shortfall of £150k: AMBER (at risk), GREEN at 2016/17 Q1"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class SavingProgress {

    /** The saving as reported. */
    public abstract Saving saving();

    /** Required less forecast: positive is a shortfall, negative a forecast above the requirement. */
    public abstract Money shortfall();

    /** The previous period with a record of this saving in the same year. */
    public abstract Optional<ReportingPeriod> previousPeriod();

    /** Its status then. */
    public abstract Optional<SavingStatus> previousStatus();

    /** Its forecast then. */
    public abstract Optional<Money> previousForecast();

    /** The saving's position in words, with its status and any change of status. */
    public abstract String reason();

    /** The policy that showed the figures, {@code id@version}. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@code SavingProgress}; the finance rules build them. */
    public static final class Builder extends ImmutableSavingProgress.Builder {}
}
