package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outturn.cli.OutturnCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess} and {@code benchmark} with {@code --area all} or a list of areas: one loaded
 * dataset, one result per area in order, figures worked by hand from
 * examples/data/nottingham-cypp-2015.json.
 */
class AreaListTest {

    @TempDir
    Path tmp;

    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";

    /** The dataset's local authorities in the order it lists them: Nottingham, then its ten neighbours. */
    private static final List<String> ALL =
            List.of("892", "330", "352", "391", "806", "380", "333", "852", "353", "373", "355");

    private static List<String> csvLines(Run r) {
        return Arrays.asList(r.out().split("\\R"));
    }

    /** The CSV row whose third column (the area) is {@code area}, split on commas outside quotes. */
    private static List<String> csvRow(Run r, String area) {
        return csvLines(r).stream()
                .map(l -> Arrays.asList(l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)))
                .filter(cells -> cells.size() > 2 && cells.get(2).equals(area))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + area + " in\n" + r.out()));
    }

    @Test
    void test_assess_twoAreasCsv_oneHeaderThenEachAreasRow() {
        Run r = OutturnCliTest.run(
                "assess", NOTTINGHAM, "--area", "892,manchester", "--indicator", "cp-plans", "--format", "csv");
        assertThat(r.exit()).isZero();
        assertThat(r.problems()).isEmpty();
        List<String> lines = csvLines(r);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("indicator,indicator_name,area,");
        assertThat(lines.stream().filter(l -> l.startsWith("indicator,"))).hasSize(1);
        List<String> header = Arrays.asList(lines.get(0).split(","));

        // Nottingham: 56.2 against 55.0 with 5% tolerance (55.0 x 1.05 = 57.75): above, within, AMBER.
        // Neighbours' mean (48.2 + 61.0 + 52.3 + 70.4 + 58.8 + 55.1 + 66.9 + 63.2 + 49.7 + 72.5) / 10
        // = 59.81, higher than 56.2, lower is better: better. Eleven values ascending 48.2, 49.7, 52.3,
        // 55.1, 56.2, ...: Nottingham 5th of 11.
        List<String> nottingham = csvRow(r, "892");
        assertThat(nottingham.get(header.indexOf("area_name"))).isEqualTo("Nottingham");
        assertThat(nottingham.get(header.indexOf("value"))).isEqualTo("56.2");
        assertThat(nottingham.get(header.indexOf("status"))).isEqualTo("amber");
        assertThat(nottingham.get(header.indexOf("england_value"))).isEqualTo("42.9");
        assertThat(nottingham.get(header.indexOf("neighbours_value"))).isEqualTo("59.81");
        assertThat(nottingham.get(header.indexOf("neighbours"))).isEqualTo("better");
        assertThat(nottingham.get(header.indexOf("rank"))).isEqualTo("5");
        assertThat(nottingham.get(header.indexOf("rank_of"))).isEqualTo("11");

        // Manchester: 61.0 is beyond 57.75: RED; 61.0 is 7th of the same eleven; no neighbours of its own.
        List<String> manchester = csvRow(r, "352");
        assertThat(manchester.get(header.indexOf("area_name"))).isEqualTo("Manchester");
        assertThat(manchester.get(header.indexOf("value"))).isEqualTo("61.0");
        assertThat(manchester.get(header.indexOf("status"))).isEqualTo("red");
        assertThat(manchester.get(header.indexOf("neighbours_value"))).isEmpty();
        assertThat(manchester.get(header.indexOf("rank"))).isEqualTo("7");
        assertThat(manchester.get(header.indexOf("rank_of"))).isEqualTo("11");
        // In the order asked for.
        assertThat(lines.get(1)).contains(",892,Nottingham,");
        assertThat(lines.get(2)).contains(",352,Manchester,");
    }

    @Test
    void test_assess_twoAreasText_oneBlockEachInOrder() {
        Run r = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "352,892", "--indicator", "cp-plans");
        assertThat(r.exit()).isZero();
        int manchester = r.out().indexOf("Manchester (352) · policy");
        int nottingham = r.out().indexOf("Nottingham (892) · policy");
        assertThat(manchester).isZero();
        assertThat(nottingham).isGreaterThan(manchester);
        // Each block is the single-area output, a blank line between them.
        Run alone = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "352", "--indicator", "cp-plans");
        Run other = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "892", "--indicator", "cp-plans");
        assertThat(r.out()).isEqualTo(alone.out() + System.lineSeparator() + other.out());
    }

    @Test
    void test_assess_allAreasJson_anArrayOfResultsAndSingleAreaUnchanged() throws IOException {
        Run r = OutturnCliTest.run(
                "assess", NOTTINGHAM, "--area", "all", "--indicator", "cp-plans", "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode results = OutturnCliTest.json(r.out());
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(ALL.size());
        for (int i = 0; i < ALL.size(); i++) {
            assertThat(results.get(i).path("area").asText()).isEqualTo(ALL.get(i));
        }
        // Salford (355): 72.5, the highest of the eleven, lower is better: 11th of 11; beyond 57.75: red.
        JsonNode salford = results.get(ALL.indexOf("355")).path("assessments").get(0);
        assertThat(salford.path("assessment").path("publishedValue").decimalValue())
                .isEqualByComparingTo("72.5");
        assertThat(salford.path("assessment").path("status").asText()).isEqualTo("red");
        assertThat(salford.path("rank").path("rank").asInt()).isEqualTo(11);
        assertThat(salford.path("rank").path("of").asInt()).isEqualTo(11);

        // One area asked for: the object, as before.
        Run one = OutturnCliTest.run(
                "assess", NOTTINGHAM, "--area", "355", "--indicator", "cp-plans", "--format", "json");
        assertThat(OutturnCliTest.json(one.out())).isEqualTo(results.get(ALL.indexOf("355")));
    }

    @Test
    void test_assess_allAreasCsv_everyAreaUnderOneHeader() {
        Run r = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "all", "--indicator", "cp-plans", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<String> lines = csvLines(r);
        assertThat(lines).hasSize(1 + ALL.size());
        for (String area : ALL) {
            assertThat(csvRow(r, area).get(0)).isEqualTo("cp-plans");
        }
    }

    @Test
    void test_assess_periodSomeAreasLack_othersAssessedAndTheRestNamed() {
        // Only Nottingham has breastfeeding in 2013/14; its neighbours have nothing then.
        Run r = OutturnCliTest.run(
                "assess",
                NOTTINGHAM,
                "--area",
                "892,330",
                "--indicator",
                "breastfeeding",
                "--period",
                "2013/14",
                "--format",
                "csv");
        assertThat(r.exit()).isZero();
        assertThat(csvLines(r)).hasSize(2);
        List<String> header = Arrays.asList(csvLines(r).get(0).split(","));
        assertThat(csvRow(r, "892").get(header.indexOf("value"))).isEqualTo("45.2");
        assertThat(r.err()).contains("No observations for Birmingham (330) in 2013/14: breastfeeding");

        // No area has anything in the period: a usage error naming the periods there are.
        Run none = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "330,352", "--period", "2013/14");
        assertThat(none.exit()).isEqualTo(Outturn.USAGE);
        assertThat(none.err()).contains("no observations for any of 2 areas in 2013/14; there are some in 2014/15");
    }

    @Test
    void test_benchmark_listOfAreas_eachComparedRankedAmongTheSameTen() throws IOException {
        Run r = OutturnCliTest.run(
                "benchmark",
                NOTTINGHAM,
                "--indicator",
                "dtap-12m",
                "--area",
                "352,Newcastle upon Tyne",
                "--format",
                "csv");
        assertThat(r.exit()).isZero();
        List<String> lines = csvLines(r);
        assertThat(lines.stream().filter(l -> l.startsWith("indicator,"))).hasSize(1);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        // Ten values (Sandwell suppressed), higher is better: 95.6 (Newcastle) 1st, 91.8 (Manchester) 10th.
        // Manchester against England: 91.8 - 94.2 = -2.4, -2.4 / 94.2 = -2.548%.
        List<String> manchester = csvRow(r, "352");
        assertThat(manchester.get(header.indexOf("comparator"))).isEqualTo("England");
        assertThat(manchester.get(header.indexOf("difference"))).isEqualTo("-2.4");
        assertThat(manchester.get(header.indexOf("judgement"))).isEqualTo("worse");
        assertThat(manchester.get(header.indexOf("rank"))).isEqualTo("10");
        assertThat(manchester.get(header.indexOf("rank_of"))).isEqualTo("10");
        List<String> newcastle = csvRow(r, "391");
        assertThat(newcastle.get(header.indexOf("value"))).isEqualTo("95.6");
        assertThat(newcastle.get(header.indexOf("difference"))).isEqualTo("1.4");
        assertThat(newcastle.get(header.indexOf("rank"))).isEqualTo("1");

        Run json = OutturnCliTest.run(
                "benchmark", NOTTINGHAM, "--indicator", "dtap-12m", "--area", "352,391", "--format", "json");
        JsonNode results = OutturnCliTest.json(json.out());
        assertThat(results.isArray()).isTrue();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).path("area").asText()).isEqualTo("352");
        assertThat(results.get(1).path("value").decimalValue()).isEqualByComparingTo("95.6");
        Run one = OutturnCliTest.run(
                "benchmark", NOTTINGHAM, "--indicator", "dtap-12m", "--area", "391", "--format", "json");
        assertThat(OutturnCliTest.json(one.out())).isEqualTo(results.get(1));
    }

    @Test
    void test_benchmark_all_areasWithoutTheIndicatorNamed() {
        // Only Nottingham has breastfeeding: 44.1 against England's 43.8, 0.3 higher, better.
        Run r = OutturnCliTest.run("benchmark", NOTTINGHAM, "--indicator", "breastfeeding", "--area", "all");
        assertThat(r.exit()).isZero();
        assertThat(r.row("England")).containsExactly("England", "43.8", "0.3", "0.7%", "better");
        assertThat(r.out())
                .contains("No observation of breastfeeding for Birmingham (330), Manchester (352)")
                .contains("Salford (355)");
        Run csv = OutturnCliTest.run(
                "benchmark", NOTTINGHAM, "--indicator", "breastfeeding", "--area", "all", "--format", "csv");
        assertThat(csv.err()).startsWith("outturn: No observation of breastfeeding for Birmingham (330)");
        assertThat(csvLines(csv).stream().skip(1)).allMatch(l -> l.startsWith("breastfeeding,") && l.contains(",892,"));

        Run none = OutturnCliTest.run("benchmark", NOTTINGHAM, "--indicator", "breastfeeding", "--area", "330,352");
        assertThat(none.exit()).isEqualTo(Outturn.USAGE);
        assertThat(none.err()).contains("no observations of breastfeeding for any of 2 areas");
        Run period = OutturnCliTest.run(
                "benchmark", NOTTINGHAM, "--indicator", "breastfeeding", "--area", "330,352", "--period", "2013/14");
        assertThat(period.exit()).isEqualTo(Outturn.USAGE);
        assertThat(period.err()).contains("no observation of breastfeeding for any of 2 areas in 2013/14");
    }

    @Test
    void test_area_aNameWithACommaIsOneAreaAndAListStillSplits() throws IOException {
        Path file = tmp.resolve("hull.json");
        Files.writeString(
                file,
                Files.readString(Path.of(NOTTINGHAM)).replace("Newcastle upon Tyne", "Kingston upon Hull, City of"));
        Run r = OutturnCliTest.run(
                "assess", file.toString(), "--area", "Kingston upon Hull, City of", "--indicator", "cp-plans");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Kingston upon Hull, City of (391) · policy");
        assertThat(r.row("cp-plans")).contains("52.3");

        Run list = OutturnCliTest.run(
                "assess", file.toString(), "--area", "391, 352", "--indicator", "cp-plans", "--format", "json");
        assertThat(OutturnCliTest.json(list.out())).hasSize(2);
    }
}
