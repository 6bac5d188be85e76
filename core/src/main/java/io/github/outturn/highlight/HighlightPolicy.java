package io.github.outturn.highlight;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.rating.TravelTerm;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link Highlights} says and when, as named, versioned data: the thresholds of each kind, which
 * kinds are on, and how many highlights one indicator may have. Every highlight names the policy
 * that produced it.
 *
 * <pre>{@code
 * HighlightPolicy strict = HighlightPolicy.defaults().withId("committee").withVersion("2")
 *         .withTopN(3).withMinimumRelativeChange(new BigDecimal("20"));
 * strict.getReference(); // "committee@2"
 * }</pre>
 *
 * <p>The defaults ({@code outturn-highlight-default@1}): every kind on; "in the top 5" (top 3 among
 * statistical neighbours); no rank from
 * a group of fewer than 5 values; "one of the highest" within the best 3 of a series of at least 4;
 * records from a series of at least 3 values; changes of 10% or more against the previous period;
 * runs of 3 periods; at least 2 comparators for "higher than every comparator"; at most 3
 * highlights per indicator. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class HighlightPolicy implements WithHighlightPolicy {

    /** The id of the default policy. */
    public static final String DEFAULT_ID = "outturn-highlight-default";

    /** The version of the default policy. */
    public static final String DEFAULT_VERSION = "1";

    /** The policy's identifier. */
    @NotBlank
    public abstract String id();

    /** The policy's version: change it whenever a setting changes. */
    @NotBlank
    public abstract String version();

    /** The kinds of highlight made. Default all. */
    @Value.Default
    public Set<HighlightKind> kinds() {
        return EnumSet.allOf(HighlightKind.class);
    }

    /** A rank this good (or this bad, from the bottom) is mentioned: "in the top 5". Default 5. */
    @Value.Default
    public int topN() {
        return 5;
    }

    /** As {@link #topN()} among the area's statistical neighbours, a smaller group. Default 3. */
    @Value.Default
    public int neighbourTopN() {
        return 3;
    }

    /**
     * The England group is called "the country" only when the dataset lists at least this many local
     * authorities (England has 153 with children's services); otherwise it is "local authorities in
     * the dataset". Default 140.
     */
    @Value.Default
    public int nationalGroupMinimum() {
        return 140;
    }

    /** No rank is claimed in a group with fewer values than this (the area's own counted). Default 5. */
    @Value.Default
    public int minimumGroupSize() {
        return 5;
    }

    /**
     * "One of the highest recorded": the value is among the highest (or lowest) this many of its
     * series, the series having more values than this. Default 3.
     */
    @Value.Default
    public int recordTop() {
        return 3;
    }

    /** No record is claimed from a series with fewer values than this (the value's own counted). Default 3. */
    @Value.Default
    public int minimumSeriesLength() {
        return 3;
    }

    /** A change is mentioned when its size is at least this percentage of the earlier value. Default 10. */
    @Value.Default
    public BigDecimal minimumRelativeChange() {
        return BigDecimal.TEN;
    }

    /** The term a change is measured over. Default SHORT_TERM: the previous period. */
    @Value.Default
    public TravelTerm changeTerm() {
        return TravelTerm.SHORT_TERM;
    }

    /** Movement in one direction for at least this many periods in a row is mentioned. Default 3. */
    @Value.Default
    public int runLength() {
        return 3;
    }

    /** "Better than every comparator" needs at least this many comparators with a value. Default 2. */
    @Value.Default
    public int minimumComparators() {
        return 2;
    }

    /** At most this many highlights per indicator, the earlier kinds first. Default 3. */
    @Value.Default
    public int maxPerIndicator() {
        return 3;
    }

    @Value.Check
    void check() {
        atLeast("topN", topN(), 1);
        atLeast("neighbourTopN", neighbourTopN(), 1);
        atLeast("nationalGroupMinimum", nationalGroupMinimum(), 1);
        atLeast("minimumGroupSize", minimumGroupSize(), 2);
        atLeast("recordTop", recordTop(), 1);
        atLeast("minimumSeriesLength", minimumSeriesLength(), 2);
        atLeast("runLength", runLength(), 2);
        atLeast("minimumComparators", minimumComparators(), 1);
        atLeast("maxPerIndicator", maxPerIndicator(), 1);
        if (minimumRelativeChange().signum() < 0) {
            throw new IllegalStateException(
                    "minimumRelativeChange " + minimumRelativeChange().toPlainString() + " of highlight policy "
                            + reference() + " is negative: expected 0 or more");
        }
    }

    private void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalStateException(name + " " + value + " of highlight policy " + reference()
                    + " is too small: expected " + minimum + " or more");
        }
    }

    /** {@code id@version}, the way highlights name their policy. */
    @Value.Lazy
    public String reference() {
        return id() + "@" + version();
    }

    /** The documented default policy, {@code outturn-highlight-default@1}. */
    public static HighlightPolicy defaults() {
        return builder().id(DEFAULT_ID).version(DEFAULT_VERSION).build();
    }

    /** A builder; id and version are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HighlightPolicy}, started by {@link #builder()}; {@code id} and {@code version} are required. */
    public static final class Builder extends ImmutableHighlightPolicy.Builder {}
}
