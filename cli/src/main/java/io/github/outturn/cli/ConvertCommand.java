package io.github.outturn.cli;

import io.github.outturn.csv.CsvFormat;
import io.github.outturn.io.DatasetFormat;
import io.github.outturn.io.DatasetFormats;
import io.github.outturn.model.Dataset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outturn convert IN OUT}: between a JSON document and a folder of CSV tables, losslessly. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Converts a dataset between a JSON document (OUT ends in .json) and a folder of CSV tables"
                + " (any other OUT), without loss.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The JSON file or CSV folder to write.")
    Path out;

    @Option(names = "--output-format", paramLabel = "NAME", description = "json or csv, when OUT's name is unclear.")
    String outputFormat;

    @Option(
            names = "--no-bom",
            description = "Write the CSV tables without the UTF-8 byte-order mark that Excel needs to read them"
                    + " as UTF-8 (for tools that do not expect one).")
    boolean noByteOrderMark;

    @Mixin
    ReadOptions input;

    @Override
    public Integer call() throws Exception {
        Dataset ds = input.read(in, spec.commandLine().getErr());
        DatasetFormats formats = DatasetFormats.load();
        String name = outputFormat != null
                ? outputFormat
                : out.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "csv";
        DatasetFormat format = formats.byName(name)
                .filter(DatasetFormat::canWrite)
                .orElseThrow(() ->
                        InputOptions.problem(out, "cannot write the format \"" + name + "\": expected json or csv"));
        if (format instanceof CsvFormat csv) {
            format = csv.withByteOrderMark(!noByteOrderMark);
        } else if (noByteOrderMark) {
            throw InputOptions.problem(out, "--no-bom applies to CSV output only, not " + format.name());
        }
        format.write(ds, out);
        spec.commandLine()
                .getOut()
                .println("wrote " + out + " (" + format.name() + "): "
                        + ds.observations().size() + " observations, "
                        + ds.actions().size() + " actions");
        return Outturn.OK;
    }
}
