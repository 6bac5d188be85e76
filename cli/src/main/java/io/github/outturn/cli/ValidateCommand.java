package io.github.outturn.cli;

import io.github.outturn.model.Dataset;
import io.github.outturn.validation.DatasetValidator;
import io.github.outturn.validation.ValidationReport;
import io.github.outturn.validation.Violation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code outturn validate DATASET}: every problem, one line each with its place; exit 1 if any. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks a dataset against every rule of the model; prints each problem with its place.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatasetArgument in;

    @Mixin
    ReadOptions input;

    @Mixin
    OutputOptions output;

    /** One problem, as {@code --format json} prints it. */
    record Problem(String path, Optional<String> value, String message) {}

    /** The whole result, as {@code --format json} prints it. */
    record Result(String dataset, boolean valid, List<Problem> problems) {}

    @Override
    public Integer call() throws Exception {
        Dataset ds = input.read(in.dataset, spec.commandLine().getErr());
        ValidationReport report = DatasetValidator.create().validate(ds);
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format) {
            case json ->
                output.json(
                        out,
                        new Result(
                                in.dataset.toString(),
                                report.isValid(),
                                report.violations().stream()
                                        .map(v -> new Problem(v.path(), v.value(), v.getMessage()))
                                        .toList()));
            case csv ->
                Columns.<Violation>of()
                        .add("dataset", v -> in.dataset)
                        .add("path", Violation::path)
                        .add("value", v -> v.value().orElse(""))
                        .add("message", Violation::getMessage)
                        .csv(out, report.violations());
            default -> text(out, report);
        }
        return report.isValid() ? Outturn.OK : Outturn.FINDINGS;
    }

    private void text(PrintWriter out, ValidationReport report) {
        for (Violation v : report.violations()) {
            out.println(in.dataset + ": " + v);
        }
        out.println(
                report.isValid()
                        ? in.dataset + ": valid"
                        : in.dataset + ": " + report.violations().size() + " problem"
                                + (report.violations().size() == 1 ? "" : "s"));
    }
}
