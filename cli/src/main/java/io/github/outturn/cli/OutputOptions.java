package io.github.outturn.cli;

import io.github.outturn.json.OutturnJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * Prints one result per area in the chosen format: JSON as the one result, or an array of them
     * when several areas were asked for; CSV as one header and then every result's rows in {@code
     * columns}; text as one block per result, a blank line between blocks.
     */
    <R, C> void perArea(
            PrintWriter out,
            List<R> results,
            boolean several,
            Columns<C> columns,
            Function<R, List<C>> csvRows,
            Consumer<R> textBlock) {
        switch (format) {
            case json -> json(out, several ? results : results.get(0));
            case csv -> {
                columns.csvHeader(out);
                results.forEach(r -> columns.csvRows(out, csvRows.apply(r)));
            }
            default -> {
                for (int i = 0; i < results.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    textBlock.accept(results.get(i));
                }
            }
        }
    }
}
