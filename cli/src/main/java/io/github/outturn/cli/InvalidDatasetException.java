package io.github.outturn.cli;

import io.github.outturn.validation.ValidationReport;
import java.nio.file.Path;

/** A dataset that breaks rules of the model: a command prints every violation and exits 1. */
final class InvalidDatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;
    private final transient ValidationReport report;

    InvalidDatasetException(Path path, ValidationReport report) {
        super(path + ": " + report.violations().size() + " problems");
        this.path = path;
        this.report = report;
    }

    Path path() {
        return path;
    }

    ValidationReport report() {
        return report;
    }
}
