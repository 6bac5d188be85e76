package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outturn.cli.OutturnCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outturn list} and {@code --area} by name: counts checked against the example files (counted
 * with python3's json and collections.Counter), names against the files' own.
 */
class ListAndAreaTest {

    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";
    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";
    private static final String NORTH_WEST = "../examples/data/north-west-sample.json";

    @TempDir
    Path tmp;

    @Test
    void test_list_areasInEveryFormat() throws IOException {
        Run text = OutturnCliTest.run("list", "areas", NOTTINGHAM);
        assertThat(text.exit()).isZero();
        assertThat(text.lines().get(0)).isEqualTo(NOTTINGHAM + ": 13 areas");
        // Nottingham: 15 observations (6 indicators, some over three years); each neighbour 3.
        assertThat(text.row(" 892"))
                .containsExactly(
                        "892", "Nottingham", "local-authority", "UA", "983", "East Midlands", "true", "15", "0");
        assertThat(text.row(" 330"))
                .containsExactly("330", "Birmingham", "local-authority", "-", "-", "-", "true", "3", "0");

        Run csv = OutturnCliTest.run("list", "areas", NOTTINGHAM, "--format", "csv");
        assertThat(csv.lines().get(0))
                .isEqualTo("code,name,type,subtype,region_code,region_name,current,observations,benchmarks");
        assertThat(csv.lines())
                .contains("892,Nottingham,local-authority,UA,983,East Midlands,true,15,0")
                // England's and the East Midlands' published figures: 2 for DTaP in 2013/14, 5 in 2014/15.
                .contains("970,England,england,,,,true,0,6", "983,East Midlands,region,,,,true,0,6");
        assertThat(csv.lines()).hasSize(14);

        JsonNode json = OutturnCliTest.json(OutturnCliTest.run("list", "areas", NOTTINGHAM, "--format", "json")
                .out());
        assertThat(json.path("dataset").asText()).isEqualTo(NOTTINGHAM);
        assertThat(json.path("areas")).hasSize(13);
        assertThat(json.path("areas").get(2).path("name").asText()).isEqualTo("Nottingham");
        assertThat(json.path("areas").get(2).path("observations").asInt()).isEqualTo(15);
        assertThat(json.path("areas").get(2).path("current").asBoolean()).isTrue();
    }

    @Test
    void test_list_indicatorsAndPeriods() {
        Run indicators = OutturnCliTest.run("list", "indicators", NOTTINGHAM, "--format", "csv");
        assertThat(indicators.exit()).isZero();
        assertThat(indicators.lines().get(0))
                .isEqualTo(
                        "id,name,unit,polarity,decimal_places,year_type,observations,areas,first_period,last_period");
        // DTaP: 13 observations, Nottingham's three years and ten neighbours' 2014/15.
        assertThat(indicators.lines())
                .contains(
                        "dtap-12m,DTaP/IPV/Hib immunisation take-up at 12 months,%,higher-is-better,1,financial,13,11,"
                                + "2012/13,2014/15");
        assertThat(indicators.lines()).hasSize(7);

        Run periods = OutturnCliTest.run("list", "periods", NOTTINGHAM);
        assertThat(periods.lines().get(0)).isEqualTo(NOTTINGHAM + ": 3 periods");
        // 36 observations in 2014/15: 15 + 10 x 3 - 9 earlier Nottingham ones; 10 published figures
        // (England and the East Midlands for five indicators), 2 in 2013/14.
        assertThat(periods.row("2014/15")).containsExactly("2014/15", "36", "6", "11", "10", "0");
        assertThat(periods.row("2012/13")).containsExactly("2012/13", "3", "3", "1", "0", "0");

        // Rotherham: no observations, 159 actions rated in each of two reviews.
        Run reviews = OutturnCliTest.run("list", "periods", ROTHERHAM, "--format", "csv");
        assertThat(reviews.lines())
                .containsExactly(
                        "period,observations,indicators,areas,benchmarks,action_ratings",
                        "2013/14 H2,0,0,0,0,159",
                        "2014/15 H1,0,0,0,0,159");
    }

    @Test
    void test_list_unlistedObservationAreasAndErrors() throws IOException {
        Path file = tmp.resolve("unlisted.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": 1, \"indicators\": [{\"id\": \"x\", \"name\": \"X\", \"polarity\":"
                        + " \"higher-is-better\"}], \"observations\": [{\"indicatorId\": \"x\", \"areaCode\":"
                        + " \"E08000007\", \"period\": \"2014/15\", \"value\": 1}]}",
                StandardCharsets.UTF_8);
        Run r = OutturnCliTest.run("list", "areas", file.toString(), "--format", "csv");
        assertThat(r.lines())
                .containsExactly(
                        "code,name,type,subtype,region_code,region_name,current,observations,benchmarks",
                        "E08000007,,,,,,,1,0");
        assertThat(OutturnCliTest.run("list", "indicators", file.toString())
                        .lines()
                        .get(0))
                .isEqualTo(file + ": 1 indicator");
        // An ONS code in any case.
        Run assess = OutturnCliTest.run("assess", file.toString(), "--area", "e08000007");
        assertThat(assess.exit()).as(assess.err()).isZero();
        assertThat(assess.row("x")).startsWith("x", "2014/15", "1");

        Run what = OutturnCliTest.run("list", "actions", NOTTINGHAM);
        assertThat(what.exit()).isEqualTo(Outturn.USAGE);
        assertThat(what.err()).contains("expected one of [areas, indicators, periods]");
    }

    @Test
    void test_area_byNameAnyCaseAndCloseMatches() {
        // Manchester is LA 352 in the Nottingham example's neighbour group.
        Run byName = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "MANCHESTER", "--indicator", "cp-plans");
        assertThat(byName.exit()).as(byName.err()).isZero();
        assertThat(byName.out()).startsWith("Manchester (352)");
        assertThat(byName.row("cp-plans"))
                .isEqualTo(OutturnCliTest.run("assess", NOTTINGHAM, "--area", "352", "--indicator", "cp-plans")
                        .row("cp-plans"));
        Run newcastle = OutturnCliTest.run(
                "benchmark",
                NOTTINGHAM,
                "--indicator",
                "dtap-12m",
                "--area",
                "newcastle upon tyne",
                "--format",
                "json");
        assertThat(newcastle.exit()).as(newcastle.err()).isZero();

        // A typo: the error names the closest areas.
        Run typo = OutturnCliTest.run("assess", NOTTINGHAM, "--area", "Notingham");
        assertThat(typo.exit()).isEqualTo(Outturn.USAGE);
        assertThat(typo.err())
                .startsWith("outturn: --area: no area has the code or name \"Notingham\"; closest: Nottingham (892)");
        // A prefix: every name beginning with it.
        Run prefix = OutturnCliTest.run("benchmark", NORTH_WEST, "--indicator", "TotPermEx", "--area", "black");
        assertThat(prefix.exit()).isEqualTo(Outturn.USAGE);
        assertThat(prefix.err()).contains("closest: Blackburn with Darwen (889), Blackpool (890)");
    }
}
