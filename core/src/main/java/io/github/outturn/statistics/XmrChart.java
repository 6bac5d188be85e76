package io.github.outturn.statistics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XmR chart as NHS England's "Making Data Count" defines it.
 *
 * <pre>{@code
 * XmrChart chart = XmrCharts.of(values, XmrSettings.of(ImprovementDirection.DECREASE));
 * chart.groups().get(0).upperLimit();
 * chart.assurance();      // against the target, if the settings give one
 * chart.reason();
 * }</pre>
 *
 * @param method always {@link StatisticalMethod#XMR_CHART}
 * @param settings the settings used
 * @param groups the groups, one unless the limits are recalculated
 * @param points every point, in order
 * @param assurance of the latest group against the target; empty without a target or direction
 * @param inputs a summary of the inputs
 * @param reason a sentence quoting the figures
 */
public record XmrChart(
        StatisticalMethod method,
        XmrSettings settings,
        List<XmrGroup> groups,
        List<XmrPoint> points,
        Optional<Assurance> assurance,
        String inputs,
        String reason) {

    /** Copies the lists and checks that nothing is null. */
    public XmrChart {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(settings, "settings");
        groups = List.copyOf(groups);
        points = List.copyOf(points);
        Objects.requireNonNull(assurance, "assurance");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(reason, "reason");
    }
}
