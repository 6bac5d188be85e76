package io.github.outturn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static IOException failure() {
        return new IOException("disk full (simulated)");
    }

    @Test
    void test_writeFile_writesWholeAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("out.json");
        AtomicOutput.writeFile(target, out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("{}\n");
        AtomicOutput.writeFile(target, out -> out.write("[]".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("[]");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void test_writeFile_failureMidWriteLeavesTheOldFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("out.json");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicOutput.writeFile(target, out -> {
                    out.write("{\"value\": ".getBytes(StandardCharsets.UTF_8));
                    throw failure();
                }))
                .hasMessage("disk full (simulated)");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void test_writeFile_failureWithNoOldFileLeavesNothing() {
        Path target = dir.resolve("new.json");
        assertThatThrownBy(() -> AtomicOutput.writeFile(target, out -> {
                    out.write(new byte[100_000]);
                    throw new IllegalStateException("bug");
                }))
                .hasMessage("bug");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void test_writeFile_aFolderOrAMissingParentIsALocatedProblem() throws IOException {
        Files.createDirectory(dir.resolve("out.json"));
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> AtomicOutput.writeFile(dir.resolve("out.json"), out -> {}));
        assertThat(e.problems())
                .singleElement()
                .hasToString(dir.resolve("out.json")
                        + ": is a folder: give the name of the file to write, such as out.json");
        Path orphan = dir.resolve("no/such/out.json");
        e = catchThrowableOfType(InvalidInputException.class, () -> AtomicOutput.writeFile(orphan, out -> {}));
        assertThat(e.getMessage())
                .isEqualTo(orphan + ": cannot be written: the folder "
                        + orphan.toAbsolutePath().getParent() + " does not exist");
    }

    @Test
    void test_writeFile_throughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        AtomicOutput.writeFile(link, out -> out.write('1'));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("1");
    }

    @Test
    void test_writeFolder_createsReplacesAndDropsOldTables() throws IOException {
        Path target = dir.resolve("tables");
        AtomicOutput.writeFolder(target, Set.of("a.csv", "b.csv"), f -> {
            Files.writeString(f.resolve("a.csv"), "1");
            Files.writeString(f.resolve("b.csv"), "2");
        });
        AtomicOutput.writeFolder(target, Set.of("a.csv", "b.csv"), f -> Files.writeString(f.resolve("a.csv"), "3"));
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.csv");
        }
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("3");
        assertThat(names()).containsExactly("tables");
    }

    @Test
    void test_writeFolder_failureMidWriteLeavesTheOldFolderAndNoTemporary() throws IOException {
        Path target = Files.createDirectories(dir.resolve("parent/tables"));
        Files.writeString(target.resolve("a.csv"), "old");
        assertThatThrownBy(() -> AtomicOutput.writeFolder(target, Set.of("a.csv", "b.csv"), f -> {
                    Files.writeString(f.resolve("a.csv"), "new");
                    Files.writeString(f.resolve("b.csv"), "half");
                    throw failure();
                }))
                .hasMessage("disk full (simulated)");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("tables");
        }
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("old");
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s).hasSize(1);
        }
    }

    @Test
    void test_writeFolder_failureWithNoOldFolderLeavesNothing() {
        assertThatThrownBy(() -> AtomicOutput.writeFolder(dir.resolve("new"), Set.of("a.csv"), f -> {
                    Files.writeString(f.resolve("a.csv"), "half");
                    throw failure();
                }))
                .isInstanceOf(IOException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void test_writeFolder_refusesAFolderHoldingOtherFilesNamingEachAndTouchesNothing() throws IOException {
        Path target = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(target.resolve("a.csv"), "old");
        Files.writeString(target.resolve("notes.txt"), "mine");
        Files.createDirectory(target.resolve("a-folder"));
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> AtomicOutput.writeFolder(
                        target, Set.of("a.csv"), f -> Files.writeString(f.resolve("a.csv"), "new")));
        assertThat(e.problems())
                .extracting(InputProblem::source)
                .containsExactlyInAnyOrder(
                        target.resolve("notes.txt").toString(),
                        target.resolve("a-folder").toString());
        assertThat(e.problems().get(0).getMessage())
                .isEqualTo("the folder to write holds this, which the write would delete: write to a new or empty"
                        + " folder, or move it elsewhere");
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("old");
        assertThat(names()).containsExactly("tables");
    }

    @Test
    void test_writeFolder_refusesAFile() throws IOException {
        Path target = Files.writeString(dir.resolve("tables"), "a file");
        assertThatThrownBy(() -> AtomicOutput.writeFolder(target, Set.of("a.csv"), f -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        target + ": exists and is not a folder: give a new or empty folder to write the tables into");
        assertThat(Files.readString(target)).isEqualTo("a file");
    }

    @Test
    void test_write_aReadOnlyFolderOrTheRootNamesTheTargetNotATemporaryName() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assertThat(locked.toFile().setWritable(false)).isTrue();
        try {
            // As root permissions are not enforced, and there is nothing to check.
            assumeFalse(Files.isWritable(locked), "file permissions are enforced");
            assertThatThrownBy(() -> AtomicOutput.writeFile(locked.resolve("out.json"), out -> {}))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(locked.resolve("out.json") + ": cannot be written: permission denied in its folder");
            assertThatThrownBy(() -> AtomicOutput.writeFolder(locked.resolve("tables"), Set.of(), f -> {}))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(locked.resolve("tables") + ": cannot be written: permission denied in its folder");
        } finally {
            assertThat(locked.toFile().setWritable(true)).isTrue();
        }
    }

    @Test
    void test_write_theRootOrADotPath() throws IOException {
        Path root = dir.getRoot();
        assertThatThrownBy(() -> AtomicOutput.writeFolder(root, Set.of(), f -> {}))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(root + ": cannot be written: it is the root of the file system");
        Path tables = Files.createDirectory(dir.resolve("tables"));
        AtomicOutput.writeFolder(tables.resolve("."), Set.of("a.csv"), f -> Files.writeString(f.resolve("a.csv"), "1"));
        assertThat(Files.readString(tables.resolve("a.csv"))).isEqualTo("1");
        assertThat(names()).containsExactly("tables");
    }

    @Test
    void test_writeFolder_aFileSavedInTheFolderDuringTheWriteIsKeptNotDeleted() throws IOException {
        // Found in review: the earlier folder used to be deleted whole after the swap, taking with it
        // anything a user saved there while the write ran.
        Path target = dir.resolve("tables");
        AtomicOutput.writeFolder(target, Set.of("a.csv"), folder -> Files.writeString(folder.resolve("a.csv"), "1"));
        AtomicOutput.writeFolder(target, Set.of("a.csv"), folder -> {
            Files.writeString(folder.resolve("a.csv"), "2");
            Files.writeString(target.resolve("notes.xlsx"), "mine"); // saved meanwhile
        });
        assertThat(Files.readString(target.resolve("a.csv"))).isEqualTo("2");
        assertThat(Files.readString(target.resolve("notes.xlsx"))).isEqualTo("mine");
        assertThat(names()).containsExactly("tables");
    }

    @Test
    void test_writeFileAndFolder_keepThePermissionsOfWhatTheyReplace() throws IOException {
        assumeFalse(!Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions only");
        Path file = dir.resolve("private.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        AtomicOutput.writeFile(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        Path folder = dir.resolve("tables");
        AtomicOutput.writeFolder(folder, Set.of("a.csv"), f -> Files.writeString(f.resolve("a.csv"), "1"));
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        AtomicOutput.writeFolder(folder, Set.of("a.csv"), f -> Files.writeString(f.resolve("a.csv"), "2"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }
}
