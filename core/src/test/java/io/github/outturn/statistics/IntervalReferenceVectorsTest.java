package io.github.outturn.statistics;

import static io.github.outturn.statistics.ReferenceVectors.check;
import static io.github.outturn.statistics.ReferenceVectors.na;
import static io.github.outturn.statistics.ReferenceVectors.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.IntervalMethod;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The existing intervals (Wilson, exact Poisson, Byar, Student's t) at any level, against every row of
 * PHEindicatormethods' proportion, rate, Byar and mean vectors (ReferenceVectors says where they come
 * from).
 */
class IntervalReferenceVectorsTest {

    static Stream<Arguments> rows(String file) {
        return ReferenceVectors.rows(file).stream().map(r -> Arguments.of(r.get("case_id"), r));
    }

    static Stream<Arguments> proportions() {
        return rows("phe_proportion.csv");
    }

    static Stream<Arguments> rates() {
        return rows("phe_rate.csv");
    }

    static Stream<Arguments> byars() {
        return rows("phe_byars_count_limits.csv");
    }

    static Stream<Arguments> means() {
        return rows("phe_mean.csv");
    }

    /** PHE forces confidence 1 to limits 0 and 1; a level of 100% is outside the range this project allows. */
    private static boolean levelOfOne(Map<String, String> row) {
        if (!na(row.get("confidence")) && num(row.get("confidence")) == 1.0) {
            assertThatThrownBy(() -> ConfidenceLevel.of(new BigDecimal(row.get("confidence"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out of range");
            return true;
        }
        return false;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proportions")
    void test_proportion_matchesPhe(String id, Map<String, String> row) {
        double x = num(row.get("numerator"));
        double n = num(row.get("denominator"));
        double m = num(row.get("multiplier"));
        if (Double.isNaN(x) || Double.isNaN(n)) {
            // A missing input gives no value and no limits.
            assertThat(row.get("exp_value")).isEqualTo("NA");
            assertThat(row.get("exp_lowercl")).isEqualTo("NA");
            return;
        }
        check(row, "exp_value", x / n * m);
        if (na(row.get("confidence")) || levelOfOne(row)) {
            return;
        }
        ConfidenceInterval ci = ConfidenceIntervals.proportion(x, n, level(row));
        check(row, "exp_lowercl", ci.lower() * m);
        check(row, "exp_uppercl", ci.upper() * m);
        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rates")
    void test_rate_matchesPhe(String id, Map<String, String> row) {
        double x = num(row.get("numerator"));
        double n = num(row.get("denominator"));
        double m = num(row.get("multiplier"));
        if (Double.isNaN(x) || Double.isNaN(n)) {
            assertThat(row.get("exp_value")).isEqualTo("NA");
            assertThat(row.get("exp_uppercl")).isEqualTo("NA");
            return;
        }
        check(row, "exp_value", x / n * m);
        ConfidenceInterval ci = ConfidenceIntervals.rate(x, n, m, level(row));
        check(row, "exp_lowercl", ci.lower());
        check(row, "exp_uppercl", ci.upper());
        assertThat(ci.method())
                .isEqualTo(row.get("exp_method").equals("Exact") ? IntervalMethod.EXACT_POISSON : IntervalMethod.BYAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("byars")
    void test_byar_matchesPhe(String id, Map<String, String> row) {
        double x = num(row.get("x"));
        double z = level(row).z();
        double lower = ConfidenceIntervals.byarLower(x, z);
        // PHE returns NA where Byar's lower limit is negative (one event at 99.8%); the formula is negative there.
        check(row, "exp_lowercl", lower < 0 ? Double.NaN : lower);
        check(row, "exp_uppercl", ConfidenceIntervals.byarUpper(x, z));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("means")
    void test_mean_matchesPhe(String id, Map<String, String> row) {
        double[] values = ReferenceVectors.numbers(row.get("values_json"));
        double sum = Arrays.stream(values).sum();
        double mean = sum / values.length;
        check(row, "exp_value_sum", sum);
        check(row, "exp_value", mean);
        if (values.length < 2) {
            // One value has no standard deviation and no limits.
            check(row, "exp_stdev", Double.NaN);
            check(row, "exp_lowercl", Double.NaN);
            return;
        }
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(squares / (values.length - 1));
        check(row, "exp_stdev", sd);
        ConfidenceInterval ci = ConfidenceIntervals.mean(mean, sd, values.length, level(row));
        check(row, "exp_lowercl", ci.lower());
        check(row, "exp_uppercl", ci.upper());
    }

    static ConfidenceLevel level(Map<String, String> row) {
        return ConfidenceLevel.of(new BigDecimal(row.get("confidence")));
    }
}
