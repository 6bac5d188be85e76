package io.github.outturn.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
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
 * <p>What is written is forced to the storage device before it is moved into place, so that a power
 * cut cannot leave an empty file where a whole one was; a replaced file or folder keeps its POSIX
 * permissions. Replacing a folder deletes only the files the writer owns: anything else that appears
 * in it while the write runs is moved into the new folder, never deleted.
 *
 * <p>Stateless and thread-safe. Two writers of the same file at once each write a whole file, the
 * last to finish winning; two writers of the same folder at once are not supported (one of them may
 * fail, saying where the earlier tables were kept).
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
            try (FileChannel channel = create(
                            target,
                            () -> FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, temp);
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
            forceFiles(temp);
            if (!Files.exists(folder)) {
                move(temp, folder);
                return;
            }
            keepPermissions(folder, temp);
            Path old = temporary(folder, "old");
            move(folder, old);
            try {
                move(temp, folder);
            } catch (IOException e) {
                try {
                    move(old, folder);
                } catch (IOException rollback) {
                    e.addSuppressed(rollback);
                    throw new IOException(
                            target + ": cannot be replaced, and the earlier tables could not be put back: they are in "
                                    + old,
                            e);
                }
                throw e;
            }
            removeOwned(old, folder, owned);
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Deletes the files the writer owns from the earlier folder, moves anything else that appeared
     * there during the write into the new folder, and removes the earlier folder: a best effort after
     * a write that has succeeded, which never deletes what the writer does not own.
     */
    private static void removeOwned(Path old, Path folder, Set<String> owned) {
        try {
            List<Path> entries;
            try (Stream<Path> list = Files.list(old)) {
                entries = list.toList();
            }
            for (Path entry : entries) {
                String name = String.valueOf(entry.getFileName());
                if (owned.contains(name) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry);
                } else if (!Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(entry, folder.resolve(name));
                }
            }
            Files.delete(old);
        } catch (IOException e) {
            // The new folder is in place; what is left of the earlier one stays under its hidden name.
        }
    }

    /** Forces every file of a written folder to the storage device. */
    private static void forceFiles(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    /** Gives the temporary output the POSIX permissions of what it replaces, where there are any. */
    private static void keepPermissions(Path existing, Path temp) throws IOException {
        if (Files.exists(existing)
                && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(existing);
            Files.setPosixFilePermissions(temp, permissions);
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
