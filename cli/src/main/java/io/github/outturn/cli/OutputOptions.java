package io.github.outturn.cli;

import io.github.outturn.json.OutturnJson;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --format text|json|csv}, shared by every command that prints results. */
final class OutputOptions {

    /** The forms results are printed in. */
    enum Format {
        /** Aligned tables for a person at a terminal. */
        text,
        /** io-json's result forms, for other tools. */
        json,
        /** One row per result, RFC 4180, for spreadsheets. */
        csv
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (aligned tables), json (io-json's result forms) or csv. Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    /** Writes a result object as indented JSON. */
    void json(PrintWriter out, Object result) {
        out.println(OutturnJson.standard().withIndent(true).writeResultAsString(result));
    }
}
