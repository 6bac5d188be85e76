package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.outturn.model.Polarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XmR charts worked by hand, settings and refusals. */
class XmrChartsTest {

    @Test
    void test_chart_handWorked() {
        // Values 10, 12, 10, 12, ... (14 points): mean 11, every moving range 2, limits 11 -/+ 5.32.
        double[] y = new double[14];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0 ? 10 : 12;
        }
        XmrChart c = XmrCharts.of(
                y,
                XmrSettings.of(ImprovementDirection.of(Polarity.LOWER_IS_BETTER))
                        .withTarget(20));
        XmrGroup g = c.groups().get(0);
        assertThat(g.mean()).isEqualTo(11);
        assertThat(g.meanMovingRange()).isEqualTo(2);
        assertThat(g.lowerLimit()).isCloseTo(5.68, within(1e-12));
        assertThat(g.upperLimit()).isCloseTo(16.32, within(1e-12));
        assertThat(g.shortGroupWarning()).isFalse();
        // A target of 20 is above the upper limit; lower is better, so it is always met.
        assertThat(c.assurance()).contains(Assurance.CONSISTENT_PASS);
        assertThat(c.reason())
                .isEqualTo("Latest group: mean 11, limits 5.68 to 16.32, common cause; 0 special cause points in all;"
                        + " target 20: consistent pass (mdc-xmr@1)");
        assertThat(c.inputs()).isEqualTo("14 points in 1 group, improvement decrease");
        assertThat(ImprovementDirection.of(Polarity.HIGHER_IS_BETTER)).isEqualTo(ImprovementDirection.INCREASE);
        assertThat(ImprovementDirection.of(Polarity.NO_JUDGEMENT)).isEqualTo(ImprovementDirection.NEUTRAL);
        // A point below the lower limit with no direction of improvement is neutral low.
        y[13] = 0;
        XmrChart low = XmrCharts.of(y, XmrSettings.of(ImprovementDirection.NEUTRAL));
        assertThat(low.points().get(13).type()).isEqualTo(PointType.SPECIAL_CAUSE_NEUTRAL_LOW);
        assertThat(low.points().get(13).specialCause()).isEqualTo(SpecialCause.BELOW_LCL);
        assertThat(low.reason()).contains("1 special cause point in all");
        // Recalculated from point 7: two groups of 7 points, each warned as short.
        XmrChart two =
                XmrCharts.of(y, XmrSettings.of(ImprovementDirection.INCREASE).withRecalculationFrom(List.of(7)));
        assertThat(two.groups()).hasSize(2).allMatch(XmrGroup::shortGroupWarning);
        assertThat(two.inputs()).isEqualTo("14 points in 2 groups, improvement increase");
    }

    @Test
    void test_refusals() {
        XmrSettings s = XmrSettings.of(ImprovementDirection.INCREASE);
        assertThatThrownBy(() -> XmrCharts.of(new double[] {1, Double.NaN}, s))
                .hasMessage("Value 2 of the series is NaN: expected a finite number");
        assertThatThrownBy(() -> XmrCharts.of(new double[] {1, 2}, s.withRecalculationFrom(List.of(2))))
                .hasMessage("Recalculation from point 2 is outside the series of 2 points (indices from 0)");
        assertThatThrownBy(() -> XmrCharts.of(new double[] {1, 2, 3}, s.withRecalculationFrom(List.of(2))))
                .hasMessage("The group starting at point 2 has 1 point: an XmR chart needs at least 2 in each group");
        assertThatThrownBy(() -> s.withFixAfter(11)).hasMessage("Limits can be fixed after 12 points or more, not 11");
        assertThat(XmrCharts.assurance(1, 3, Double.NaN, ImprovementDirection.INCREASE))
                .isEmpty();
    }
}
