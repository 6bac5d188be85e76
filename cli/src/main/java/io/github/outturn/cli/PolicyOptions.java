package io.github.outturn.cli;

import io.github.outturn.json.OutturnJson;
import io.github.outturn.rating.RatingPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --policy FILE}: a RatingPolicy in JSON; the documented default otherwise. */
final class PolicyOptions {

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "A rating policy in JSON (see docs/json-format.md); default outturn-default@1.")
    Path policy;

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
