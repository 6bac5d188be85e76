package io.github.outturn.cli;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.rating.RatingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE} (a highlight policy), {@code --rating-policy FILE} and {@code
 * --benchmark-policy FILE}, for the highlights and exceptions commands; the documented defaults
 * otherwise.
 */
final class ReportPolicies {

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A highlight policy in JSON (see docs/highlights.md); default " + HighlightPolicy.DEFAULT_ID
                    + "@" + HighlightPolicy.DEFAULT_VERSION + ".")
    Path highlight;

    @Option(
            names = "--rating-policy",
            paramLabel = "FILE",
            description = "A rating policy in JSON (see docs/json-format.md); default " + RatingPolicy.DEFAULT_ID + "@"
                    + RatingPolicy.DEFAULT_VERSION + ".")
    Path rating;

    @Option(
            names = "--benchmark-policy",
            paramLabel = "FILE",
            description = "A benchmark policy in JSON (see docs/json-format.md); default " + BenchmarkPolicy.DEFAULT_ID
                    + "@" + BenchmarkPolicy.DEFAULT_VERSION + ".")
    Path benchmark;

    HighlightPolicy highlight() throws IOException {
        return highlight == null
                ? HighlightPolicy.defaults()
                : OutturnJson.standard().readHighlightPolicy(exists(highlight));
    }

    RatingPolicy rating() throws IOException {
        return rating == null ? RatingPolicy.defaults() : OutturnJson.standard().readPolicy(exists(rating));
    }

    BenchmarkPolicy benchmark() throws IOException {
        return BenchmarkPolicyOptions.benchmark(benchmark);
    }

    private static Path exists(Path file) throws NoSuchFileException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return file;
    }
}
