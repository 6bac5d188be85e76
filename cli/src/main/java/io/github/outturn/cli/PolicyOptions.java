package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.rating.RatingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE} and {@code --benchmark-policy FILE}: a RatingPolicy and a BenchmarkPolicy in
 * JSON; the documented defaults otherwise.
 */
final class PolicyOptions {

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A rating policy in JSON (see docs/json-format.md); default " + RatingPolicy.DEFAULT_ID + "@"
                    + RatingPolicy.DEFAULT_VERSION + ".")
    Path policy;

    @Option(
            names = "--benchmark-policy",
            paramLabel = "FILE",
            description = "A benchmark policy in JSON (see docs/json-format.md); default " + BenchmarkPolicy.DEFAULT_ID
                    + "@" + BenchmarkPolicy.DEFAULT_VERSION + ".")
    Path benchmarkPolicy;

    /** The benchmark policy named by --benchmark-policy, or the default one. */
    BenchmarkPolicy benchmark() throws IOException {
        return benchmark(benchmarkPolicy);
    }

    /** The benchmark policy in a JSON file, or the default one when {@code file} is null. */
    static BenchmarkPolicy benchmark(Path file) throws IOException {
        if (file == null) {
            return BenchmarkPolicy.defaults();
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return OutturnJson.standard().readBenchmarkPolicy(file);
    }

    /** The policy named by --policy, or the default one. */
    RatingPolicy rating() throws IOException {
        if (policy == null) {
            return RatingPolicy.defaults();
        }
        if (!Files.exists(policy)) {
            throw new NoSuchFileException(policy.toString());
        }
        return OutturnJson.standard().readPolicy(policy);
    }
}
