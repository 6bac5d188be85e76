package io.github.outturn.cli;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * Turns exceptions into one line each with its place, and the exit codes of {@link Outturn}: no
 * stack trace unless {@code --debug}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("outturn: " + ex.getMessage());
        err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
        return Outturn.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (ex instanceof InvalidDatasetException invalid) {
            invalid.report().violations().forEach(v -> err.println(invalid.path() + ": " + v));
            int n = invalid.report().violations().size();
            err.println(invalid.path() + ": " + n + " problem" + (n == 1 ? "" : "s")
                    + ": nothing was scored (fix the data, or pass --skip-validation)");
            err.flush();
            return Outturn.FINDINGS;
        }
        if (ex instanceof InvalidInputException invalid) {
            for (InputProblem problem : invalid.problems()) {
                err.println(problem);
            }
        } else if (ex instanceof NoSuchFileException missing) {
            err.println(missing.getFile() + ": no such file or folder");
        } else if (ex instanceof FileSystemException fs) {
            err.println(fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : "cannot be read or written")
                    + (fs.getOtherFile() != null ? " (" + fs.getOtherFile() + ")" : ""));
        } else if (ex instanceof IOException || ex instanceof IllegalArgumentException) {
            err.println("outturn: " + ex.getMessage());
        } else {
            err.println("outturn: internal error: " + ex + " (run again with --debug for details)");
        }
        if (debug(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return Outturn.USAGE;
    }

    /** Whether --debug was given to the command that ran (a subcommand's own option). */
    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
