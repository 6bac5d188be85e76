package io.github.outturn.highlight;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure or an action that needs the committee's attention: why, in reasons and sentences, with
 * the commentary recorded against it.
 *
 * <pre>{@code
 * Concern c = Exceptions.find(dataset, "E08000007", Optional.of(year), HighlightPolicy.defaults(),
 *         RatingPolicy.defaults(), BenchmarkPolicy.defaults()).get(0);
 * c.getReasons();     // [RED_AGAINST_TARGET, WORSENING_SHORT_AND_LONG_TERM]
 * c.getSentences();   // ["Stockport's ... misses the target of 45.0% (Red).", ...]
 * c.getCommentary();  // Optional["Recruitment of two health visitors is under way."]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Concern {

    /** What needs attention: a measure or an action. */
    public enum Subject {
        /** An indicator, for one area. */
        INDICATOR,
        /** An action of the plan. */
        ACTION
    }

    /** A measure or an action. */
    public abstract Subject subject();

    /** The indicator's or the action's id. */
    public abstract String id();

    /** The indicator's name or the action's title. */
    public abstract String name();

    /** The area, for a measure. */
    public abstract Optional<String> areaCode();

    /** The period looked at. */
    public abstract ReportingPeriod period();

    /** Why, the most serious first. */
    public abstract List<ConcernReason> reasons();

    /** One sentence per reason, in the same order. */
    public abstract List<String> sentences();

    /** The measure's status against target, or the action's rating. */
    public abstract Optional<Status> status();

    /** The note recorded against the observation, or the commentary of the action's update. */
    public abstract Optional<String> commentary();

    /** The highlight policy that chose it, {@code id@version}. */
    public abstract String policyReference();

    /** The sentences, joined. */
    @Override
    public String toString() {
        return String.join(" ", sentences());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Concern}, started by {@link #builder()}; {@code subject}, {@code id}, {@code name}, {@code period} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableConcern.Builder {}
}
