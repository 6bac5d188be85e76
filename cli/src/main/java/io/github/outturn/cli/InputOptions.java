package io.github.outturn.cli;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import io.github.outturn.validation.DatasetValidator;
import io.github.outturn.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options every command that scores a dataset shares: {@link ReadOptions}' {@code --input-format}
 * and {@code --debug}, and {@code --skip-validation}.
 */
final class InputOptions {

    @Mixin
    ReadOptions reading = new ReadOptions();

    @Option(
            names = "--skip-validation",
            description = "Score the dataset without first checking it against the model's rules (faster on"
                    + " large inputs; results on invalid data may mislead).")
    boolean skipValidation;

    /**
     * Reads the dataset and checks it against every rule of the model, so that no command scores
     * invalid data: with a violation, {@link InvalidDatasetException} (exit 1) lists them all.
     */
    Dataset readValid(Path path, PrintWriter err) throws IOException, InvalidDatasetException {
        return readValid(path, err, DatasetValidator.create());
    }

    /** Reads the dataset and checks it with the given validator (one with a command's policies). */
    Dataset readValid(Path path, PrintWriter err, DatasetValidator validator)
            throws IOException, InvalidDatasetException {
        Dataset ds = reading.read(path, err);
        if (!skipValidation) {
            ValidationReport report = validator.validate(ds);
            if (!report.isValid()) {
                throw new InvalidDatasetException(path, report);
            }
        }
        return ds;
    }

    /** Reads the dataset without checking it: {@link ReadOptions#read}. */
    Dataset read(Path path, PrintWriter err) throws IOException {
        return reading.read(path, err);
    }

    static InvalidInputException problem(Path path, String message) {
        return new InvalidInputException(List.of(
                InputProblem.builder().source(path.toString()).message(message).build()));
    }
}
