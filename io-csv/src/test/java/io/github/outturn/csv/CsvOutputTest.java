package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.DatasetFormats;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Theme;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing: never partial output, lossless round trips or a located refusal, formula neutralisation,
 * the byte-order mark; and reading a folder that holds something other than its tables.
 */
class CsvOutputTest {

    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<InputProblem> readProblems(Path folder) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(folder));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    // ---------------------------------------------------------------- formula neutralisation

    private static Dataset awkwardThemes() {
        return Dataset.builder()
                .addThemes(
                        Theme.of("T1", "=HYPERLINK(\"http://x\",\"y\")"),
                        Theme.of("T2", "+999999999-12-31"),
                        Theme.of("T3", "\t=1+1"),
                        Theme.of("T4", "\r=1"),
                        Theme.of("T5", "\u0000=1"),
                        Theme.of("T6", "  @cmd"),
                        Theme.builder().id("T7").name("-5").description("").build(),
                        Theme.builder()
                                .id("T8")
                                .name("'=quoted")
                                .description("'")
                                .build(),
                        Theme.of("T9", " padded "),
                        Theme.builder()
                                .id("T10")
                                .name("a, b")
                                .description("two\r\nlines")
                                .build())
                .build();
    }

    @Test
    void test_write_themesMatchTheHandWrittenGoldenFile() throws IOException {
        Path out = dir.resolve("out");
        csv.write(awkwardThemes(), out);
        byte[] expected;
        try (InputStream in = getClass().getResourceAsStream("/escaping/themes.csv")) {
            expected = in.readAllBytes();
        }
        assertThat(Files.readAllBytes(out.resolve("themes.csv"))).isEqualTo(expected);
        assertThat(csv.read(out)).isEqualTo(awkwardThemes());
    }

    @Test
    void test_write_aDateBeyondYear9999IsNeutralisedAndReadBack() throws IOException {
        // LocalDate.MAX is written "+999999999-12-31": a formula to a spreadsheet, before the fix written raw.
        Dataset ds = Dataset.builder()
                .addActionUpdates(ActionUpdate.builder()
                        .actionId("A1")
                        .period(FinancialYear.of(2014))
                        .status(Status.GREEN)
                        .updatedOn(LocalDate.MAX)
                        .build())
                .build();
        Path out = dir.resolve("out");
        csv.write(ds, out);
        assertThat(Files.readString(out.resolve("action_updates.csv")))
                .contains("A1,2014/15,green,,'+999999999-12-31\r\n");
        assertThat(csv.read(out)).isEqualTo(ds);
    }

    // ---------------------------------------------------------------- byte-order mark

    @Test
    void test_write_byteOrderMarkByDefaultAndOnlyThenAndReadEitherWay() throws IOException {
        Path with = dir.resolve("with");
        Path without = dir.resolve("without");
        csv.write(SampleDatasets.plan(), with);
        CsvFormat plain = csv.withByteOrderMark(false);
        plain.write(SampleDatasets.plan(), without);
        assertThat(csv.writesByteOrderMark()).isTrue();
        assertThat(plain.writesByteOrderMark()).isFalse();
        assertThat(plain.withByteOrderMark(false)).isSameAs(plain);
        for (String table : names(with)) {
            byte[] a = Files.readAllBytes(with.resolve(table));
            byte[] b = Files.readAllBytes(without.resolve(table));
            assertThat(a).as(table).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(b[0]).as(table).isNotEqualTo((byte) 0xEF);
            assertThat(a.length - b.length).as(table).isEqualTo(3);
        }
        assertThat(csv.read(with)).isEqualTo(SampleDatasets.plan());
        assertThat(csv.read(without)).isEqualTo(SampleDatasets.plan());
    }

    // ---------------------------------------------------------------- lossless, or refused

    private static final OutturnJson JSON = OutturnJson.standard();

    private Dataset viaCsv(Dataset ds) throws IOException {
        Path out = dir.resolve("trip");
        csv.write(ds, out);
        return csv.read(out);
    }

    @Test
    void test_roundTrip_blanksAroundTextAndAUnitOfCarriageReturnAreKept() throws IOException {
        // Before the fix: " Stockport " came back "Stockport" and a unit of "\r" came back absent.
        Dataset ds = JSON.readDataset(
                new ByteArrayInputStream(("{\"schemaVersion\": 1,"
                                + "\"areas\": [{\"code\": \"356\", \"name\": \" Stockport \", \"type\": \"local-authority\"}],"
                                + "\"indicators\": [{\"id\": \"i\", \"name\": \"\\t\", \"unit\": \"\\r\","
                                + " \"polarity\": \"higher-is-better\", \"description\": \"\"}]}")
                        .getBytes(StandardCharsets.UTF_8)),
                "awkward.json");
        Dataset back = viaCsv(ds);
        assertThat(back).isEqualTo(ds);
        assertThat(back.areas().get(0).name()).isEqualTo(" Stockport ");
        assertThat(back.indicators().get(0).unit()).hasValue("\r");
        assertThat(back.indicators().get(0).description()).hasValue("");
        assertThat(JSON.writeDatasetAsString(back)).isEqualTo(JSON.writeDatasetAsString(ds));
    }

    @Test
    void test_read_unquotedBlanksAreStillStrippedAndQuotedOnesKept() throws IOException {
        Files.writeString(
                dir.resolve("areas.csv"),
                "code,name,type\n 356 ,  Stockport ,local-authority\n357,\" Tameside \", local-authority \n");
        assertThat(csv.read(dir).areas())
                .extracting(Area::code, Area::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("356", "Stockport"),
                        org.assertj.core.groups.Tuple.tuple("357", " Tameside "));
    }

    @Test
    void test_read_aCellOfMoreThanAMillionCharactersIsALocatedProblem() throws IOException {
        // Before the fix such a cell was read, and converted to JSON that the JSON reader refuses.
        String big = "x".repeat(1_000_001);
        Files.writeString(dir.resolve("themes.csv"), "id,name\nT1," + big + "\nT2," + "y".repeat(1_000_000) + "\n");
        InputProblem p = readProblems(dir).get(0);
        assertThat(readProblems(dir)).hasSize(1);
        assertThat(p.source()).isEqualTo("themes.csv");
        assertThat(p.line()).hasValue(2);
        assertThat(p.field()).hasValue("name");
        assertThat(p.value()).hasValue(big);
        assertThat(p.toString()).contains("\"" + "x".repeat(60) + "…" + "x".repeat(20) + "\" (1,000,001 characters)");
        assertThat(p.getMessage())
                .isEqualTo("the text is 1,000,001 characters long: a text may be at most 1,000,000 characters");
    }

    @Test
    void test_write_textCsvCannotCarryIsRefusedWithItsPlaceAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        Dataset ds = Dataset.builder()
                .addThemes(Theme.of("T1", "fine"), Theme.of("T2", "half a pair \uD83D"))
                .addAreas(Area.of("356", "x".repeat(1_000_001), AreaType.LOCAL_AUTHORITY))
                .addIndicators(Indicator.builder()
                        .id("i")
                        .name("I")
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .addPriorityIds("P1", "P;2", " P3")
                        .build())
                .build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.write(ds, out));
        assertThat(e.problems())
                .extracting(InputProblem::toString)
                .containsExactly(
                        "themes.csv:3: name \"half a pair \\ud83d\": cannot be written: the text holds a lone surrogate"
                                + " (U+D83D) at character 13: that is not Unicode text, and UTF-8 cannot carry it",
                        "indicators.csv:2: priorities \"P;2\": cannot be written as an item of a ;-separated list: an"
                                + " item must not be empty, hold a ; or begin or end with a blank",
                        "indicators.csv:2: priorities \" P3\": cannot be written as an item of a ;-separated list: an"
                                + " item must not be empty, hold a ; or begin or end with a blank",
                        "areas.csv:2: name \"" + "x".repeat(60) + "…" + "x".repeat(20)
                                + "\" (1,000,001 characters): cannot be written:"
                                + " the text is 1,000,001 characters long: a text may be at most 1,000,000 characters");
        assertThat(dir).isEmptyDirectory();
    }

    // ---------------------------------------------------------------- never partial output

    @Test
    void test_write_aFailureInTheLastTableLeavesTheEarlierFolderUntouched() throws IOException {
        // Before the fix, a failed write left the earlier tables rewritten and the rest as they were.
        Path out = dir.resolve("out");
        csv.write(SampleDatasets.plan(), out);
        byte[] observations = Files.readAllBytes(out.resolve("observations.csv"));
        Dataset bad = Dataset.builder()
                .from(SampleDatasets.plan())
                .observations(List.of())
                .addReported(ReportedSummary.builder()
                        .scope(SummaryScope.PLAN)
                        .source("minutes \uDC00")
                        .putCounts(Status.GREEN, java.math.BigDecimal.ONE)
                        .build())
                .build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.write(bad, out));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("reported.csv");
            assertThat(p.field()).hasValue("source");
        });
        assertThat(Files.readAllBytes(out.resolve("observations.csv"))).isEqualTo(observations);
        assertThat(csv.read(out)).isEqualTo(SampleDatasets.plan());
        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void test_write_theIssuesCrashMidWriteCannotHappenAndTheEarlierFolderIsUntouched() throws IOException {
        // The issue's case: 1e2147483647 made the writer fail in the observations table and left 8 of
        // the 12 tables behind. The model now refuses such a number where it is built (DecimalRange), so
        // no dataset can carry it to a writer; a failure inside a write is AtomicOutputTest's.
        Path out = dir.resolve("out");
        csv.write(SampleDatasets.plan(), out);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> io.github.outturn.model.Observation.of(
                        "x", "356", FinancialYear.of(2014), new java.math.BigDecimal("1e2147483647"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
        assertThat(csv.read(out)).isEqualTo(SampleDatasets.plan());
        assertThat(names(dir)).containsExactly("out");
    }

    @Test
    void test_write_replacesATablesFolderButRefusesOneHoldingOtherFiles() throws IOException {
        Path out = dir.resolve("out");
        csv.write(SampleDatasets.plan(), out);
        Dataset themesOnly = Dataset.builder().addThemes(Theme.of("T", "t")).build();
        csv.write(themesOnly, out);
        assertThat(csv.read(out)).isEqualTo(themesOnly);
        Files.writeString(out.resolve("README.md"), "mine");
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> csv.write(SampleDatasets.plan(), out));
        assertThat(e.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.source())
                        .isEqualTo(out.toAbsolutePath().resolve("README.md").toString()));
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("mine");
    }

    // ---------------------------------------------------------------- what a folder holds

    @Test
    void test_read_anUpperCaseTableIsRefusedNamingTheExpectedName() throws IOException {
        // Before the fix BENCHMARKS.CSV was ignored and convert dropped the table with exit 0.
        Files.writeString(dir.resolve("areas.csv"), "code,name,type\n356,Stockport,local-authority\n");
        Files.writeString(dir.resolve("BENCHMARKS.CSV"), "indicator,period,comparator,type\n");
        InputProblem p = readProblems(dir).get(0);
        assertThat(p.source()).isEqualTo(dir.resolve("BENCHMARKS.CSV").toString());
        assertThat(p.getMessage())
                .isEqualTo("the table files are named in lower case: rename this benchmarks.csv (on a file system"
                        + " that ignores case it would be read as benchmarks.csv)");
    }

    @Test
    void test_canRead_aFolderWithOnlyAnUpperCaseTable_soThatReadingExplains() throws IOException {
        Files.writeString(dir.resolve("Areas.csv"), "code,name,type\n");
        assertThat(csv.canRead(dir)).isTrue();
        assertThat(DatasetFormats.load().forPath(dir)).get().isInstanceOf(CsvFormat.class);
        assertThat(csv.canRead(dir.resolve("missing"))).isFalse();
    }

    @Test
    void test_read_everyFileThatIsNotAReadableTableIsReportedAtOnce() throws IOException {
        Files.writeString(dir.resolve("areas.csv"), "code,name,type\n356,Stockport,local-authority\n");
        Files.createSymbolicLink(dir.resolve("benchmarks.csv"), dir.resolve("benchmarks.csv")); // a loop
        Files.createDirectory(dir.resolve("observations.csv"));
        Files.createSymbolicLink(dir.resolve("targets.csv"), dir.resolve("nowhere.csv")); // broken
        Files.writeString(dir.resolve("notes.txt"), "mine");
        Files.writeString(dir.resolve(".DS_Store"), "hidden files are left alone");
        Files.writeString(dir.resolve("themes.csv"), "id,name\n,no id\n");
        assertThat(readProblems(dir))
                .extracting(InputProblem::toString)
                .containsExactly(
                        dir.resolve("benchmarks.csv")
                                + ": is a symbolic link that leads to no file (broken, or a loop)",
                        dir.resolve("notes.txt") + ": not a table of the CSV format, which are plan.csv, themes.csv,"
                                + " priorities.csv, actions.csv, action_updates.csv, milestones.csv, indicators.csv, targets.csv,"
                                + " observations.csv, areas.csv, comparator_groups.csv, benchmarks.csv, age_band_counts.csv, reported.csv, budgets.csv, savings.csv:"
                                + " move other files out of the dataset's folder, so that nothing in it is silently"
                                + " left out",
                        dir.resolve("observations.csv") + ": is a folder, not a table file",
                        dir.resolve("targets.csv") + ": is a symbolic link that leads to no file (broken, or a loop)",
                        "themes.csv:2: id: a value is required");
    }

    @Test
    void test_read_aLinkToATableIsFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("real.csv"), "code,name,type\n356,Stockport,local-authority\n");
        Path tables = Files.createDirectory(dir.resolve("tables"));
        Files.createSymbolicLink(tables.resolve("areas.csv"), elsewhere.resolve("real.csv"));
        assertThat(csv.read(tables).areas()).extracting(Area::code).containsExactly("356");
    }

    @Test
    void test_write_groupsWithoutMembersAndEmptyListsReadBack() throws IOException {
        Dataset ds = Dataset.builder()
                .addComparatorGroups(ComparatorGroup.builder()
                        .id("g")
                        .name("G")
                        .type(ComparatorType.REGION)
                        .build())
                .build();
        assertThat(viaCsv(ds)).isEqualTo(ds);
    }
}
