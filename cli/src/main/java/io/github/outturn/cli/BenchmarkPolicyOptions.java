package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.json.OutturnJson;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --benchmark-policy FILE}: a BenchmarkPolicy in JSON, the documented default otherwise; taken
 * by the commands that compare with benchmarks.
 */
final class BenchmarkPolicyOptions {

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
        return PolicyOptions.read(file, BenchmarkPolicy.defaults(), OutturnJson.standard()::readBenchmarkPolicy);
    }
}
