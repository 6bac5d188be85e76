package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-worked averages; the sums are in the comments. */
class ComparatorAveragesTest {

    private static final FinancialYear YEAR = FinancialYear.of(2016);

    private static Observation obs(String area, String value, String numerator, String denominator) {
        var b = Observation.builder().indicatorId("i").areaCode(area).period(YEAR);
        if (value != null) {
            b.value(new BigDecimal(value));
        }
        if (numerator != null) {
            b.numerator(new BigDecimal(numerator));
        }
        if (denominator != null) {
            b.denominator(new BigDecimal(denominator));
        }
        return b.build();
    }

    // Three neighbours with values; "d" suppressed; "e" has no observation at all.
    private static final Map<String, Observation> MEMBERS = Map.of(
            "a", obs("a", "10", "1", "10"),
            "b", obs("b", "20", "4", "20"),
            "c", obs("c", "60", "30", "50"),
            "d", Observation.missing("i", "d", YEAR, ObservationStatus.SUPPRESSED));

    private static final List<String> CODES = List.of("a", "b", "c", "d", "e");

    private static ComparatorAverage average(AverageMethod method, BigDecimal multiplier) {
        return ComparatorAverages.of(method, CODES, code -> Optional.ofNullable(MEMBERS.get(code)), multiplier);
    }

    @Test
    void test_of_meanLeavesOutMissingMembers() {
        // (10 + 20 + 60) / 3 = 30
        ComparatorAverage mean = average(AverageMethod.MEAN, BigDecimal.ONE);
        assertThat(mean.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("30"));
        assertThat(mean.used()).containsExactly("a", "b", "c");
        assertThat(mean.missing()).containsExactly("d", "e");
        assertThat(mean.usedCount()).isEqualTo(3);
        assertThat(mean.memberCount()).isEqualTo(5);
        assertThat(mean.method()).isEqualTo(AverageMethod.MEAN);
    }

    @Test
    void test_of_median() {
        // sorted 10, 20, 60: the middle is 20
        assertThat(average(AverageMethod.MEDIAN, BigDecimal.ONE).value())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20"));
        // even count: (20 + 30) / 2 = 25
        assertThat(ComparatorAverages.median(List.of(
                        new BigDecimal("30"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("40"))))
                .isEqualByComparingTo("25");
    }

    @Test
    void test_of_pooled() {
        // (1 + 4 + 30) / (10 + 20 + 50) = 35 / 80 = 0.4375, times 100 = 43.75
        ComparatorAverage pooled = average(AverageMethod.POOLED, new BigDecimal("100"));
        assertThat(pooled.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("43.75"));
        assertThat(pooled.missing()).containsExactly("d", "e");
    }

    @Test
    void test_of_pooledNeedsNumeratorAndPositiveDenominator() {
        Map<String, Observation> m = Map.of(
                "a", obs("a", "10", "1", "10"),
                "b", obs("b", "20", null, "20"),
                "c", obs("c", "20", "1", null),
                "d", obs("d", "0", "0", "0"));
        ComparatorAverage pooled = ComparatorAverages.of(
                AverageMethod.POOLED,
                List.of("a", "b", "c", "d"),
                code -> Optional.ofNullable(m.get(code)),
                BigDecimal.ONE);
        assertThat(pooled.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.1"));
        assertThat(pooled.missing()).containsExactly("b", "c", "d");
    }

    @Test
    void test_of_noneUsed() {
        ComparatorAverage none =
                ComparatorAverages.of(AverageMethod.MEAN, List.of("x", "y"), code -> Optional.empty(), BigDecimal.ONE);
        assertThat(none.value()).isEmpty();
        assertThat(none.missing()).containsExactly("x", "y");
        assertThat(ComparatorAverages.of(AverageMethod.POOLED, List.of(), code -> Optional.empty(), BigDecimal.ONE)
                        .value())
                .isEmpty();
    }

    @Test
    void test_mean_repeatingDecimal() {
        // (1 + 1 + 2) / 3 = 1.333..., to 34 significant digits
        assertThat(ComparatorAverages.mean(List.of(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("2"))))
                .isEqualByComparingTo("1.333333333333333333333333333333333");
    }

    @Test
    void test_of_errors() {
        assertThatThrownBy(() -> average(AverageMethod.POOLED, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Multiplier 0 of a pooled average must be above 0");
        assertThatThrownBy(() -> ComparatorAverages.mean(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An average needs at least one value, but there are none");
        assertThatThrownBy(() -> ComparatorAverages.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
