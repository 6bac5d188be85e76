package io.github.outturn.cli;

import io.github.outturn.io.DatasetFormat;
import io.github.outturn.io.DatasetFormats;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Option;

/**
 * Options every command that reads a dataset shares: {@code --input-format} and {@code --debug}.
 * The commands that score a dataset take {@link InputOptions}, which adds {@code --skip-validation}.
 */
final class ReadOptions {

    @Option(
            names = "--input-format",
            paramLabel = "NAME",
            description = "The dataset's format (json, csv, lait) when its name does not make it clear.")
    String inputFormat;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** How long a read may take before progress is shown on stderr. */
    private static final long PROGRESS_AFTER_MILLIS = 2000;

    /**
     * Reads the dataset at a path with the named or recognised format, saying on {@code err} what it
     * is doing when that takes more than a couple of seconds.
     */
    Dataset read(Path path, PrintWriter err) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        DatasetFormat format = format(path);
        long start = System.nanoTime();
        Timer timer = new Timer("outturn-progress", true);
        AtomicBoolean shown = new AtomicBoolean();
        timer.schedule(
                new TimerTask() {
                    @Override
                    public void run() {
                        shown.set(true);
                        synchronized (err) {
                            err.println("outturn: reading " + path + " (" + format.name() + ") ...");
                            err.flush();
                        }
                    }
                },
                PROGRESS_AFTER_MILLIS);
        try {
            return format.read(path);
        } finally {
            timer.cancel();
            if (shown.get()) {
                synchronized (err) {
                    err.printf(Locale.ROOT, "outturn: read %s in %.1f s%n", path, (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
            }
        }
    }

    /** The format for a path: the one named by --input-format, else the one that recognises it. */
    DatasetFormat format(Path path) throws InvalidInputException {
        DatasetFormats formats = DatasetFormats.load();
        if (inputFormat != null) {
            return formats.byName(inputFormat)
                    .orElseThrow(() -> InputOptions.problem(
                            path,
                            "unknown --input-format \"" + inputFormat + "\": expected one of "
                                    + String.join(", ", formats.names())));
        }
        return formats.forPath(path)
                .orElseThrow(
                        () -> InputOptions.problem(
                                path,
                                "not a dataset outturn recognises: give a .json"
                                        + " file, a folder of CSV tables, or a LAIT folder, or name the format with --input-format"));
    }
}
