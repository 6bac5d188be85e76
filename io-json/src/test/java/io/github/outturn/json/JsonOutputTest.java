package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Theme;
import io.github.outturn.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing whole or not at all, and text that no format can carry refused on reading and writing. */
class JsonOutputTest {

    private final OutturnJson json = OutturnJson.standard();

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Dataset withLoneSurrogates() {
        return Dataset.builder()
                .addThemes(Theme.of("T1", "fine"))
                .addAreas(Area.of("356", "Stock\uD800port", AreaType.LOCAL_AUTHORITY))
                .addIndicators(Indicator.builder()
                        .id("i")
                        .name("I")
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .addPriorityIds("P1", "\uDC00")
                        .build())
                .build();
    }

    @Test
    void test_write_loneSurrogatesAreRefusedWithTheirPointersAndTheOldFileIsKept() throws IOException {
        // Before the fix a failed write left a broken document; and a lone surrogate became "?" in CSV.
        Path out = dir.resolve("out.json");
        json.writeDataset(SampleDatasets.plan(), out);
        byte[] before = Files.readAllBytes(out);
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> json.writeDataset(withLoneSurrogates(), out));
        assertThat(e.problems())
                .extracting(InputProblem::toString)
                .containsExactly(
                        out + ": /indicators/0/priorityIds/1 priorityIds \"\\udc00\": cannot be written: the text"
                                + " holds a lone surrogate (U+DC00) at character 1: that is not Unicode text, and UTF-8"
                                + " cannot carry it",
                        out + ": /areas/0/name name \"Stock\\ud800port\": cannot be written: the text holds a lone"
                                + " surrogate (U+D800) at character 6: that is not Unicode text, and UTF-8 cannot"
                                + " carry it");
        assertThat(Files.readAllBytes(out)).isEqualTo(before);
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void test_write_toAStreamAlsoRefuses() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> json.writeDataset(withLoneSurrogates(), new ByteArrayOutputStream()));
        assertThat(e.problems())
                .hasSize(2)
                .first()
                .satisfies(p -> assertThat(p.source()).isEqualTo("the JSON document"));
    }

    @Test
    void test_write_aFailedWriteOfANewFileLeavesNothing() {
        Path out = dir.resolve("new.json");
        assertThat(catchThrowableOfType(
                        InvalidInputException.class, () -> json.writeDataset(withLoneSurrogates(), out)))
                .isNotNull();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void test_read_loneSurrogateEscapesAreLocatedProblems() {
        String doc = "{\"schemaVersion\": 1,\n\"themes\": [{\"id\": \"T1\", \"name\": \"a\\ud800b\"}],\n"
                + "\"indicators\": [{\"id\": \"i\", \"name\": \"I\", \"polarity\": \"higher-is-better\","
                + " \"priorityIds\": [\"P1\", \"\\udc00\"]}]}";
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> json.readDataset(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "x.json"));
        assertThat(e.problems())
                .extracting(InputProblem::pointer, InputProblem::value, InputProblem::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                java.util.Optional.of("/themes/0/name"),
                                java.util.Optional.of("a\uD800b"),
                                java.util.OptionalInt.of(2)),
                        org.assertj.core.groups.Tuple.tuple(
                                java.util.Optional.of("/indicators/0/priorityIds/1"),
                                java.util.Optional.of("\uDC00"),
                                java.util.OptionalInt.of(3)));
        assertThat(e.problems().get(0).getMessage())
                .isEqualTo("the text holds a lone surrogate (U+D800) at character 2: that is not Unicode text, and"
                        + " UTF-8 cannot carry it");
    }

    @Test
    void test_read_aFolderIsALocatedProblemNotIsADirectory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("data.json"));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> json.readDataset(folder));
        assertThat(e.getMessage())
                .isEqualTo(folder + ": is a folder, not a JSON document: give the .json file (a folder of CSV"
                        + " tables is the csv format)");
    }

    @Test
    void test_write_toAFolderIsALocatedProblem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.json"));
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> json.writeDataset(SampleDatasets.plan(), folder));
        assertThat(e.getMessage()).startsWith(folder + ": is a folder");
    }

    @Test
    void test_textOfTheLongestLengthIsWrittenAndReadBack_andOneMoreIsRefusedOnWriting() throws IOException {
        Dataset longest = Dataset.builder()
                .addThemes(Theme.of("T1", "x".repeat(1_000_000)))
                .build();
        Path out = dir.resolve("long.json");
        json.writeDataset(longest, out);
        assertThat(json.readDataset(out)).isEqualTo(longest);
        Dataset tooLong = Dataset.builder()
                .addThemes(Theme.of("T1", "x".repeat(1_000_001)))
                .build();
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> json.writeDataset(tooLong, out));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).hasValue("/themes/0/name");
            assertThat(p.getMessage())
                    .isEqualTo("cannot be written: the text is 1,000,001 characters long: a text may be at most"
                            + " 1,000,000 characters");
        });
        assertThat(json.readDataset(out)).isEqualTo(longest);
    }

    @Test
    void test_readPolicyAndResult_aFolderIsALocatedProblem() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("policy.json"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> json.readPolicy(folder)))
                .hasMessageStartingWith(folder + ": is a folder, not a JSON document");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> json.readBenchmarkPolicy(folder)))
                .hasMessageStartingWith(folder + ": is a folder, not a JSON document");
    }

    @Test
    void test_writePolicies_wholeAndReadBack() throws IOException {
        Path rating = dir.resolve("rating.json");
        Path bench = dir.resolve("bench.json");
        json.writePolicy(io.github.outturn.rating.RatingPolicy.defaults(), rating);
        json.writeBenchmarkPolicy(io.github.outturn.benchmark.BenchmarkPolicy.defaults(), bench);
        assertThat(json.readPolicy(rating)).isEqualTo(io.github.outturn.rating.RatingPolicy.defaults());
        assertThat(json.readBenchmarkPolicy(bench)).isEqualTo(io.github.outturn.benchmark.BenchmarkPolicy.defaults());
        assertThat(names()).containsExactly("bench.json", "rating.json");
    }
}
