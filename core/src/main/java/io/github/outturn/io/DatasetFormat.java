package io.github.outturn.io;

import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format that datasets are read from and written to: the service interface that format
 * modules implement and register in {@code META-INF/services/io.github.outturn.io.DatasetFormat}.
 *
 * <pre>{@code
 * public final class MyFormat implements DatasetFormat {
 *     public String getName() { return "my-format"; }
 *     public boolean canRead(Path path) { return path.toString().endsWith(".my"); }
 *     public Dataset read(Path path) throws IOException { ... }
 *     public void write(Dataset dataset, Path path) throws IOException { ... }
 * }
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, with a public no-argument constructor.
 */
public interface DatasetFormat {

    /** The format's unique name, such as {@code "json"} or {@code "csv"}. */
    String name();

    /** File extensions (without the dot) the format claims, for choosing a format by file name. */
    default List<String> extensions() {
        return List.of();
    }

    /**
     * Whether this format recognises the path as its own: by extension, or for a folder format by
     * the files inside it. Must not throw.
     */
    boolean canRead(Path path);

    /** Whether {@link #write} is supported. */
    default boolean canWrite() {
        return true;
    }

    /**
     * Reads a whole dataset.
     *
     * @param path a file or folder
     * @return the dataset, never partial
     * @throws InvalidInputException with every problem found, if the input is malformed
     * @throws IOException if the input cannot be read
     */
    Dataset read(Path path) throws IOException;

    /**
     * Writes a whole dataset, whole or not at all: a failure must leave no partial output and any
     * earlier file or folder at the path as it was ({@link AtomicOutput} does this).
     *
     * @param dataset the dataset
     * @param path the file or folder to write
     * @throws InvalidInputException if the dataset holds a value the format cannot carry, each one
     *     located; nothing is then written
     * @throws IOException if it cannot be written
     * @throws UnsupportedOperationException if the format is read-only ({@link #canWrite()} false)
     */
    void write(Dataset dataset, Path path) throws IOException;
}
