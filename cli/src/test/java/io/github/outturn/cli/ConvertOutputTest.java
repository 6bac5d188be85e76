package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.json.OutturnJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert}'s output: whole or not at all, the byte-order mark, and located problems. */
class ConvertOutputTest {

    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";

    @TempDir
    Path tmp;

    /** The exit code and what was printed to stderr. */
    private record Run(int exit, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = Outturn.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Run(exit, err.toString());
    }

    @Test
    void test_convert_writesAByteOrderMarkUnlessToldNot() throws IOException {
        Path with = tmp.resolve("with");
        Path without = tmp.resolve("without");
        assertThat(run("convert", NOTTINGHAM, with.toString()).exit()).isZero();
        assertThat(run("convert", NOTTINGHAM, without.toString(), "--no-bom").exit())
                .isZero();
        assertThat(Files.readAllBytes(with.resolve("areas.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(without.resolve("areas.csv"))).startsWith("code,name,type,");
        Path back = tmp.resolve("back.json");
        assertThat(run("convert", without.toString(), back.toString()).exit()).isZero();
        assertThat(OutturnJson.standard().readDataset(back))
                .isEqualTo(OutturnJson.standard().readDataset(Path.of(NOTTINGHAM)));
    }

    @Test
    void test_convert_noBomToJsonIsAUsageProblem() {
        Run r = run("convert", NOTTINGHAM, tmp.resolve("x.json").toString(), "--no-bom");
        assertThat(r.exit()).isEqualTo(Outturn.USAGE);
        assertThat(r.err()).contains("--no-bom applies to CSV output only, not json");
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void test_convert_aFolderHoldingOtherFilesIsLeftAsItWas() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Run r = run("convert", NOTTINGHAM, out.toString());
        assertThat(r.exit()).isEqualTo(Outturn.USAGE);
        assertThat(r.err()).contains("notes.txt: the folder to write holds this, which the write would delete");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(out.resolve("notes.txt"));
        }
    }

    @Test
    void test_convert_anUpperCaseTableIsAnErrorNotADroppedTable() throws IOException {
        Path folder = tmp.resolve("tables");
        assertThat(run("convert", NOTTINGHAM, folder.toString()).exit()).isZero();
        Files.move(folder.resolve("benchmarks.csv"), folder.resolve("BENCHMARKS.CSV"));
        Run r = run("convert", folder.toString(), tmp.resolve("back.json").toString());
        assertThat(r.exit()).isEqualTo(Outturn.USAGE);
        assertThat(r.err())
                .contains("BENCHMARKS.CSV: the table files are named in lower case: rename this benchmarks.csv");
        assertThat(tmp.resolve("back.json")).doesNotExist();
    }

    @Test
    void test_validate_aFolderNamedLikeADocumentNamesIt() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("data.json"));
        Run r = run("validate", folder.toString());
        assertThat(r.exit()).isEqualTo(Outturn.USAGE);
        assertThat(r.err())
                .isEqualTo(folder + ": is a folder, not a JSON document: give the .json file (a folder of"
                        + " CSV tables is the csv format)" + System.lineSeparator());
    }

    @Test
    void test_validate_aTableThatIsAFolderNamesIt() throws IOException {
        Path folder = tmp.resolve("tables");
        assertThat(run("convert", NOTTINGHAM, folder.toString()).exit()).isZero();
        Files.delete(folder.resolve("areas.csv"));
        Files.createDirectory(folder.resolve("areas.csv"));
        Run r = run("validate", folder.toString());
        assertThat(r.exit()).isEqualTo(Outturn.USAGE);
        assertThat(r.err()).contains(folder.resolve("areas.csv") + ": is a folder, not a table file");
    }
}
