package io.github.outturn.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find DfE's LAIT files: the folder {@code data/lait} carried in the repository
 * (see its README for provenance and licence). The one place the tests of every module resolve it,
 * looking in the working directory and then in each parent, so a module's tests (run from the
 * module's folder) and a run from the repository root find the same folder.
 *
 * <pre>{@code
 * Dataset lait = LaitReader.read(LaitData.folder());
 * }</pre>
 */
public final class LaitData {

    /** The folder's path relative to the repository root. */
    public static final String FOLDER = "data/lait";

    /** The file whose presence marks the folder. */
    static final String VALUES = "bds_long.csv.gz";

    private LaitData() {}

    /**
     * The repository's LAIT folder, found from the working directory.
     *
     * @return the folder, absolute and normalised
     * @throws IllegalStateException if no {@code data/lait} holding {@code bds_long.csv.gz} is found
     *     in the working directory or above it: the LAIT files are part of the repository, so a
     *     checkout without them is incomplete and the tests fail rather than skip
     */
    public static Path folder() {
        return folderAbove(Path.of("").toAbsolutePath());
    }

    /**
     * The LAIT folder in {@code start} or the nearest parent of it that holds one.
     *
     * @param start the folder to start from
     * @return the folder, absolute and normalised
     * @throws IllegalStateException if there is none
     */
    static Path folderAbove(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isRegularFile(candidate.resolve(VALUES))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + FOLDER + "/" + VALUES + " in " + from + " or any folder above it: the"
                + " LAIT files are part of the repository (data/lait), so this checkout is incomplete");
    }
}
