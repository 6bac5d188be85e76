package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.benchmark.ConfidenceLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Life expectancy against every row of PHE's vectors (phe_life_expectancy.csv), to 9 significant
 * digits of the full-precision values and within the package's own tolerance of its expected values,
 * and the refusals.
 */
class LifeExpectanciesTest {

    private static final Pattern FIRST_INTEGER = Pattern.compile("\\d+");

    private static final int[] AGES = {0, 1, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90};

    static Stream<Arguments> rows() {
        return IntervalReferenceVectorsTest.rows("phe_life_expectancy.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void test_lifeExpectancy_matchesPhe(String id, Map<String, String> row) {
        // Start ages are the first integer of each label ("10 – 14" is 10), in the order given.
        int[] ages = ReferenceVectors.items(row.get("startage_json")).stream()
                .mapToInt(label -> {
                    Matcher m = FIRST_INTEGER.matcher(label);
                    assertThat(m.find()).as(label).isTrue();
                    return Integer.parseInt(m.group());
                })
                .toArray();
        ConfidenceLevel level = ConfidenceLevel.of(new BigDecimal(row.get("confidence")));
        List<LifeExpectancy> table = LifeExpectancies.of(
                ages,
                ReferenceVectors.numbers(row.get("deaths_json")),
                ReferenceVectors.numbers(row.get("pops_json")),
                level);
        assertThat(table).hasSize(LifeExpectancies.BANDS);
        if (row.get("le_age").equals("all")) {
            assertThat(table).allSatisfy(le -> {
                assertThat(le.value()).isEmpty();
                assertThat(le.lower()).isEmpty();
                assertThat(le.upper()).isEmpty();
                assertThat(le.reason()).startsWith("Life expectancy is not calculated: ");
            });
            return;
        }
        LifeExpectancy le = table.stream()
                .filter(x -> x.startAge() == Integer.parseInt(row.get("le_age")))
                .findFirst()
                .orElseThrow();
        check(id + " value", le.value(), row.get("exp_value"), row.get("computed_value"), row.get("tolerance"));
        check(id + " lower", le.lower(), row.get("exp_lowercl"), row.get("computed_lowercl"), row.get("tolerance"));
        check(id + " upper", le.upper(), row.get("exp_uppercl"), row.get("computed_uppercl"), row.get("tolerance"));
        if (!ReferenceVectors.na(row.get("exp_pops_used"))) {
            assertThat(le.populationUsed()).isEqualTo(ReferenceVectors.num(row.get("exp_pops_used")));
            assertThat(le.deathsUsed()).isEqualTo(ReferenceVectors.num(row.get("exp_dths_used")));
        }
        assertThat(le.reason()).endsWith("(phe-life-expectancy@1)");
    }

    private static void check(String what, OptionalDouble actual, String expected, String computed, String tolerance) {
        if (ReferenceVectors.na(expected)) {
            assertThat(actual).as(what).isEmpty();
            return;
        }
        double x = actual.orElseThrow();
        assertThat(ReferenceVectors.within(x, ReferenceVectors.num(expected), tolerance))
                .as("%s %s against %s (%s)", what, x, expected, tolerance)
                .isTrue();
        assertThat(ReferenceVectors.within(x, ReferenceVectors.num(computed), "rel:1e-9"))
                .as("%s %s against %s to 9 significant digits", what, x, computed)
                .isTrue();
    }

    private static double[] filled(double v) {
        double[] x = new double[AGES.length];
        java.util.Arrays.fill(x, v);
        return x;
    }

    @Test
    void test_lifeExpectancy_suppressesAZeroPopulation() {
        double[] pops = filled(1000);
        pops[3] = 0;
        List<LifeExpectancy> t = LifeExpectancies.of(AGES, filled(1), pops, ConfidenceLevel.NINETY_FIVE);
        assertThat(t.get(0).value()).isEmpty();
        assertThat(t.get(0).reason())
                .isEqualTo("Life expectancy is not calculated: the population of band 10 is 0, not above 0"
                        + " (phe-life-expectancy@1)");
    }

    @Test
    void test_lifeExpectancy_refusesOtherBands() {
        assertThatThrownBy(
                        () -> LifeExpectancies.of(new int[] {0, 1}, filled(1), filled(1), ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give deaths and populations for each of the 2 age bands, not 20 and 20");
        int[] ages = AGES.clone();
        ages[19] = 95;
        assertThatThrownBy(() -> LifeExpectancies.of(ages, filled(1), filled(1), ConfidenceLevel.NINETY_FIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "Life expectancy needs the 20 age bands starting at 0, 1, 5, 10, ..., 90, not [0, 1,");
    }
}
