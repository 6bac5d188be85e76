package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Quantiles against every row of PHE's vectors (phe_quantile.csv), a hand-worked case and the refusals. */
class QuantilesTest {

    static Stream<Arguments> rows() {
        return IntervalReferenceVectorsTest.rows("phe_quantile.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void test_quantiles_matchPhe(String id, Map<String, String> row) {
        QuantileAssignment q = Quantiles.of(
                ReferenceVectors.numbers(row.get("values_json")),
                Integer.parseInt(row.get("nquantiles")),
                Boolean.parseBoolean(row.get("invert")));
        List<OptionalInt> expected = ReferenceVectors.items(row.get("exp_quantile_json")).stream()
                .map(s -> s.equals("null") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s)))
                .toList();
        assertThat(q.quantiles()).as(id).isEqualTo(expected);
        assertThat(q.reason()).endsWith("(phe-quantile@1)");
    }

    @Test
    void test_quantiles_handWorked() {
        // N = 4, q = 2, 2 values a quantile. Highest first: 4 has rank 1, ceiling((5 - 1) / 2) = 2, 3 - 2 = 1;
        // 3 rank 2: ceiling(3 / 2) = 2, quantile 1; 2 rank 3: ceiling(2 / 2) = 1, quantile 2; 1: ceiling(1 / 2)
        // = 1, quantile 2. The missing value has none.
        QuantileAssignment q = Quantiles.of(new double[] {3, 1, Double.NaN, 2, 4}, 2, true);
        assertThat(q.quantiles())
                .containsExactly(
                        OptionalInt.of(1),
                        OptionalInt.of(2),
                        OptionalInt.empty(),
                        OptionalInt.of(2),
                        OptionalInt.of(1));
        assertThat(q.reason())
                .isEqualTo("4 values in 2 quantiles of 2 each, the highest in quantile 1 (phe-quantile@1)");
        assertThat(Quantiles.of(new double[] {3, 1, 2, 4}, 2, false).quantiles())
                .containsExactly(OptionalInt.of(2), OptionalInt.of(1), OptionalInt.of(1), OptionalInt.of(2));
    }

    @Test
    void test_quantiles_refuseBadInput() {
        assertThatThrownBy(() -> Quantiles.of(new double[] {1}, 0, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The number of quantiles must be at least 1, not 0");
        assertThatThrownBy(() -> Quantiles.of(new double[] {1, Double.POSITIVE_INFINITY}, 1, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a finite number or NaN");
    }
}
