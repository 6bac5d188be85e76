package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outturn.cli.OutturnCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outturn spc} and {@code outturn trend} on a small dataset written here: an XmR chart worked by
 * hand, and Fingertips' own recent-trend test case (TrendMarkerCalculatorTest, Set1, in the reference
 * vectors), with golden files for the text output.
 */
class StatisticsCommandsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/cli");

    /** 13 financial years, 2010/11 to 2022/23; the tenth is an outlier. */
    private static final int[] XMR = {10, 11, 9, 10, 12, 10, 9, 11, 10, 30, 10, 11, 9};

    /** Fingertips' Set1, 2014 to 2018: count, denominator, value, lower and upper 95% limits. */
    private static final String[][] SET1 = {
        {"994", "40299", "24.67", "23.16", "26.25"},
        {"1023", "41527", "24.6", "23.15", "26.19"},
        {"1199", "42811", "28", "26.44", "29.64"},
        {"1332", "44064", "30.2", "28.63", "31.9"},
        {"1367", "44701", "30.6", "28.98", "32.25"}
    };

    @TempDir
    Path tmp;

    private Path dataset() throws IOException {
        List<String> obs = new ArrayList<>();
        for (int i = 0; i < XMR.length; i++) {
            obs.add(String.format(
                    Locale.ROOT,
                    "{\"indicatorId\": \"xmr\", \"areaCode\": \"999\", \"period\": \"%s\", \"value\": %d}",
                    year(2010 + i),
                    XMR[i]));
        }
        obs.add("{\"indicatorId\": \"xmr\", \"areaCode\": \"999\", \"period\": \"2023/24\", \"status\": \"missing\"}");
        for (int i = 0; i < SET1.length; i++) {
            String[] r = SET1[i];
            obs.add(String.format(
                    Locale.ROOT,
                    "{\"indicatorId\": \"set1\", \"areaCode\": \"999\", \"period\": \"%s\", \"numerator\": %s,"
                            + " \"denominator\": %s, \"value\": %s, \"lowerCi\": %s, \"upperCi\": %s,"
                            + " \"ciLevel\": 0.95}",
                    year(2014 + i),
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4]));
            if (i > 0) {
                obs.add(String.format(
                        Locale.ROOT,
                        "{\"indicatorId\": \"short\", \"areaCode\": \"999\", \"period\": \"%s\", \"numerator\": %s,"
                                + " \"denominator\": %s, \"value\": %s, \"lowerCi\": %s, \"upperCi\": %s}",
                        year(2014 + i),
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        r[4]));
            }
        }
        String json = "{\"schemaVersion\": 1, \"indicators\": ["
                + "{\"id\": \"xmr\", \"name\": \"Hand-worked series\", \"decimalPlaces\": 0,"
                + " \"polarity\": \"higher-is-better\", \"yearType\": \"financial\"},"
                + "{\"id\": \"set1\", \"name\": \"Fingertips Set1\", \"unit\": \"%\", \"decimalPlaces\": 1,"
                + " \"polarity\": \"higher-is-better\", \"statisticType\": \"proportion\", \"multiplier\": 100,"
                + " \"yearType\": \"financial\"},"
                + "{\"id\": \"short\", \"name\": \"Four years only\", \"unit\": \"%\", \"decimalPlaces\": 1,"
                + " \"polarity\": \"lower-is-better\", \"statisticType\": \"proportion\", \"multiplier\": 100,"
                + " \"yearType\": \"financial\"}],"
                + " \"observations\": [" + String.join(",\n", obs) + "],"
                + " \"areas\": [{\"code\": \"999\", \"name\": \"Testshire\", \"type\": \"local-authority\"}]}";
        Path file = tmp.resolve("stats.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String year(int start) {
        return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    }

    @Test
    void test_spc_handWorkedChart() throws IOException {
        // Mean 152 / 13 = 11.6923. Moving ranges 1 2 1 2 2 1 2 1 20 20 1 2, mean 55 / 12 = 4.5833; the two
        // of 20 are at least 3.267 x 4.5833 = 14.97 and are screened out: mean moving range 15 / 10 = 1.5.
        // Limits 11.6923 -/+ 2.66 x 1.5 = 3.99: 7.7023 and 15.6823. 30 (2019/20) is above the upper
        // limit: improvement, higher being better. Runs on one side of the mean are at most 4 long, no
        // 7-point trend, and the 9s (beyond 11.6923 - 2.66 = 9.0323, close to the lower limit) are never
        // two in three: every other point is common cause. The target 14 is inside the limits.
        Run r = OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--target", "14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.row("2019/20"))
                .containsExactly(
                        "2019/20",
                        "30",
                        "11.69",
                        "7.70",
                        "15.68",
                        "Above UCL (outside a limit)",
                        "special cause improvement");
        assertThat(r.row("2012/13"))
                .containsExactly(
                        "2012/13", "9", "11.69", "7.70", "15.68", "Common Cause (close to a limit)", "common cause");
        assertThat(r.out()).contains("Left out: 2023/24 (missing).", "target 14: inconsistent");
        assertThat(r.out().lines().filter(l -> l.contains("special cause improvement")))
                .hasSize(1);
        golden("spc-hand-worked.text", r);

        JsonNode json = OutturnCliTest.json(
                OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--format", "json")
                        .out());
        assertThat(json.at("/groups/0/meanMovingRange").asDouble()).isEqualTo(1.5);
        assertThat(json.at("/points/9/specialCause").asText()).isNotEmpty();

        Run csv = OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--format", "csv");
        assertThat(csv.out().split("\r\n")).hasSize(14);
        assertThat(csv.out()).contains("999,xmr,2019/20,30,1,11.69,7.70,15.68,true,false,Above UCL");
    }

    @Test
    void test_spc_fromAPeriod() throws IOException {
        // From 2013/14: 10 points, 10 12 10 9 11 10 30 10 11 9, mean 122 / 10 = 12.2.
        Run r = OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--from", "2013/14");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("2012/13").contains("10 points in 1 group");
        assertThat(r.row("2013/14").get(2)).isEqualTo("12.2");
        assertThat(r.out()).contains("Warning: limits from 10 points; 13 or more are needed");

        Run late = OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--from", "2022/23");
        assertThat(late.exit()).isEqualTo(Outturn.USAGE);
        assertThat(late.err()).contains("xmr has 1 value for Testshire (999) from 2022/23: an XmR chart needs");

        Run bad = OutturnCliTest.run("spc", dataset().toString(), "--indicator", "xmr", "--from", "soon");
        assertThat(bad.exit()).isEqualTo(Outturn.USAGE);
        assertThat(bad.err()).contains("--from:");
    }

    @Test
    void test_trend_fingertipsSet1() throws IOException {
        // Fingertips' TrendMarkerCalculatorTest, Set1: the weighted regression gives chi-squared 46.77 and
        // the chi-squared test for trend in proportions 47.90, both above 9.55; the series rises, and
        // higher is better here.
        Run r = OutturnCliTest.run("trend", dataset().toString(), "--indicator", "set1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Increasing and getting better: chi-squared 46.7653 above 9.54954");
        assertThat(r.row("2014/15")).containsExactly("2014/15", "994", "40299", "24.67", "23.16", "26.25");
        golden("trend-set1.text", r);

        Run chi = OutturnCliTest.run(
                "trend", dataset().toString(), "--indicator", "set1", "--test", "chi_squared_for_trend");
        assertThat(chi.exit()).as(chi.err()).isZero();
        assertThat(chi.out()).contains("Increasing and getting better: chi-squared 47.8967 above 9.54954");

        Run csv = OutturnCliTest.run("trend", dataset().toString(), "--indicator", "set1", "--format", "csv");
        assertThat(csv.out()).contains("999,set1,weighted").contains(",2014/15,2018/19,");
        JsonNode json = OutturnCliTest.json(
                OutturnCliTest.run("trend", dataset().toString(), "--indicator", "set1", "--format", "json")
                        .out());
        assertThat(json.at("/chiSquared").asDouble())
                .isCloseTo(46.76531579206233, org.assertj.core.data.Offset.offset(1e-7));
    }

    @Test
    void test_trend_refusedWhenTheDataCannotSupportIt() throws IOException {
        Run four = OutturnCliTest.run("trend", dataset().toString(), "--indicator", "short");
        assertThat(four.exit()).isEqualTo(Outturn.USAGE);
        assertThat(four.out()).isEmpty();
        assertThat(four.err())
                .contains("the recent trend of short for Testshire (999) cannot be calculated")
                .contains("needs 5 valid points in a row; the latest run has 4");
        // A series of values alone (no counts or denominators) cannot give a trend either.
        Run values = OutturnCliTest.run("trend", dataset().toString(), "--indicator", "xmr");
        assertThat(values.exit()).isEqualTo(Outturn.USAGE);
        assertThat(values.err()).contains("cannot be calculated");
    }

    private static void golden(String name, Run r) throws IOException {
        String printed = "exit " + r.exit() + "\n--- out\n" + r.out() + "--- err\n" + r.err();
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("outturn.golden.write") && !Files.exists(file)) {
            Files.writeString(file, printed, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file " + name).exists();
        assertThat(printed).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
