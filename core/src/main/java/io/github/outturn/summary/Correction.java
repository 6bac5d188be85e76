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
    public abstract PrintedFigure getFigure();

    /** The value it probably meant. */
    public abstract BigDecimal getCorrected();

    /** The slip that turns the corrected value into the printed one. */
    public abstract EditKind getEdit();

    /** The distance under this correction, exact; smaller is more plausible. */
    public abstract BigFraction getDistance();

    /** A sentence naming the figure, both values, the slip and the distance. */
    public abstract String getMessage();

    /**
     * The printed summaries with this figure corrected.
     *
     * @param printed the summaries the correction was found in, not null
     * @return a copy with the one figure replaced; other summaries unchanged
     */
    public List<ReportedSummary> applyTo(List<ReportedSummary> printed) {
        PrintedFigure f = getFigure();
        List<ReportedSummary> out = new ArrayList<>(printed.size());
        boolean done = false;
        for (ReportedSummary s : printed) {
            if (!done && s.getScope() == f.getScope() && s.getScopeId().equals(f.getScopeId()) && holds(s, f)) {
                ImmutableReportedSummary c = ImmutableReportedSummary.copyOf(s);
                Status st = f.getStatus().orElse(null);
                switch (f.getKind()) {
                    case COUNT:
                        s = c.withCounts(replace(s.getCounts(), st, getCorrected()));
                        break;
                    case PERCENTAGE:
                        s = c.withPercentages(replace(s.getPercentages(), st, getCorrected()));
                        break;
                    default:
                        s = c.withTotal(getCorrected());
                }
                done = true;
            }
            out.add(s);
        }
        return out;
    }

    private static boolean holds(ReportedSummary s, PrintedFigure f) {
        switch (f.getKind()) {
            case COUNT:
                return same(s.getCounts().get(f.getStatus().orElse(null)), f.getPrinted());
            case PERCENTAGE:
                return same(s.getPercentages().get(f.getStatus().orElse(null)), f.getPrinted());
            default:
                return same(s.getTotal().orElse(null), f.getPrinted());
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
    public static ImmutableCorrection.Builder builder() {
        return ImmutableCorrection.builder();
    }
}
