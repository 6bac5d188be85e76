package io.github.outturn.cli;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.rating.RatingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE}: a RatingPolicy in JSON, the documented default otherwise; the commands that
 * compare with benchmarks add {@link BenchmarkPolicyOptions}.
 */
final class PolicyOptions {

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A rating policy in JSON (see docs/json-format.md); default " + RatingPolicy.DEFAULT_ID + "@"
                    + RatingPolicy.DEFAULT_VERSION + ".")
    Path policy;

    /** The policy named by --policy, or the default one. */
    RatingPolicy rating() throws IOException {
        return read(policy, RatingPolicy.defaults(), OutturnJson.standard()::readPolicy);
    }

    /** Reads a policy document. */
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /** The policy in a JSON file, or {@code defaults} when {@code file} is null. */
    static <T> T read(Path file, T defaults, Reader<T> reader) throws IOException {
        if (file == null) {
            return defaults;
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return reader.read(file);
    }
}
