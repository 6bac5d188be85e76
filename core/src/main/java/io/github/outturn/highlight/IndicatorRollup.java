package io.github.outturn.highlight;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Indicator statuses rolled up for the plan, a theme or a priority, as the action summaries are:
 * how many measures are Blue, Green, Amber, Red, not rated and without data, how many improved,
 * did not change or worsened, and "n of m on target".
 *
 * <pre>{@code
 * IndicatorRollup plan = IndicatorRollups.of(dataset, "E08000007", Optional.of(year), RatingPolicy.defaults()).get(0);
 * plan.getSentence();   // "3 of 4 measures of the Children's Plan are on target in 2014/15."
 * plan.getCounts();     // {BLUE=0, GREEN=3, AMBER=1, RED=0, NOT_RATED=2, NO_DATA=0}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class IndicatorRollup {

    /** Plan, theme or priority. */
    public abstract SummaryScope scope();

    /** The theme's or priority's id; absent for the plan. */
    public abstract Optional<String> scopeId();

    /** The plan's, theme's or priority's name. */
    public abstract String name();

    /** The area rated. */
    public abstract String areaCode();

    /** The period asked for; absent when each measure was rated at its latest period. */
    public abstract Optional<io.github.outturn.period.ReportingPeriod> period();

    /** How many measures have each status; every status is a key. */
    public abstract Map<Status, Integer> counts();

    /** How many measures improved on the previous period. */
    public abstract int improving();

    /** How many did not change. */
    public abstract int noChange();

    /** How many worsened. */
    public abstract int worsening();

    /** How many could not be compared with the previous period, or have no better direction. */
    public abstract int notJudged();

    /** How many measures are on target: Green or Blue. */
    public abstract int onTarget();

    /** How many measures were rated: Blue, Green, Amber or Red. */
    public abstract int rated();

    /** "n of m measures of ... are on target". */
    public abstract String sentence();

    /** The rating policy, {@code id@version}. */
    public abstract String policyReference();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link IndicatorRollup}, started by {@link #builder()}; {@code scope}, {@code name}, {@code areaCode}, {@code improving}, {@code noChange}, {@code worsening}, {@code notJudged}, {@code onTarget}, {@code rated}, {@code sentence} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableIndicatorRollup.Builder {}
}
