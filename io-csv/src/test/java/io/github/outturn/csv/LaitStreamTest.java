package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.GroupRanks;
import io.github.outturn.benchmark.ObservationGroup;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.RankingSet;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Observation;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.testing.LaitData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading LAIT one group at a time: the same groups, and so the same ranks and bands, as a whole
 * read, on the real file and on generated ones; a file whose measures are not together is refused.
 */
class LaitStreamTest {

    @TempDir
    Path dir;

    private static final BenchmarkPolicy POLICY = BenchmarkPolicy.defaults();

    /** Each group's indicator, period, rank and bands, one line per observation. */
    private static List<String> ranked(List<ObservationGroup> groups, BenchmarkPolicy policy) {
        List<String> out = new ArrayList<>();
        for (ObservationGroup g : groups) {
            GroupRanks r = g.ranks(policy);
            for (int i = 0; i < g.observations().size(); i++) {
                Observation o = g.observations().get(i);
                out.add(g.indicator().id() + " " + g.period() + " " + o.areaCode() + " "
                        + r.rankAt(i).map(Rank::toString).orElse("-") + " "
                        + r.quartileAt(i).map(Band::name).orElse("-")
                        + r.quintileAt(i).map(Band::name).orElse("-"));
            }
        }
        return out;
    }

    private static List<ObservationGroup> streamed(Path folder, List<LaitStreamed> result) throws IOException {
        List<ObservationGroup> groups = new ArrayList<>();
        result.add(LaitReader.stream(folder, groups::add));
        return groups;
    }

    @Test
    void theRealFile_givesTheWholeReadsGroupsAndRanks() throws IOException {
        Path folder = LaitData.folder();
        List<LaitStreamed> result = new ArrayList<>();
        List<ObservationGroup> streamed = streamed(folder, result);
        List<ObservationGroup> whole = ObservationGroup.allOf(LaitReader.read(folder));
        assertThat(streamed).isEqualTo(whole);
        assertThat(ranked(streamed, POLICY)).isEqualTo(ranked(whole, POLICY));
        BenchmarkPolicy current = BenchmarkPolicy.defaults()
                .withId("current")
                .withVersion("1")
                .withRankingSet(RankingSet.CURRENT_AUTHORITIES);
        assertThat(ranked(streamed, current)).isEqualTo(ranked(whole, current));
        // The counts docs/lait.md and data/lait/README.md give for the file.
        LaitStreamed s = result.get(0);
        assertThat(s.rows()).isEqualTo(641_070);
        assertThat(s.observations()).isEqualTo(595_660);
        assertThat(s.benchmarks()).isEqualTo(45_240);
        assertThat(s.skippedRows()).isEqualTo(170);
        assertThat(s.missingRows()).isEqualTo(93_883);
        assertThat(s.groups()).isEqualTo(streamed.size());
        assertThat(s.frame().observations()).isEmpty();
        assertThat(s.frame().indicators()).hasSize(434);
        // Issue 13's hand-worked figure (LaitBenchmarksTest): HE_19_FSM 2023-24, Stockport's 23.6 is
        // 74 of 149, quartile band B, quintile C; 74 of 147 and band C among current authorities.
        ObservationGroup he = streamed.stream()
                .filter(g ->
                        g.indicator().id().equals("HE_19_FSM") && g.period().equals(AcademicYear.of(2023)))
                .findFirst()
                .orElseThrow();
        int stockport = indexOf(he, "356");
        assertThat(he.ranks(POLICY).rankAt(stockport)).contains(Rank.of(74, 149));
        assertThat(he.ranks(POLICY).quartileAt(stockport)).contains(Band.B);
        assertThat(he.ranks(POLICY).quintileAt(stockport)).contains(Band.C);
        assertThat(he.ranks(current).rankAt(stockport)).contains(Rank.of(74, 147));
        assertThat(he.ranks(current).quartileAt(stockport)).contains(Band.C);
        // Cumbria and Northamptonshire with values; Dorset, Poole and Bournemouth (835 to 837) with "-".
        assertThat(he.formerAreaCodes()).containsExactlyInAnyOrder("909", "928", "835", "836", "837");
        assertThat(he.benchmarks()).isNotEmpty();
    }

    private static int indexOf(ObservationGroup g, String area) {
        for (int i = 0; i < g.observations().size(); i++) {
            if (g.observations().get(i).areaCode().equals(area)) {
                return i;
            }
        }
        throw new AssertionError(area + " is not in " + g.indicator().id());
    }

