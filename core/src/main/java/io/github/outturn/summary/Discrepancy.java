package io.github.outturn.summary;

import io.github.outturn.model.OutturnStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.immutables.value.Value;

/**
 * A printed figure whose interval cannot hold the value the other figures (or the action register)
 * imply, with both sides.
 *
 * <pre>{@code
 * Discrepancy d = report.getDiscrepancies().get(0);
 * d.getMessage();
 * // plan total 159 (158.95 to 159.05) disagrees with the sum of the parts' totals, 190.4 (189.7 to 191.15)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OutturnStyle
public abstract class Discrepancy {

    /** The figure that disagrees. */
    public abstract PrintedFigure figure();

    /** The low end of the printed figure's interval. */
    public abstract BigDecimal printedLow();

    /** The high end of the printed figure's interval. */
    public abstract BigDecimal printedHigh();

    /** What the value was checked against, such as "the sum of the parts' counts". */
    public abstract String basis();

    /** The value implied by the point values of the other figures; absent when none is defined. */
    public abstract Optional<BigFraction> impliedValue();

    /** The low end of the implied interval; absent when none is defined. */
    public abstract Optional<BigFraction> impliedLow();

    /** The high end of the implied interval; absent when none is defined. */
    public abstract Optional<BigFraction> impliedHigh();

    /** A sentence that quotes both sides. */
    public abstract String getMessage();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Discrepancy}, started by {@link #builder()}; {@code figure}, {@code printedLow}, {@code printedHigh}, {@code basis} and {@code message} are required.
     */
    public static final class Builder extends ImmutableDiscrepancy.Builder {}
}
