package io.github.outturn.statistics;

import static io.github.outturn.statistics.ReferenceVectors.check;
import static io.github.outturn.statistics.ReferenceVectors.na;
import static io.github.outturn.statistics.ReferenceVectors.num;
import static io.github.outturn.statistics.ReferenceVectors.numbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The slope and relative index of inequality against every row of phe_sii.csv, hand-worked cases and refusals. */
class InequalitiesTest {

    static Stream<Arguments> rows() {
        return IntervalReferenceVectorsTest.rows("phe_sii.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void test_slopeIndex_matchesPhe(String id, Map<String, String> row) {
        int[] quantiles = Arrays.stream(numbers(row.get("quantile_json")))
                .mapToInt(q -> (int) q)
                .toArray();
        double[] populations = numbers(row.get("population_json"));
        SiiValueType type = SiiValueType.values()[Integer.parseInt(row.get("value_type"))];
        boolean transform = Boolean.parseBoolean(row.get("transform"));
        double multiplier = num(row.get("multiplier"));
        SlopeIndexOfInequality s = na(row.get("value_json"))
                ? Inequalities.slopeIndexOfCounts(
                        quantiles, populations, numbers(row.get("count_json")), transform, multiplier)
                : Inequalities.slopeIndex(
                        quantiles, populations, numbers(row.get("value_json")), type, transform, multiplier);
        check(row, "exp_sii", s.sii());
        check(row, "exp_rii", s.rii());
        if (!na(row.get("exp_intercept"))) {
            check(row, "exp_intercept", s.intercept());
        }
        assertThat(s.valueType()).isEqualTo(type);
        assertThat(s.quantiles()).isEqualTo(quantiles.length);
        assertThat(s.reason()).endsWith("(phe-sii@1)");
    }

    @Test
    void test_slopeIndex_handWorked_twoHalves() {
        // Two halves of the population: a = 0.5 each, b = 0.25 and 0.75. The line through (0.25, 10) and
        // (0.75, 20) has slope 10 / 0.5 = 20 and intercept 10 - 20 x 0.25 = 5, so the fitted value goes
        // from 5 at b = 0 to 25 at b = 1: SII 20, RII 25 / 5 = 5. Given out of order, sorted by quantile.
        SlopeIndexOfInequality s = Inequalities.slopeIndex(
                new int[] {2, 1}, new double[] {400, 400}, new double[] {20, 10}, SiiValueType.NORMAL, false, 1);
        assertThat(s.sii()).isCloseTo(20, within(1e-12));
        assertThat(s.rii()).isCloseTo(5, within(1e-12));
        assertThat(s.intercept()).isCloseTo(5, within(1e-12));
        assertThat(s.slope()).isCloseTo(20, within(1e-12));
        assertThat(s.totalPopulation()).isEqualTo(800);
        assertThat(s.reason())
                .isEqualTo("Slope index of inequality 20, relative index 5: the fitted value goes from 5 at the start"
                        + " of quantile 1 to 25 at the end of quantile 2, from 2 quantiles with a population of 800,"
                        + " normal values, multiplier 1 (phe-sii@1)");
        // A multiplier of -1 turns the SII's sign and inverts the RII: -20 and 5 / 25.
        SlopeIndexOfInequality negative = Inequalities.slopeIndex(
                new int[] {1, 2}, new double[] {400, 400}, new double[] {10, 20}, SiiValueType.NORMAL, false, -1);
        assertThat(negative.sii()).isCloseTo(-20, within(1e-12));
        assertThat(negative.rii()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void test_slopeIndex_handWorked_transforms() {
        // Log rates e^1 and e^2: on the log scale slope 1 / 0.5 = 2, intercept 1 - 2 x 0.25 = 0.5, so the
        // fit runs from e^0.5 to e^2.5: SII e^2.5 - e^0.5, RII e^2, intercept e^0.5 x |multiplier 10|.
        SlopeIndexOfInequality rate = Inequalities.slopeIndex(
                new int[] {1, 2},
                new double[] {1, 1},
                new double[] {Math.exp(1), Math.exp(2)},
                SiiValueType.RATE,
                true,
                10);
        assertThat(rate.sii()).isCloseTo((Math.exp(2.5) - Math.exp(0.5)) * 10, within(1e-9));
        assertThat(rate.rii()).isCloseTo(Math.exp(2), within(1e-12));
        assertThat(rate.intercept()).isCloseTo(Math.exp(0.5) * 10, within(1e-12));
        assertThat(rate.inputs()).contains("rate values fitted on the log scale");
        // Logit proportions 1/2 (logit 0) and 1 / (1 + e^-1) (logit 1): slope 2, intercept -0.5, the fit
        // from 1 / (1 + e^0.5) to 1 / (1 + e^-1.5).
        double start = 1 / (1 + Math.exp(0.5));
        double end = 1 / (1 + Math.exp(-1.5));
        SlopeIndexOfInequality proportion = Inequalities.slopeIndexOfCounts(
                new int[] {1, 2}, new double[] {200, 1}, new double[] {100, 1 / (1 + Math.exp(-1))}, true, 1);
        // Unequal populations: a = 200/201 and 1/201, b = 100/201 and 200.5/201; two points lie on one line,
        // so the slope is still (1 - 0) / (100.5 / 201) = 2.
        assertThat(proportion.slope()).isCloseTo(2, within(1e-9));
        SlopeIndexOfInequality even = Inequalities.slopeIndexOfCounts(
                new int[] {1, 2}, new double[] {200, 200}, new double[] {100, 200 / (1 + Math.exp(-1))}, true, 1);
        assertThat(even.sii()).isCloseTo(end - start, within(1e-12));
        assertThat(even.rii()).isCloseTo(end / start, within(1e-12));
        assertThat(even.inputs()).contains("fitted on the logit scale");
    }

    @Test
    void test_slopeIndex_refusesBadInput() {
        int[] q = {1, 2};
        double[] p = {1, 1};
        assertThatThrownBy(() -> Inequalities.slopeIndex(q, p, new double[] {1}, SiiValueType.NORMAL, false, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected one of each for every group");
        assertThatThrownBy(() -> Inequalities.slopeIndex(
                        new int[] {1}, new double[] {1}, new double[] {1}, SiiValueType.NORMAL, false, 1))
                .hasMessageContaining("1 groups, expected at least 2");
        assertThatThrownBy(() -> Inequalities.slopeIndex(q, p, new double[] {1, 2}, SiiValueType.NORMAL, true, 1))
                .hasMessageContaining("only rates (log) and proportions (logit) can be transformed");
        assertThatThrownBy(() -> Inequalities.slopeIndex(q, p, new double[] {1, 2}, SiiValueType.NORMAL, false, 0))
                .hasMessageContaining("multiplier 0.0 must be a finite number other than 0");
        assertThatThrownBy(() -> Inequalities.slopeIndex(
                        new int[] {1, 1}, p, new double[] {1, 2}, SiiValueType.NORMAL, false, 1))
                .hasMessage("Slope index of inequality: quantile 1 is given twice");
        assertThatThrownBy(() -> Inequalities.slopeIndex(
                        q, new double[] {1, 0}, new double[] {1, 2}, SiiValueType.NORMAL, false, 1))
                .hasMessageContaining("Population of quantile 2 0.0 must be a finite number above 0");
        assertThatThrownBy(() -> Inequalities.slopeIndex(q, p, new double[] {0, 2}, SiiValueType.RATE, true, 1))
                .hasMessageContaining("value 0.0 of quantile 1: expected a finite rate above 0 to take its log");
        assertThatThrownBy(() -> Inequalities.slopeIndex(q, p, new double[] {0.5, 1}, SiiValueType.PROPORTION, true, 1))
                .hasMessageContaining("expected a proportion strictly between 0 and 1 to take its logit");
        assertThatThrownBy(
                        () -> Inequalities.slopeIndex(q, p, new double[] {0.5, 1.5}, SiiValueType.PROPORTION, false, 1))
                .hasMessageContaining("expected a proportion from 0 to 1");
        assertThatThrownBy(
                        () -> Inequalities.slopeIndex(q, p, new double[] {1, Double.NaN}, SiiValueType.RATE, false, 1))
                .hasMessageContaining("expected a finite number");
        assertThatThrownBy(() ->
                        Inequalities.slopeIndex(q, p, new double[] {1, Double.NaN}, SiiValueType.NORMAL, false, 1))
                .hasMessageContaining("expected a finite number");
        assertThatThrownBy(() -> Inequalities.slopeIndexOfCounts(q, p, new double[] {1}, false, 1))
                .hasMessageContaining("1 counts and 2 populations");
    }
}
