package io.github.outturn.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a published conformance table against any implementation: the caller gives a function from a
 * row (column name to cell, as the table's column guide describes) to the {@link Outcome} its own
 * code produces, and gets one JUnit 5 dynamic test per row, named after the row's case.
 *
 * <pre>{@code
 * // in a JUnit 5 test class, as a method annotated TestFactory:
 * Stream<DynamicTest> myRatingConforms() {
 *     return ConformanceSuite.indicatorRating(row -> {
 *         MyResult r = myRater.rate(row.get("value"), row.get("target"), ...);
 *         return ConformanceSuite.Outcome.of(r.statusCode(), r.reason());
 *     });
 * }
 * }</pre>
 *
 * <p>A row that expects {@code error} passes when the function throws an exception whose message
 * contains the row's text column (when not empty). Otherwise the outcome's code must equal the
 * expected column exactly, and its text, when the function gives one, must contain the row's text
 * column. {@code OutturnConformance} holds Outturn's own functions for every table.
 */
public final class ConformanceSuite {

    /** The expected cell of a row whose inputs must be rejected. */
    public static final String ERROR = "error";

    private ConformanceSuite() {}

    /**
     * What an implementation says about one row.
     *
     * @param code the result as the table's expected column writes it (a status code such as {@code
     *     amber}, or several figures separated by {@code ;})
     * @param text the explanation the implementation gives, or null when it gives none (the text
     *     column is then not checked)
     */
    public record Outcome(String code, @Nullable String text) {

        /** Checks the code. */
        public Outcome {
            Objects.requireNonNull(code, "code");
        }

        /**
         * An outcome with an explanation.
         *
         * @param code the result
         * @param text the explanation, or null
         * @return the outcome
         */
        public static Outcome of(String code, @Nullable String text) {
            return new Outcome(code, text);
        }

        /**
         * An outcome without an explanation.
         *
         * @param code the result
         * @return the outcome
         */
        public static Outcome of(String code) {
            return new Outcome(code, null);
        }
    }

    /**
     * An implementation under test: one row in, its outcome out. Throws when the implementation
     * rejects the row's inputs.
     */
    @FunctionalInterface
    public interface RowFunction {

        /**
         * Runs the implementation on one row.
         *
         * @param row column name to cell, empty cells as empty strings
         * @return the outcome
         * @throws Exception if the implementation rejects the inputs
         */
        Outcome apply(Map<String, String> row) throws Exception;
    }

    /**
     * Every row of {@code indicator-rating.csv}: {@code expected_status} against the code,
     * {@code reason_contains} within the text.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> indicatorRating(RowFunction function) {
        return run("indicator-rating.csv", "expected_status", "reason_contains", function);
    }

    /**
     * Every row of {@code indicator-rating-in-year.csv}: {@code expected_status} (the forecast's, for
     * a row with a forecast method, or {@code none}) against the code, {@code reason_contains} within
     * the text.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> indicatorRatingInYear(RowFunction function) {
        return run("indicator-rating-in-year.csv", "expected_status", "reason_contains", function);
    }

    /**
     * Every row of {@code percentage-rounding.csv}: {@code expected} (the shown percentages in
     * status order, {@code ;}-separated) against the code.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> percentageRounding(RowFunction function) {
        return run("percentage-rounding.csv", "expected", null, function);
    }

    /**
     * Every row of {@code rank-and-bands.csv}: {@code expected} ({@code rank of n;band}) against the
     * code.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> rankAndBands(RowFunction function) {
        return run("rank-and-bands.csv", "expected", null, function);
    }

    /**
     * Every row of {@code direction-of-travel.csv}: {@code expected} (the direction's code) against
     * the code, {@code reason_contains} within the text.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> directionOfTravel(RowFunction function) {
        return run("direction-of-travel.csv", "expected", "reason_contains", function);
    }

    /**
     * Every row of {@code confidence-intervals.csv}. The function's code is {@code lower;upper;method}
     * (for example {@code 0.0017674320641406;0.0544861961787053;wilson}): each limit must be within
     * the row's relative {@code tolerance} of the expected one (a limit expected to be 0 must be
     * exactly 0), and the method must equal the expected one. A row expecting {@code error} passes
     * when the function throws with a message containing {@code error_contains}.
     *
     * @param function the implementation under test
     * @return one dynamic test per row
     */
    public static Stream<DynamicTest> confidenceIntervals(RowFunction function) {
        return confidenceIntervals(ConformanceTables.rows("confidence-intervals.csv"), function);
    }

    /**
     * Rows with the columns of {@code confidence-intervals.csv}, already read (a selection of the
     * published rows, or an implementation's own), checked as {@link #confidenceIntervals(RowFunction)}
     * checks them.
     *
     * @param rows the rows
     * @param function the implementation under test
     * @return one dynamic test per row, named after its case
     */
    public static Stream<DynamicTest> confidenceIntervals(List<Map<String, String>> rows, RowFunction function) {
        Objects.requireNonNull(function, "function");
        return rows.stream()
                .map(row -> DynamicTest.dynamicTest(
                        row.get("case"),
                        () -> check(
                                row,
                                "confidence-intervals.csv",
                                "expected",
                                "error_contains",
                                function,
                                ConformanceSuite::interval)));
    }

    /**
     * Every row of a published table.
     *
     * @param table the table's file name, one of {@link ConformanceTables#PUBLISHED}
     * @param expectedColumn the column holding the expected code, or {@link #ERROR}
     * @param textColumn the column holding text the explanation contains, or null for none
     * @param function the implementation under test
     * @return one dynamic test per row, named after its case
     */
    public static Stream<DynamicTest> run(
            String table, String expectedColumn, @Nullable String textColumn, RowFunction function) {
        return run(ConformanceTables.rows(table), table, expectedColumn, textColumn, function);
    }

    /**
     * Every row of a table already read.
     *
     * @param rows the rows
     * @param table the table's name, for messages
     * @param expectedColumn the column holding the expected code, or {@link #ERROR}
     * @param textColumn the column holding text the explanation contains, or null for none
     * @param function the implementation under test
     * @return one dynamic test per row, named after its case
     */
    public static Stream<DynamicTest> run(
            List<Map<String, String>> rows,
            String table,
            String expectedColumn,
            @Nullable String textColumn,
            RowFunction function) {
        Objects.requireNonNull(function, "function");
        return rows.stream()
                .map(row -> DynamicTest.dynamicTest(
                        row.get("case"),
                        () -> check(row, table, expectedColumn, textColumn, function, ConformanceSuite::exact)));
    }

    /** How an outcome is held against a row's expected cell. */
    @FunctionalInterface
    private interface Comparison {
        void check(Map<String, String> row, String place, String expected, Outcome outcome);
    }

    private static void exact(Map<String, String> row, String place, String expected, Outcome outcome) {
        assertThat(outcome.code()).as("%s: %s", place, outcome.text()).isEqualTo(expected);
    }

    private static void interval(Map<String, String> row, String place, String expected, Outcome outcome) {
        String[] want = expected.split(";", -1);
        String[] got = outcome.code().split(";", -1);
        assertThat(got)
                .as("%s: the outcome %s, written lower;upper;method", place, outcome.code())
                .hasSize(3);
        double tolerance = Double.parseDouble(row.get("tolerance"));
        for (int i = 0; i < 2; i++) {
            double e = Double.parseDouble(want[i]);
            double a = Double.parseDouble(got[i]);
            assertThat(Math.abs(a - e))
                    .as(
                            "%s: the %s limit %s against %s, within a relative %s",
                            place, i == 0 ? "lower" : "upper", a, e, row.get("tolerance"))
                    .isLessThanOrEqualTo(tolerance * Math.abs(e));
        }
        assertThat(got[2]).as("%s: the method", place).isEqualTo(want[2]);
    }

    private static void check(
            Map<String, String> row,
            String table,
            String expectedColumn,
            @Nullable String textColumn,
            RowFunction function,
            Comparison comparison)
            throws Exception {
        String expected =
                Objects.requireNonNull(row.get(expectedColumn), () -> table + " has no column " + expectedColumn);
        String text = textColumn == null ? "" : row.getOrDefault(textColumn, "");
        String place = table + ", case " + row.get("case");
        if (expected.equals(ERROR)) {
            assertThatThrownBy(() -> function.apply(row))
                    .as("%s: the inputs must be rejected", place)
                    .hasMessageContaining(text);
            return;
        }
        Outcome outcome = function.apply(row);
        assertThat(outcome).as("%s: the outcome", place).isNotNull();
        comparison.check(row, place, expected, outcome);
        if (outcome.text() != null) {
            assertThat(outcome.text()).as(place).contains(text);
        }
    }
}
