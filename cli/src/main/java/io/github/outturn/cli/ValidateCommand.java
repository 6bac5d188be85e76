package io.github.outturn.cli;

import io.github.outturn.model.Dataset;
import io.github.outturn.validation.DatasetValidator;
import io.github.outturn.validation.ValidationReport;
import io.github.outturn.validation.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code outturn validate DATASET}: every problem, one line each with its place; exit 1 if any. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks a dataset against every rule of the model; prints each problem with its place.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws Exception {
        Dataset ds = input.read(dataset, spec.commandLine().getErr());
        ValidationReport report = DatasetValidator.create().validate(ds);
        PrintWriter out = spec.commandLine().getOut();
        for (Violation v : report.getViolations()) {
            out.println(dataset + ": " + v);
        }
        out.println(
                report.isValid()
                        ? dataset + ": valid"
                        : dataset + ": " + report.getViolations().size() + " problem"
                                + (report.getViolations().size() == 1 ? "" : "s"));
        return report.isValid() ? Outturn.OK : Outturn.FINDINGS;
    }
}
