package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.cli.OutturnCliTest.Run;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period with no data is a usage error (exit 2) naming the periods that have some, never a silent
 * table of NOT_RATED rows; a period some indicators lack is scored for the others, and the rest are
 * named.
 */
class PeriodWithoutDataTest {

    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";
    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";

    @TempDir
    Path tmp;

    @Test
    void test_assess_aPeriodWithNoObservationsIsAUsageError() {
        // Nottingham's observations are for 2012/13, 2013/14 and 2014/15 (list periods).
        for (String format : new String[] {"text", "json", "csv"}) {
            Run r = OutturnCliTest.run("assess", NOTTINGHAM, "--period", "2019/20", "--format", format);
            assertThat(r.exit()).as(format).isEqualTo(Outturn.USAGE);
            assertThat(r.out()).as(format).isEmpty();
            assertThat(r.err())
                    .as(format)
                    .startsWith("outturn: --period 2019/20: no observations for Nottingham (892) in 2019/20; there are"
                            + " some in 2012/13, 2013/14, 2014/15 (outturn list periods DATASET)");
        }
        Run one = OutturnCliTest.run("assess", NOTTINGHAM, "--period", "2012/13", "--indicator", "cp-plans");
        assertThat(one.exit()).isEqualTo(Outturn.USAGE);
        // cp-plans starts in 2013/14.
        assertThat(one.err())
                .contains("no observations of cp-plans for Nottingham (892) in 2012/13; there are some in 2013/14,"
                        + " 2014/15");
    }

    @Test
    void test_assess_aPeriodSomeIndicatorsLackScoresTheOthers() throws IOException {
        // 2012/13: three indicators observed (avoidable admissions, DTaP, care leavers), three not.
        Run text = OutturnCliTest.run("assess", NOTTINGHAM, "--period", "2012/13");
        assertThat(text.exit()).isZero();
        assertThat(text.row("dtap-12m")).startsWith("dtap-12m", "2012/13", "94.1");
        assertThat(text.out()).doesNotContain("cp-plans  ");
        assertThat(text.out())
                .contains("No observations for Nottingham (892) in 2012/13: cp-plans, cla-rate, breastfeeding");

        Run csv = OutturnCliTest.run("assess", NOTTINGHAM, "--period", "2012/13", "--format", "csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv.err())
                .isEqualTo("outturn: No observations for Nottingham (892) in 2012/13: cp-plans, cla-rate,"
                        + " breastfeeding\n");

        Run json = OutturnCliTest.run("assess", NOTTINGHAM, "--period", "2012/13", "--format", "json");
        assertThat(OutturnCliTest.json(json.out()).path("assessments")).hasSize(3);
        assertThat(OutturnCliTest.json(json.out()).path("withoutObservations").toString())
                .isEqualTo("[\"cp-plans\",\"cla-rate\",\"breastfeeding\"]");
    }

    @Test
    void test_assess_aTargetWithoutAnObservationStaysARowOfNoData() throws IOException {
        // Nottingham without its 2014/15 breastfeeding figure: the 45.0 target stands unmet by data.
        Dataset full = OutturnJson.standard().readDataset(Path.of(NOTTINGHAM));
        Dataset lacking = Dataset.builder()
                .from(full)
                .observations(full.observations().stream()
                        .filter(o -> !(o.indicatorId().equals("breastfeeding")
                                && o.period().toString().equals("2014/15")))
                        .toList())
                .build();
        Path file = tmp.resolve("lacking.json");
        OutturnJson.standard().writeDataset(lacking, file);
        Run r = OutturnCliTest.run("assess", file.toString(), "--period", "2014/15");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.row("breastfeeding")).startsWith("breastfeeding", "2014/15", "-", "45.0", "no-data");
        assertThat(r.out()).contains("breastfeeding: No value for 2014/15 (no observation): NO_DATA");
        // Only breastfeeding asked for: a target but no observation at all in 2014/15 is still no data.
        Run only = OutturnCliTest.run("assess", file.toString(), "--period", "2014/15", "--indicator", "breastfeeding");
        assertThat(only.exit()).isEqualTo(Outturn.USAGE);
        assertThat(only.err())
                .contains("no observations of breastfeeding for Nottingham (892) in 2014/15; there are some in"
                        + " 2013/14 (outturn list periods DATASET)");
    }

    @Test
    void test_benchmarkAndSummary_aPeriodWithNoDataIsAUsageError() {
        Run benchmark = OutturnCliTest.run("benchmark", NOTTINGHAM, "--indicator", "dtap-12m", "--period", "2019/20");
        assertThat(benchmark.exit()).isEqualTo(Outturn.USAGE);
        assertThat(benchmark.out()).isEmpty();
        assertThat(benchmark.err())
                .startsWith("outturn: --period 2019/20: no observation of dtap-12m for Nottingham (892) in 2019/20;"
                        + " there are some in 2012/13, 2013/14, 2014/15");

        // Rotherham's actions are rated in 2013/14 H2 and 2014/15 H1.
        Run summary = OutturnCliTest.run("summary", ROTHERHAM, "--period", "2019/20 H1");
        assertThat(summary.exit()).isEqualTo(Outturn.USAGE);
        assertThat(summary.out()).isEmpty();
        assertThat(summary.err())
                .startsWith("outturn: --period 2019/20 H1: no action ratings in 2019/20 H1; there are some in 2013/14"
                        + " H2, 2014/15 H1");
        Run compare = OutturnCliTest.run("summary", ROTHERHAM, "--compare", "2012/13 H1", "--format", "csv");
        assertThat(compare.exit()).isEqualTo(Outturn.USAGE);
        assertThat(compare.err()).startsWith("outturn: --compare 2012/13 H1: no action ratings in 2012/13 H1;");
    }
}
