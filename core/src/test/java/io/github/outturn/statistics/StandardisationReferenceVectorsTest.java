package io.github.outturn.statistics;

import static io.github.outturn.statistics.ReferenceVectors.check;
import static io.github.outturn.statistics.ReferenceVectors.na;
import static io.github.outturn.statistics.ReferenceVectors.num;
import static io.github.outturn.statistics.ReferenceVectors.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.IntervalMethod;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Directly and indirectly standardised rates against every row of PHEindicatormethods' vectors. */
class StandardisationReferenceVectorsTest {

    static Stream<Arguments> dsr() {
        return IntervalReferenceVectorsTest.rows("phe_dsr.csv");
    }

    static Stream<Arguments> isratio() {
        return IntervalReferenceVectorsTest.rows("phe_isratio.csv");
    }

    static Stream<Arguments> israte() {
        return IntervalReferenceVectorsTest.rows("phe_israte.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dsr")
    void test_directRate_matchesPhe(String id, Map<String, String> row) {
        double[] pops = numbers(row.get("pop_json"));
        double[] stdpop = numbers(row.get("stdpop_json"));
        StandardPopulation standard =
                StandardPopulation.of("test", ReferenceVectors.items(row.get("ageband_json")), stdpop);
        if (stdpop.length == 19) {
            // The rows standardised to the 2013 ESP carry PHE's own copy of it: the shipped data must agree.
            assertThat(StandardPopulation.esp2013().weights()).containsExactly(stdpop);
        }
        double m = num(row.get("multiplier"));
        DirectlyStandardisedRate r;
        if (row.get("independent_events").equals("TRUE")) {
            r = Standardisation.directRate(
                    numbers(row.get("count_json")), pops, standard, m, IntervalReferenceVectorsTest.level(row));
        } else {
            Map<Integer, double[]> persons = new TreeMap<>();
            ReferenceVectors.arrays(row.get("persons_by_eventfreq_json"))
                    .forEach((f, p) -> persons.put(Integer.parseInt(f), p));
            r = Standardisation.directRateByFrequency(
                    persons, pops, standard, m, IntervalReferenceVectorsTest.level(row));
        }
        check(row, "exp_total_count", r.totalCount());
        check(row, "exp_total_pop", r.totalPopulation());
        check(row, "exp_value", r.value().orElse(Double.NaN));
        check(row, "exp_lowercl", r.interval().map(c -> c.lower()).orElse(Double.NaN));
        check(row, "exp_uppercl", r.interval().map(c -> c.upper()).orElse(Double.NaN));
        if (na(row.get("exp_value"))) {
            assertThat(r.reason()).startsWith("No directly standardised rate: 9 events in all, fewer than 10");
        } else {
            assertThat(r.interval().get().method()).isEqualTo(IntervalMethod.DOBSON);
            assertThat(r.reason()).startsWith("Directly standardised rate ").endsWith("(phe-dsr-dobson@1)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("isratio")
    void test_indirectRatio_matchesPhe(String id, Map<String, String> row) {
        IndirectlyStandardised r = row.get("variant").equals("observed_totals")
                ? Standardisation.indirectRatio(
                        num(row.get("observed_total")),
                        numbers(row.get("pop_json")),
                        numbers(row.get("x_ref_json")),
                        numbers(row.get("n_ref_json")),
                        num(row.get("refvalue")),
                        IntervalReferenceVectorsTest.level(row))
                : Standardisation.indirectRatio(
                        numbers(row.get("count_json")),
                        numbers(row.get("pop_json")),
                        numbers(row.get("x_ref_json")),
                        numbers(row.get("n_ref_json")),
                        num(row.get("refvalue")),
                        IntervalReferenceVectorsTest.level(row));
        checkIndirect(row, r);
        assertThat(r.referenceRate()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("israte")
    void test_indirectRate_matchesPhe(String id, Map<String, String> row) {
        IndirectlyStandardised r = row.get("variant").equals("observed_totals")
                ? Standardisation.indirectRate(
                        num(row.get("observed_total")),
                        numbers(row.get("pop_json")),
                        numbers(row.get("x_ref_json")),
                        numbers(row.get("n_ref_json")),
                        num(row.get("multiplier")),
                        IntervalReferenceVectorsTest.level(row))
                : Standardisation.indirectRate(
                        numbers(row.get("count_json")),
                        numbers(row.get("pop_json")),
                        numbers(row.get("x_ref_json")),
                        numbers(row.get("n_ref_json")),
                        num(row.get("multiplier")),
                        IntervalReferenceVectorsTest.level(row));
        checkIndirect(row, r);
        check(row, "exp_ref_rate", r.referenceRate().getAsDouble());
    }

    private static void checkIndirect(Map<String, String> row, IndirectlyStandardised r) {
        check(row, "exp_observed", r.observed());
        check(row, "exp_expected", r.expected());
        check(row, "exp_value", r.value());
        check(row, "exp_lowercl", r.interval().lower());
        check(row, "exp_uppercl", r.interval().upper());
        assertThat(r.interval().method())
                .isEqualTo(row.get("exp_method").equals("Exact") ? IntervalMethod.EXACT_POISSON : IntervalMethod.BYAR);
        assertThat(r.reason()).contains(r.method().reference());
    }
}
