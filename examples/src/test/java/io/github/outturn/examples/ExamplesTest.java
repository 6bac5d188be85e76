package io.github.outturn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example programs reproduce the minutes' figures (checked against the minutes, not the code). */
class ExamplesTest {

    @Test
    void test_rotherham_reproducesTheMinutesAndFindsThe35() {
        List<String> lines = RotherhamPlan.report();
        // "4.3 of the actions had been rated as Green, 23.3 ... Amber and 2.3 ... Red" on priority 5.
        assertThat(lines).contains("P5: 4.3 Green, 23.3 Amber, 2.3 Red (exactly 13/3, 70/3, 7/3 of 30)");
        assertThat(lines).contains("P1: 12.0 Green, 28.5 Amber, 11.5 Red (exactly 12, 57/2, 23/2 of 52)");
        // "Overall, of the 159 actions, 25% were rated as Green, 65% ... Amber, and 10% ... Red."
        assertThat(lines).contains("Overall, of the 159 actions, 25% were rated as Green, 65% Amber and 10% Red");
        assertThat(lines).contains("The minutes' figures: inconsistent");
        assertThat(lines.stream().filter(l -> l.contains("was probably")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("priority P2 GREEN count 35 was probably 3.5"));
    }

    @Test
    void test_nottingham_sevenPerCentReductionAgainstTheBaseline() {
        List<String> lines = NottinghamMeasures.report();
        // 1414 against 1520: -106, -6.97%, "a 7% reduction ... against the 2012/13 baseline".
        assertThat(lines)
                .contains(
                        "Avoidable emergency admissions: 1414 in 2014/15 against the 2012/13 baseline of 1520: a 7% reduction");
        // "a 1% drop in take up of immunisations ... below the national target".
        assertThat(lines)
                .contains("  previous year: 92.9% in 2014/15 against 93.9% in 2013/14: down 1.0 point"
                        + " (-1.1%): WORSENING");
        assertThat(lines)
                .contains(
                        "  target: 92.9% is below the target of 95.0% by 2.1 points, beyond the tolerance of 2.0 points: RED");
    }

    @Test
    void test_benchmarks_onTheBundledSample() {
        List<String> lines = StockportLancashireBenchmarks.report(
                new StockportLancashireBenchmarks.Source(Bundled.dataset("north-west-sample.json"), "the sample"));
        // The sample's invented figures: Stockport 86%, the highest of the 24 North West authorities.
        // The sample holds the North West only, so it supports no rank in England (issue 13: it
        // printed "1 of 24 in England (top 5)").
        assertThat(lines)
                .contains("Stockport, 2 year olds benefitting from funded early education, AY 2014/15:"
                        + " 1 of 24 in the North West (the highest); among the 24 authorities in the data, all"
                        + " in the North West: no rank in England");
        assertThat(lines).noneMatch(l -> l.contains("in England (top 5)"));
        // Third fewest first-time entrants of the 24: not "3rd in country" on this sample.
        assertThat(lines)
                .contains("Stockport, first time entrants to the youth justice system, 2014: 3 of 24 among the 24"
                        + " authorities in the data, all in the North West: no rank in England (1 is the fewest)");
        // "1,875 Children Looked After (CLA), was the highest ever recorded".
        assertThat(lines.stream()
                        .filter(l -> l.startsWith("Lancashire, children looked after"))
                        .findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("1875").contains("highest ever recorded"));
        // "higher than national, regional and statistical neighbour averages".
        assertThat(lines).contains("  0.10 is higher than England (0.08) by 0.02 (25%): WORSE");
        assertThat(lines).contains("  0.10 is higher than North West (0.07) by 0.03 (42.86%): WORSE");
    }

    @Test
    void test_benchmarks_onTheRealLaitDataInTheRepository() throws IOException {
        // Run from examples/, the program finds the repository's ../data/lait: never the sample.
        StockportLancashireBenchmarks.Source source = StockportLancashireBenchmarks.dataset();
        assertThat(source.description()).isEqualTo("DfE LAIT data in ../data/lait");
        // Worked in python3 from the raw files (csv, gzip, fractions): %_2yr_olds, label "2025"
        // (AY 2024/25), High polarity; 153 authorities with a value, 35 above Stockport's; 24 of
        // them in the North West, 8 above Stockport.
        assertThat(StockportLancashireBenchmarks.report(source))
                .contains("Stockport, 2 year olds benefitting from funded early education, AY 2024/25: 9 of 24 in"
                        + " the North West, 36 of 153 in England (not top 5)");
    }

    @Test
    void test_benchmarks_sayWhereTheyLookedWhenTheFolderIsNotLait(@TempDir Path empty) {
        assertThatThrownBy(() -> StockportLancashireBenchmarks.dataset(empty.toString()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("no LAIT data");
    }
}
