package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One figure of a published report, as printed: what it covers, what it is, and its value with the
 * scale it was printed at.
 *
 * <pre>{@code
 * PrintedFigure f = PrintedFigure.builder().scope(SummaryScope.PRIORITY).scopeId("P2")
 *         .kind(FigureKind.COUNT).status(Status.GREEN).printed(new BigDecimal("35")).build();
 * f.toString(); // priority P2 GREEN count 35
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class PrintedFigure {

    /** What the figure covers. */
    public abstract SummaryScope scope();

    /** The priority or theme; absent for the plan. */
    public abstract Optional<String> scopeId();

    /** What the figure is. */
    public abstract FigureKind kind();

    /** The status counted, for a count or a percentage; absent for a total. */
    public abstract Optional<Status> status();

    /** The value as printed, with its printed scale. */
    public abstract BigDecimal printed();

    /** Where the figure sits, without its value: {@code priority P2 GREEN count}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(scope().name().toLowerCase(Locale.ROOT));
        scopeId().ifPresent(id -> sb.append(' ').append(id));
        status().ifPresent(s -> sb.append(' ').append(s));
        return sb.append(' ').append(kind().name().toLowerCase(Locale.ROOT)).toString();
    }

    /** The figure and its printed value: {@code priority P2 GREEN count 35}, or {@code plan GREEN percentage 25%}. */
    @Override
    public String toString() {
        return describe() + ' ' + printed().toPlainString() + (kind() == FigureKind.PERCENTAGE ? "%" : "");
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PrintedFigure}, started by {@link #builder()}; {@code scope}, {@code kind} and {@code printed} are required.
     */
    public static final class Builder extends ImmutablePrintedFigure.Builder {}
}
