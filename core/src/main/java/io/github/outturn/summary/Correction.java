package io.github.outturn.summary;

import io.github.outturn.model.ImmutableReportedSummary;
import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.numbers.fraction.BigFraction;
import org.immutables.value.Value;

/**
 * A single changed figure under which every printed figure (and the action register, when there is
 * one) agrees, with its distance: the sum over every check of the squared gap between a printed
 * figure and the value the others imply, in half-units of the figure's last printed place. The
 * smaller the distance, the more plausible the correction.
 *
 * <pre>{@code
 * Correction c = report.getCorrections().get(0);
 * c.getMessage(); // priority P2 GREEN count 35 was probably 3.5 (misplaced decimal point) ...
 * List<ReportedSummary> fixed = c.applyTo(printed);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Correction {

    /** The figure, as printed. */
    public abstract PrintedFigure figure();

    /** The value it probably meant. */
    public abstract BigDecimal corrected();

    /** The slip that turns the corrected value into the printed one. */
    public abstract EditKind edit();

    /** The distance under this correction, exact; smaller is more plausible. */
    public abstract BigFraction distance();

    /** A sentence naming the figure, both values, the slip and the distance. */
    public abstract String getMessage();

    /**
     * The printed summaries with this figure corrected.
     *
     * @param printed the summaries the correction was found in, not null
     * @return a copy with the one figure replaced; other summaries unchanged
     */
    public List<ReportedSummary> applyTo(List<ReportedSummary> printed) {
        PrintedFigure f = figure();
        List<ReportedSummary> out = new ArrayList<>(printed.size());
        boolean done = false;
        for (ReportedSummary s : printed) {
            if (!done && s.scope() == f.scope() && s.scopeId().equals(f.scopeId()) && holds(s, f)) {
                ImmutableReportedSummary c = ImmutableReportedSummary.copyOf(s);
                Status st = f.status().orElse(null);
                switch (f.kind()) {
                    case COUNT:
                        s = c.withCounts(replace(s.counts(), st, corrected()));
                        break;
                    case PERCENTAGE:
                        s = c.withPercentages(replace(s.percentages(), st, corrected()));
                        break;
                    default:
                        s = c.withTotal(corrected());
                }
                done = true;
            }
            out.add(s);
        }
        return out;
    }

    private static boolean holds(ReportedSummary s, PrintedFigure f) {
        switch (f.kind()) {
            case COUNT:
                return same(s.counts().get(f.status().orElse(null)), f.printed());
            case PERCENTAGE:
                return same(s.percentages().get(f.status().orElse(null)), f.printed());
            default:
                return same(s.total().orElse(null), f.printed());
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b);
    }

    private static java.util.Map<Status, BigDecimal> replace(
            java.util.Map<Status, BigDecimal> map, Status status, BigDecimal value) {
        java.util.Map<Status, BigDecimal> copy = new java.util.EnumMap<>(Status.class);
        copy.putAll(map);
        copy.put(status, value);
        return copy;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Correction}, started by {@link #builder()}; {@code figure}, {@code corrected}, {@code edit}, {@code distance} and {@code message} are required.
     */
    public static final class Builder extends ImmutableCorrection.Builder {}
}
