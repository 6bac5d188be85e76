package io.github.outturn.highlight;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.ComparatorAverage;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.IndicatorAssessment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing worth saying about an indicator for an area and period, as a sentence and as the figures
 * it rests on: what kind of claim it is, whether it is good or bad news by the indicator's polarity,
 * and the policy that made it.
 *
 * <pre>{@code
 * Highlight h = Highlights.find(lait, "356", HighlightPolicy.defaults()).get(0);
 * h.getKind();       // RANK
 * h.getSentence();   // "Stockport's Take-up of 85.0% in 2018 is the highest in the North West, 1st of 22."
 * h.getRank();       // Optional[1 of 22]
 * h.getNews();       // GOOD
 * }</pre>
 *
 * <p>Only the evidence the kind uses is present. Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Highlight {

    /** What kind of claim this is. */
    public abstract HighlightKind kind();

    /** The indicator; for {@link HighlightKind#TARGETS_MET}, absent. */
    public abstract Optional<String> indicatorId();

    /** The area. */
    public abstract String areaCode();

    /** The period the claim holds for. */
    public abstract ReportingPeriod period();

    /** Good, bad or neutral news, by the indicator's polarity. */
    public abstract News news();

    /** The claim in one sentence of plain British English, figures at the indicator's decimal places. */
    public abstract String sentence();

    /** The highlight policy that made the claim, {@code id@version}. */
    public abstract String policyReference();

    /** The area's value for the period, exactly as published. */
    public abstract Optional<BigDecimal> value();

    /** The group ranked in, or the scope counted: "England", "North West", "Stockport statistical neighbours". */
    public abstract Optional<String> group();

    /** Which areas were ranked: the ranking set, in words. */
    public abstract Optional<String> rankingSet();

    /** The rank, 1 the best, ties sharing the lowest number. */
    public abstract Optional<Rank> rank();

    /** How many other areas of the group share the area's value (0: not tied). */
    @Value.Default
    public int tiedWith() {
        return 0;
    }

    /** The comparisons with England, the region and the neighbours, when the claim rests on them. */
    public abstract List<Comparison> comparisons();

    /** England's published figure, when the claim rests on it. */
    public abstract Optional<BigDecimal> england();

    /** The region's published figure, when the claim rests on it. */
    public abstract Optional<BigDecimal> region();

    /** The statistical neighbours' figure (published, or the average computed below), when the claim rests on it. */
    public abstract Optional<BigDecimal> neighbours();

    /** The neighbour average computed from the group's members, when one was. */
    public abstract Optional<ComparatorAverage> neighbourAverage();

    /** The values of the area's series the claim rests on, in period order. */
    public abstract List<PeriodValue> series();

    /** The direction of travel, for a change or the latest step of a run. */
    public abstract Optional<DirectionOfTravel> direction();

    /** The rating against target, for a target claim or a status change. */
    public abstract Optional<IndicatorAssessment> assessment();

    /** The earlier status, for a status change. */
    public abstract Optional<Status> previousStatus();

    /** The quartile band, for a quartile move. */
    public abstract Optional<Band> band();

    /** The earlier quartile band, for a quartile move. */
    public abstract Optional<Band> previousBand();

    /** How many measures are on target, for {@link HighlightKind#TARGETS_MET}. */
    public abstract Optional<Integer> onTarget();

    /** How many measures were rated, for {@link HighlightKind#TARGETS_MET}. */
    public abstract Optional<Integer> rated();

    /** The note recorded against the observation, if any. */
    public abstract Optional<String> commentary();

    /** The sentence. */
    @Override
    public String toString() {
        return sentence();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Highlight}, started by {@link #builder()}; {@code kind}, {@code areaCode}, {@code period}, {@code news}, {@code sentence} and {@code policyReference} are required.
     */
    public static final class Builder extends ImmutableHighlight.Builder {}
}
