package io.github.outturn.examples;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The example datasets bundled on the class path (the files in {@code examples/data}).
 *
 * <pre>{@code
 * Dataset rotherham = Bundled.dataset("rotherham-cypp-2014.json");
 * }</pre>
 */
public final class Bundled {

    private Bundled() {}

    /**
     * Reads a bundled dataset.
     *
     * @param name the file name in {@code examples/data}
     * @return the dataset
     */
    public static Dataset dataset(String name) {
        try (InputStream in = Bundled.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundled dataset " + name);
            }
            return OutturnJson.standard().readDataset(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
