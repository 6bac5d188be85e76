package io.github.outturn.rating;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The part of an annual target due by the end of a period under a profile (docs/in-year.md): where
 * the period stands in its year, the profile to the end of each period of the year, and, for a
 * seasonal profile, the earlier years the shares were drawn from.
 *
 * <pre>{@code
 * ProfileShare s = TargetProfiles.share(TargetProfile.straightLine(), FinancialQuarter.of(2016, 2),
 *         FinancialYear.of(2016)).orElseThrow();
 * s.position();     // 2
 * s.periods();      // 4
 * s.toDate();       // [25, 50, 75, 100]
 * s.shareToDate();  // 50
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class ProfileShare {

    /** The profile. */
    public abstract TargetProfile profile();

    /** The period the share runs to, from the start of its year. */
    public abstract ReportingPeriod period();

    /** The year the profile spreads. */
    public abstract ReportingPeriod year();

    /** The period's place in its year, from 1 (Quarter 2 is 2). */
    public abstract int position();

    /** How many periods of its kind the year holds (4 quarters, 12 months). */
    public abstract int periods();

    /**
     * The profile to the end of each period of the year, in per cent of the annual target, in order:
     * {@code [25, 50, 75, 100]} for a straight line over quarters. The last is 100.
     */
    public abstract List<BigDecimal> toDate();

    /** For a seasonal profile, the earlier years its shares were drawn from, oldest first; otherwise empty. */
    public abstract List<ReportingPeriod> basisYears();

    /** The per cent of the annual target due by the end of {@link #period()}. */
    public BigDecimal shareToDate() {
        return toDate().get(position() - 1);
    }

    /** "the straight-line profile to 2016/17 Q2", as the reasons name it. */
    @Override
    public String toString() {
        return "the " + profile().describe() + " profile to " + period();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@code ProfileShare}; {@link TargetProfiles} builds them. */
    public static final class Builder extends ImmutableProfileShare.Builder {}
}
