package io.github.outturn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.ConformanceSuite.Outcome;
import io.github.outturn.testkit.ConformanceTables;
import io.github.outturn.testkit.OutturnConformance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the published conformance table {@code confidence-intervals.csv} (in the test kit): every
 * row worked from PHE's published formulas at 40 digits by {@code testkit/tools/confidence-intervals.py},
 * never from this code's output; {@code ConfidenceIntervalTableTest} holds the table against PHE's
 * own test data.
 */
class ConfidenceIntervalsConformanceTest {

    @Test
    void test_table_coversEveryMethodMeasureAndLevelAllowed() {
        List<Map<String, String>> rows = ConformanceTables.rows("confidence-intervals.csv");
        assertThat(rows.stream()
                        .map(r -> r.get("expected"))
                        .filter(e -> !e.equals(ConformanceSuite.ERROR))
                        .map(e -> e.substring(e.lastIndexOf(';') + 1))
                        .distinct())
                .containsExactlyInAnyOrder("wilson", "exact-poisson", "byar");
        assertThat(rows.stream().map(r -> r.get("measure")).distinct())
                .containsExactlyInAnyOrder("proportion", "count", "rate");
        assertThat(rows.stream().map(r -> r.get("level")).distinct()).contains("90%", "95%", "99%", "99.8%", "99.99%");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @TestFactory
    Stream<DynamicTest> intervals_conformToEveryRow() {
        return ConformanceSuite.confidenceIntervals(OutturnConformance.confidenceIntervals());
    }

    /** The runner itself: a limit just outside the tolerance, or another method, fails the row. */
    @Test
    void runner_failsALimitBeyondTheToleranceOrAnotherMethod() {
        Map<String, String> row = ConformanceTables.rows("confidence-intervals.csv").stream()
                .filter(r -> r.get("case").equals("count-65-95"))
                .findFirst()
                .map(HashMap::new)
                .orElseThrow();
        String[] expected = row.get("expected").split(";");
        double lower = Double.parseDouble(expected[0]);
        double upper = Double.parseDouble(expected[1]);
        assertThat(outcomeOf(row, Outcome.of(lower * (1 + 5e-10) + ";" + upper + ";byar")))
                .as("within 1e-9")
                .isNull();
        assertThat(outcomeOf(row, Outcome.of(lower * (1 + 2e-9) + ";" + upper + ";byar")))
                .hasMessageContaining("the lower limit");
        assertThat(outcomeOf(row, Outcome.of(lower + ";" + upper + ";exact-poisson")))
                .hasMessageContaining("the method");
        assertThat(outcomeOf(row, Outcome.of(lower + ";" + upper))).hasMessageContaining("lower;upper;method");
    }

    private static Throwable outcomeOf(Map<String, String> row, Outcome outcome) {
        DynamicTest test = ConformanceSuite.confidenceIntervals(List.of(row), r -> outcome)
                .findFirst()
                .orElseThrow();
        try {
            test.getExecutable().execute();
            return null;
        } catch (AssertionError e) {
            return e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void outturnFunction_refusesAnUnknownMeasure() {
        Map<String, String> row =
                new HashMap<>(ConformanceTables.rows("confidence-intervals.csv").get(0));
        row.put("measure", "mean");
        assertThatThrownBy(() -> OutturnConformance.confidenceIntervals().apply(row))
                .hasMessageContaining("expected proportion, count or rate");
    }
}
