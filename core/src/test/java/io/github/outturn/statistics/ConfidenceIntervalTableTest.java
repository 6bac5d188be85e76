package io.github.outturn.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.ConformanceTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Holds the published table {@code confidence-intervals.csv} (worked from PHE's formulas by the test
 * kit's {@code tools/confidence-intervals.py}) against PHE's own test data: wherever a row has the
 * inputs of a case in the reference vectors ({@code phe_proportion.csv}, {@code phe_rate.csv},
 * {@code phe_byars_count_limits.csv}, PHEindicatormethods 2.1.0, GPL-3, read as data with the
 * attribution in each case's {@code source} column), the row's limits must be the case's, under the
 * case's tolerance. This checks the table, not Outturn's code.
 */
class ConfidenceIntervalTableTest {

    @Test
    void table_agreesWithEveryMatchingPheCase() {
        List<Map<String, String>> proportions = ReferenceVectors.rows("phe_proportion.csv");
        List<Map<String, String>> rates = ReferenceVectors.rows("phe_rate.csv");
        List<Map<String, String>> byars = ReferenceVectors.rows("phe_byars_count_limits.csv");
        int matched = 0;
        for (Map<String, String> row : ConformanceTables.rows("confidence-intervals.csv")) {
            if (row.get("expected").equals(ConformanceSuite.ERROR)) {
                continue;
            }
            String[] limits = row.get("expected").split(";");
            double lower = Double.parseDouble(limits[0]);
            double upper = Double.parseDouble(limits[1]);
            List<Map<String, String>> cases = switch (row.get("measure")) {
                case "proportion" ->
                    proportions.stream()
                            .filter(c -> same(c, row, "numerator", "denominator")
                                    && sameNumber(c.get("multiplier"), or(row.get("multiplier"), "1")))
                            .toList();
                case "rate" ->
                    rates.stream()
                            .filter(c -> same(c, row, "numerator", "denominator", "multiplier"))
                            .toList();
                default ->
                    limits[2].equals("byar")
                            ? byars.stream()
                                    .filter(c -> sameNumber(c.get("x"), row.get("numerator")))
                                    .toList()
                            // an exact count is a rate per 1 of a denominator of 1
                            : rates.stream()
                                    .filter(c -> sameNumber(c.get("numerator"), row.get("numerator"))
                                            && sameNumber(c.get("denominator"), c.get("multiplier")))
                                    .toList();
            };
            for (Map<String, String> c : cases) {
                if (!sameNumber(c.get("confidence"), fraction(row.get("level")))
                        || ReferenceVectors.na(c.get("exp_lowercl"))
                        || c.get("case_type").startsWith("grouped")) {
                    continue;
                }
                ReferenceVectors.check(c, "exp_lowercl", lower);
                ReferenceVectors.check(c, "exp_uppercl", upper);
                matched++;
            }
        }
        assertThat(matched).as("table rows with a matching PHE case").isGreaterThanOrEqualTo(15);
    }

    private static boolean same(Map<String, String> pheCase, Map<String, String> row, String... columns) {
        for (String column : columns) {
            if (!sameNumber(pheCase.get(column), row.get(column))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String a, String b) {
        return !ReferenceVectors.na(a) && !b.isEmpty() && new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    }

    private static String or(String cell, String otherwise) {
        return Objects.requireNonNull(cell).isEmpty() ? otherwise : cell;
    }

    private static String fraction(String percent) {
        return new BigDecimal(percent.substring(0, percent.length() - 1))
                .movePointLeft(2)
                .toPlainString();
    }
}