    private void folder(Path folder, String dictionaryRows, String values) throws IOException {
        Files.createDirectories(folder);
        StringBuilder codes = new StringBuilder("LA Number,LA Name,Region,Type\n");
        for (int n = 301; n <= 325; n++) {
            codes.append(n).append(",Area ").append(n).append(",North West,MD\n");
        }
        codes.append("356,Stockport,North West,MD\n970,England,NA,NA\n981,North West,NA,NA\n");
        Files.writeString(folder.resolve("la_code_list__Sheet1.csv"), codes.toString(), StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("lait_data_dictionary.csv"),
                LaitReaderTest.DICTIONARY_HEADER + dictionaryRows,
                StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve("bds_long.csv.gz")))) {
            out.write(("measure,data_item,years,area,la_number,region,value\n" + values)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String measure(String id, String polarity, String yearType, String noQuartile) {
        return "1,Topic,\"" + id + " name\",Chart,\"" + id + "\"," + polarity + ",\"y\",NA,t,\"d\",x,y,z,m,h,1,"
                + yearType + "," + noQuartile + "\n";
    }

    @Test
    void aMeasureWhoseRowsStartAgainIsRefused_andNoGroupFollowsTheProblem() throws IOException {
        folder(
                dir,
                measure("A", "High", "Academic Year", "NA")
                        + measure("B", "Low", "Academic Year", "NA")
                        + measure("D", "Low", "Academic Year", "NA"),
                "A,,2016,Stockport,356,North West,1\n"
                        + "B,,2016,Stockport,356,North West,2\n"
                        + "A,,2017,Stockport,356,North West,3\n"
                        + "D,,2016,Stockport,356,North West,4\n"
                        + "C,,2017,Stockport,356,North West,5\n");
        List<ObservationGroup> groups = new ArrayList<>();
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> LaitReader.stream(dir, groups::add));
        assertThat(e.problems())
                .extracting(p -> p.line().orElse(0) + " " + p.field().orElse("") + " "
                        + p.value().orElse(""))
                .containsExactly("4 measure A", "6 measure C");
        assertThat(e.problems().get(0).getMessage()).contains("start again after other measures");
        // A's and B's groups ended before the first problem (line 4); D's ended after it and was not
        // handed on.
        assertThat(groups).extracting(g -> g.indicator().id()).containsExactly("A", "B");
        // Read whole, the same file has only the unknown measure wrong.
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> LaitReader.read(dir))
                        .problems())
                .hasSize(1);
    }

    @Test
    void property_generatedFilesGiveTheSameGroupsAndRanksEitherWay() {
        String[] polarities = {"High", "Low", "-"};
        String[] yearTypes = {"Academic Year", "Financial Year", "Calendar Year"};
        // A plain figure replaces a provisional one for the same year, a revised one a plain one.
        String[] years = {"2016", "2017", "2017 (prov)", "2018", "2018 (Rev)"};
        // Each row: measure (0-3), year (0-4), area (0-24 an authority, 25 England, 26 a region), value
        // (0-40 a number with one decimal, above it missing).
        int[] counter = {0};
        qt().withFixedSeed(2126L)
                .withExamples(60)
                .forAll(lists().of(integers().between(0, 4 * 5 * 27 * 50 - 1)).ofSizeBetween(0, 300))
                .checkAssert(codes -> {
                    StringBuilder dictionary = new StringBuilder();
                    for (int m = 0; m < 4; m++) {
                        dictionary.append(measure("M" + m, polarities[m % 3], yearTypes[m % 3], m == 1 ? "N" : "NA"));
                    }
                    List<int[]> rows = new ArrayList<>();
                    java.util.Set<Integer> seen = new java.util.HashSet<>();
                    for (int c : codes) {
                        int measure = c % 4;
                        int year = c / 4 % 5;
                        int area = c / 20 % 27;
                        int value = c / 540 % 50;
                        if (seen.add(measure * 1000 + year * 100 + area)) {
                            rows.add(new int[] {measure, year, area, value});
                        }
                    }
                    // Each measure's rows together, as in DfE's file; within a measure any order.
                    rows.sort(java.util.Comparator.comparingInt(r -> r[0]));
                    StringBuilder values = new StringBuilder();
                    for (int[] r : rows) {
                        int number = r[2] < 25 ? 301 + r[2] : r[2] == 25 ? 970 : 981;
                        values.append("M")
                                .append(r[0])
                                .append(",,")
                                .append(years[r[1]])
                                .append(",Area ")
                                .append(number)
                                .append(',')
                                .append(number)
                                .append(",North West,")
                                .append(r[3] > 40 ? "-" : (r[3] / 10) + "." + (r[3] % 10))
                                .append('\n');
                    }
                    try {
                        Path folder = dir.resolve("case-" + counter[0]++);
                        folder(folder, dictionary.toString(), values.toString());
                        List<ObservationGroup> streamed = streamed(folder, new ArrayList<>());
                        List<ObservationGroup> whole = ObservationGroup.allOf(LaitReader.read(folder));
                        assertThat(streamed).isEqualTo(whole);
                        assertThat(ranked(streamed, POLICY)).isEqualTo(ranked(whole, POLICY));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
