package io.github.outturn.statistics;

import java.util.List;
import java.util.Objects;

/**
 * A funnel plot of a data set: its centre line, its limits at 95% and 99.8% along the horizontal
 * axis, and every area's point and significance.
 *
 * <pre>{@code
 * FunnelPlot plot = FunnelPlots.of(FunnelType.PROPORTION, records, 100, 1);
 * plot.baseline();                   // 80.64... (the average proportion, as a percentage)
 * plot.limits().size();              // 200: 100 axis points at two levels
 * plot.points().get(0).significance();
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#FUNNEL_PLOT}
 * @param type what is plotted
 * @param multiplier the multiplier of the values (100 for a percentage, 100000 for a rate)
 * @param yearsOfData for rates, the years the figures cover; 1 otherwise
 * @param average the average: the overall proportion, events per denominator, or 1 (ratios)
 * @param baseline the centre line as charted: average x multiplier, 0 (count ratio) or 100 (ISR)
 * @param limits the limits at each axis point, 95% then 99.8% for each
 * @param points every area's point, in the order given
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record FunnelPlot(
        StatisticalMethod method,
        FunnelType type,
        double multiplier,
        double yearsOfData,
        double average,
        double baseline,
        List<FunnelLimit> limits,
        List<FunnelPoint> points,
        String inputs,
        String reason) {

    /** Copies the lists and checks that nothing is null. */
    public FunnelPlot {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(type, "type");
        limits = List.copyOf(limits);
        points = List.copyOf(points);
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
