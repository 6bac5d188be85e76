package io.github.outturn.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Output that is complete or absent, never half-written: a file or folder is written under a
 * temporary name beside its target and moved into place only when whole (an atomic rename where the
 * file system allows). If writing fails, the temporary output is removed and whatever was at the
 * target before is left as it was.
 *
 * <pre>{@code
 * AtomicOutput.writeFile(Path.of("copy.json"), out -> out.write(bytes));
 * AtomicOutput.writeFolder(Path.of("tables"), Set.of("areas.csv"), dir -> writeTables(dir));
 * }</pre>
 *
 * <p>Stateless and thread-safe; two writers of the same target at once each get a whole result, the
 * last to finish winning.
 */
public final class AtomicOutput {

    private AtomicOutput() {}

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface FileContent {
        /**
         * Writes the whole content.
         *
         * @param out the temporary file's stream, buffered; closed by {@link AtomicOutput}
         * @throws IOException if writing fails: the target is then left untouched
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the files of a folder. */
    @FunctionalInterface
    public interface FolderContent {
        /**
         * Writes every file.
         *
         * @param folder the temporary folder, empty and existing
         * @throws IOException if writing fails: the target is then left untouched
         */
        void writeInto(Path folder) throws IOException;
    }

    /**
     * Writes a file whole, replacing any file at the path.
     *
     * @param target the file
     * @param content what to write
     * @throws InvalidInputException if the target is a folder
     * @throws IOException if it cannot be written, after removing the temporary file
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        Path file = resolved(target);
        if (Files.isDirectory(file)) {
            throw problem(target, "is a folder: give the name of the file to write, such as out.json");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw problem(target, "cannot be written: the folder " + file.getParent() + " does not exist");
        }
        Path temp = temporary(file, "tmp");
        try {
            try (OutputStream out =
                    new BufferedOutputStream(create(target, () -> Files.newOutputStream(temp)), 1 << 16)) {
                content.writeTo(out);
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a folder whole. An existing target must be a folder holding nothing but files the
     * writer owns ({@code owned}); it is replaced as a whole, so that no file of an earlier write is
     * left beside the new ones.
     *
     * @param target the folder
     * @param owned the names of the files the writer writes, such as {@code areas.csv}
     * @param content what to write into the folder
     * @throws InvalidInputException if the target is a file, or a folder holding other files (each
     *     named)
     * @throws IOException if it cannot be written, after removing the temporary folder
     */
    public static void writeFolder(Path target, Set<String> owned, FolderContent content) throws IOException {
        Path folder = resolved(target);
        if (Files.exists(folder)) {
            checkReplaceable(target, folder, owned);
        }
        Files.createDirectories(folder.getParent());
        Path temp = temporary(folder, "tmp");
        create(target, () -> Files.createDirectory(temp));
        try {
            content.writeInto(temp);
            if (!Files.exists(folder)) {
                move(temp, folder);
                return;
            }
            Path old = temporary(folder, "old");
            move(folder, old);
            try {
                move(temp, folder);
            } catch (IOException e) {
                move(old, folder);
                throw e;
            }
            deleteTree(old);
        } finally {
            deleteTree(temp);
        }
    }

    private static void checkReplaceable(Path target, Path folder, Set<String> owned) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw problem(target, "exists and is not a folder: give a new or empty folder to write the tables into");
        }
        List<InputProblem> problems = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = String.valueOf(entry.getFileName());
                if (!owned.contains(name) || Files.isDirectory(entry)) {
                    problems.add(InputProblem.builder()
                            .source(entry.toString())
                            .message("the folder to write holds this, which the write would delete: write to a"
                                    + " new or empty folder, or move it elsewhere")
                            .build());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Something the write creates beside the target. */
    @FunctionalInterface
    private interface Creation<T> {
        T create() throws IOException;
    }

    /** Creates the temporary file or folder, naming the target (not the temporary name) if it cannot. */
    private static <T> T create(Path target, Creation<T> creation) throws IOException {
        try {
            return creation.create();
        } catch (AccessDeniedException e) {
            throw problem(target, "cannot be written: permission denied in its folder");
        }
    }

    private static InvalidInputException problem(Path target, String message) {
        return new InvalidInputException(List.of(InputProblem.builder()
                .source(target.toString())
                .message(message)
                .build()));
    }

    /** The target with a symbolic link to it followed, so that the link is kept and its target replaced. */
    private static Path resolved(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw problem(target, "cannot be written: it is the root of the file system");
        }
        return Files.isSymbolicLink(absolute) && Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    private static Path temporary(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + UUID.randomUUID());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = new ArrayList<>(walk.toList());
        }
        all.sort(Comparator.reverseOrder());
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
