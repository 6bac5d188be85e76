package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The highlights, exceptions and series commands on the bundled Nottingham example, checked against
 * figures worked by hand from examples/data/nottingham-cypp-2015.json (the neighbours' mean to the 34
 * significant digits averages are kept at): DTaP at 12 months in 2014/15
 * is 92.9% for Nottingham; of the ten authorities with a value six are higher (94.3, 95.6, 93.0,
 * 94.9, 93.7, 95.1) and three lower (91.8, 92.4, 92.0), so 7th of 10, 4th from the bottom; the
 * target 95.0% with a tolerance of 2 points puts Amber down to 93.0, so 92.9 is Red; England 94.2,
 * the East Midlands 94.8 and the neighbours' mean 842.8 / 9 = 93.64 are all higher; 2013/14 was 93.9.
 */
class HighlightCommandsTest {

    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";
    private static final String DTAP =
            "Nottingham's DTaP/IPV/Hib immunisation take-up at 12 months of 92.9% in 2014/15";

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return Arrays.asList(out.split("\\R"));
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Outturn.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void test_highlights_text() {
        Run r = run("highlights", NOTTINGHAM);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines().get(0))
                .startsWith("Nottingham (892) · ")
                .endsWith(" · policy outturn-highlight-default@1");
        assertThat(r.lines())
                .contains(
                        "  bad     " + DTAP + " is 7th among local authorities in the dataset, in the bottom 5 of 10.",
                        "  bad     " + DTAP + " is lower than England (94.2%), the East Midlands (94.8%) and the"
                                + " statistical neighbour average (93.6%).");
    }

    @Test
    void test_highlights_csvNumbersAsNumbers_andJsonByArea() throws IOException {
        Run csv = run("highlights", NOTTINGHAM, "--area", "892", "--format", "csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.lines().get(0)).isEqualTo(String.join(",", HighlightsCommand.CSV.headers()));
        assertThat(csv.lines())
                .anySatisfy(
                        l -> assertThat(l).startsWith("892,Nottingham,dtap-12m,2014/15,rank,bad,92.9,England,7,10,0,"));
        assertThat(csv.lines())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("892,Nottingham,dtap-12m,2014/15,comparators,bad,92.9,,,,,,94.2,"
                                + "94.8,93.64444444444444444444444444444444,9,"));

        Run js = run("highlights", NOTTINGHAM, "--area", "892", "--format", "json");
        JsonNode list = json(js.out()).get("892");
        assertThat(list.isArray()).isTrue();
        JsonNode rank = null;
        for (JsonNode h : list) {
            if (h.get("kind").asText().equals("rank")
                    && h.get("indicatorId").asText().equals("dtap-12m")) {
                rank = h;
            }
        }
        assertThat(rank).isNotNull();
        assertThat(rank.get("rank").get("rank").asInt()).isEqualTo(7);
        assertThat(rank.get("rank").get("of").asInt()).isEqualTo(10);
        assertThat(rank.get("value").isNumber()).isTrue();
    }

    @Test
    void test_highlights_policyFileListOfAreasAndErrors() throws IOException {
        Path policy = tmp.resolve("policy.json");
        Files.writeString(policy, "{\"id\": \"committee\", \"version\": \"1\", \"kinds\": [\"rank\"], \"topN\": 3}");
        Run r = run("highlights", NOTTINGHAM, "--area", "892,330", "--policy", policy.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("Nottingham (892) · "));
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("Birmingham (330) · "));
        // 7th of 10 is 4th from the bottom: not in the bottom 3.
        assertThat(r.out()).doesNotContain(DTAP).contains("policy committee@1");

        Run unknown = run("highlights", NOTTINGHAM, "--area", "892,999");
        assertThat(unknown.exit()).isEqualTo(Outturn.USAGE);
        assertThat(unknown.err()).contains("999");

        Files.writeString(policy, "{\"id\": \"committee\", \"version\": \"1\", \"topN\": 0}");
        Run bad = run("highlights", NOTTINGHAM, "--policy", policy.toString());
        assertThat(bad.exit()).isEqualTo(Outturn.USAGE);
        assertThat(bad.err()).contains("topN 0").doesNotContain("\tat ");
    }

    @Test
    void test_highlights_allAreas() {
        Run r = run("highlights", NOTTINGHAM, "--area", "all", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        // The eleven local authorities the example lists, each with at least one row or none.
        assertThat(r.lines().stream()
                        .skip(1)
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .distinct())
                .contains("892", "330", "391")
                .doesNotContain("970", "983");
    }

    @Test
    void test_exceptions_mostSeriousFirst() throws IOException {
        Run r = run("exceptions", NOTTINGHAM);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.lines().get(1))
                .isEqualTo("  DTaP/IPV/Hib immunisation take-up at 12 months (dtap-12m), 2014/15: red against target,"
                        + " worse than all comparators");
        assertThat(r.lines().get(2)).isEqualTo("      " + DTAP + " misses the target of 95.0% (Red).");
        // Long term on annual data looks three years back (rating policy @2), and the example starts in
        // 2012/13: not "worsening short and long term". England 94.2, East Midlands 94.8, and the
        // neighbours' mean 93.644 (README) are all above 92.9.
        assertThat(r.lines().get(3))
                .isEqualTo("      " + DTAP + " is lower than England (94.2%), the East Midlands (94.8%) and the"
                        + " statistical neighbour average (93.6%).");

        Run csv = run("exceptions", NOTTINGHAM, "--format", "csv");
        assertThat(csv.lines().get(1))
                .startsWith("892,Nottingham,indicator,dtap-12m,")
                .contains(",red-against-target;worse-than-all-comparators,red,");
        assertThat(json(run("exceptions", NOTTINGHAM, "--format", "json").out())
                        .get("892")
                        .get(0)
                        .get("id")
                        .asText())
                .isEqualTo("dtap-12m");
    }

    @Test
    void test_series_textCsvJson() throws IOException {
        Run r = run("series", NOTTINGHAM, "--indicator", "dtap-12m");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("2014/15")
                .contains("92.9")
                .contains("94.2")
                .contains("94.8")
                .contains("95.0");

        Run csv = run("series", NOTTINGHAM, "--indicator", "dtap-12m", "--format", "csv");
        assertThat(csv.lines())
                .containsExactly(
                        "area,indicator,period,value,status,region,neighbours,neighbour_count,england,target,"
                                + "target_lower,target_upper,commentary",
                        "892,dtap-12m,2012/13,94.1,actual,,,0,,,,,",
                        "892,dtap-12m,2013/14,93.9,actual,95.0,,0,94.3,,,,",
                        "892,dtap-12m,2014/15,92.9,actual,94.8,93.64444444444444444444444444444444,9,94.2,95.0,,,");

        JsonNode js = json(run("series", NOTTINGHAM, "--indicator", "dtap-12m", "--format", "json", "--periods", "2")
                        .out())
                .get("892");
        assertThat(js.get("points").size()).isEqualTo(2);

        Run bad = run("series", NOTTINGHAM, "--indicator", "dtap-12m", "--periods", "11");
        assertThat(bad.exit()).isEqualTo(Outturn.USAGE);
        assertThat(bad.err()).contains("--periods 11: expected 1 to 10");
    }
}
