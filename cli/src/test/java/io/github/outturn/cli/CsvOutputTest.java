package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outturn.cli.OutturnCliTest.Run;
import io.github.outturn.testkit.ConformanceTables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSV carries what text and JSON carry, as numbers in their own columns, to readable decimals, with
 * one spelling of statuses and judgements across the three formats.
 */
class CsvOutputTest {

    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";
    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";

    /** The CSV's rows as header-to-cell maps (no cell of these examples holds a quoted comma). */
    private static List<Map<String, String>> table(Run csv) {
        List<String> lines = csv.lines();
        List<String> header = ConformanceTables.split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = ConformanceTables.split(line);
            assertThat(cells).as(line).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream()
                .filter(r -> value.equals(r.get(column)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
    }

    @Test
    void test_assess_csvCarriesTheBenchmarksRankAndNames() {
        List<Map<String, String>> rows = table(OutturnCliTest.run("assess", NOTTINGHAM, "--format", "csv"));
        assertThat(rows).hasSize(6);
        Map<String, String> dtap = row(rows, "indicator", "dtap-12m");
        assertThat(dtap)
                .containsEntry("indicator_name", "DTaP/IPV/Hib immunisation take-up at 12 months")
                .containsEntry("area_name", "Nottingham")
                .containsEntry("value", "92.9")
                .containsEntry("target", "95.0")
                .containsEntry("status", "red")
                .containsEntry("short_term_since", "2013/14")
                // England 94.2 and the East Midlands 94.8: the published figures (examples/data).
                .containsEntry("england_value", "94.2")
                .containsEntry("england", "worse")
                .containsEntry("region_name", "East Midlands")
                .containsEntry("region_value", "94.8")
                .containsEntry("region", "worse")
                // (94.3+91.8+95.6+93.0+92.4+94.9+93.7+95.1+92.0)/9 = 93.6444...: three decimals, one
                // more than two beyond the value's one, not 35 digits.
                .containsEntry("neighbours_value", "93.644")
                .containsEntry("neighbours", "worse")
                .containsEntry("neighbours_used", "9")
                .containsEntry("neighbours_members", "10")
                .containsEntry("rank", "7")
                .containsEntry("rank_of", "10")
                .containsEntry("ranked_among", "local authorities with a value, former ones included as in LAIT")
                .containsEntry("quartile", "C")
                .containsEntry("benchmark_policy", "outturn-benchmark-default@3");
        // cp-plans' neighbours: (values in examples/data) mean 59.81, exact at two decimals.
        assertThat(row(rows, "indicator", "cp-plans")).containsEntry("neighbours_value", "59.81");
        // Context only: no rank, no band, not rated.
        assertThat(row(rows, "indicator", "cla-rate"))
                .containsEntry("status", "not-rated")
                .containsEntry("rank", "")
                .containsEntry("ranked_among", "");
    }

    @Test
    void test_statuses_areSpelledAlikeInEveryFormat() throws IOException {
        Run text = OutturnCliTest.run("assess", NOTTINGHAM);
        Run csv = OutturnCliTest.run("assess", NOTTINGHAM, "--format", "csv");
        JsonNode json = OutturnCliTest.json(
                OutturnCliTest.run("assess", NOTTINGHAM, "--format", "json").out());
        List<Map<String, String>> rows = table(csv);
        for (JsonNode a : json.path("assessments")) {
            String id = a.path("assessment").path("indicatorId").asText();
            String status = a.path("assessment").path("status").asText();
            assertThat(row(rows, "indicator", id)).containsEntry("status", status);
            assertThat(text.row(id)).as(id).contains(status);
        }
        assertThat(text.row("cla-rate")).contains("not-rated");
        assertThat(text.out()).doesNotContain("  NOT_RATED  ").doesNotContain("  RED  ");
    }

    @Test
    void test_benchmark_csvCarriesTheIntervalRankAndBands() {
        List<Map<String, String>> rows =
                table(OutturnCliTest.run("benchmark", NOTTINGHAM, "--indicator", "dtap-12m", "--format", "csv"));
        assertThat(rows)
                .extracting(r -> r.get("comparator"))
                .containsExactly("England", "East Midlands", "2013/14", "Nottingham statistical neighbours mean");
        Map<String, String> neighbours = row(rows, "comparator", "Nottingham statistical neighbours mean");
        assertThat(neighbours)
                .containsEntry("indicator_name", "DTaP/IPV/Hib immunisation take-up at 12 months")
                .containsEntry("area_name", "Nottingham")
                .containsEntry("value", "92.9")
                // Wilson score, 3612 of 3888 (worked in OutturnCliTest): 92.0510 to 93.6668.
                .containsEntry("interval_level", "95%")
                .containsEntry("interval_lower", "92.051")
                .containsEntry("interval_upper", "93.667")
                .containsEntry("interval_method", "wilson")
                .containsEntry("comparator_value", "93.644")
                // 92.9 - 93.6444... = -0.7444..., and -0.7444/93.6444 = -0.795%.
                .containsEntry("difference", "-0.744")
                .containsEntry("relative_difference_percent", "-0.8")
                .containsEntry("members_used", "9")
                .containsEntry("members", "10")
                .containsEntry("rank", "7")
                .containsEntry("rank_of", "10")
                .containsEntry("quartile", "C")
                .containsEntry("quintile", "D");
        assertThat(neighbours.get("series")).contains("lowest ever recorded");
        assertThat(row(rows, "comparator", "England"))
                .containsEntry("comparator_value", "94.2")
                .containsEntry("difference", "-1.3")
                .containsEntry("members_used", "");
        for (Map<String, String> r : rows) {
            for (String column : List.of("comparator_value", "difference", "interval_lower", "interval_upper")) {
                String cell = r.get(column);
                assertThat(cell.contains(".") ? cell.length() - cell.indexOf('.') - 1 : 0)
                        .as(column + " " + cell)
                        .isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void test_summary_csvCarriesNamesAndTheMovementTable() {
        List<Map<String, String>> rows =
                table(OutturnCliTest.run("summary", ROTHERHAM, "--format", "csv", "--compare", "2013/14 H2"));
        Map<String, String> plan = row(rows, "scope", "plan");
        // The register's history (examples/README.md, and the text table in README.md): 27 stayed
        // Green, 13 Amber to Green, 87 stayed Amber, 8 Amber to Red, 10 Red to Amber, 8 stayed Red.
        assertThat(plan)
                .containsEntry("name", "Rotherham Children and Young People's Plan 2013-2016")
                .containsEntry("compared_with", "2013/14 H2")
                .containsEntry("changed", "37")
                .containsEntry("green_to_green", "27")
                .containsEntry("green_to_amber", "6")
                .containsEntry("amber_to_green", "13")
                .containsEntry("amber_to_amber", "87")
                .containsEntry("amber_to_red", "8")
                .containsEntry("red_to_amber", "10")
                .containsEntry("red_to_red", "8");
        // Priority 1: 14.5 of 52 changed, 4.3 of them up to Green (13/3 from Amber).
        assertThat(row(rows, "scope_id", "P1"))
                .containsEntry("name", "We will ensure children have the best start in life")
                .containsEntry("changed", "14.5")
                .containsEntry("amber_to_green", "4.3");
        // Without --compare, no movement columns.
        assertThat(OutturnCliTest.run("summary", ROTHERHAM, "--format", "csv")
                        .lines()
                        .get(0))
                .endsWith(",policy");
    }
}
