package io.github.outturn.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outturn} command: list what a dataset holds, and validate, assess, summarise,
 * reconcile, benchmark, report the resources position of, and convert datasets (a JSON document, a folder of CSV tables, or a folder of
 * DfE LAIT data).
 *
 * <pre>{@code
 * java -jar outturn.jar summary rotherham.json --compare "2013/14 H2"
 * int exit = Outturn.run(new PrintWriter(System.out), new PrintWriter(System.err), "validate", "plan.json");
 * }</pre>
 *
 * <p>Exit codes: 0 fine, 1 findings (invalid data, disagreements), 2 a usage error or unreadable
 * input. Errors are one line each with their place; {@code --debug} adds the stack trace.
 */
@Command(
        name = "outturn",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scores plans: RAG ratings of indicators and actions, summaries, reconciliation of printed"
                + " figures, and benchmark comparisons.",
        subcommands = {
            ListCommand.class,
            ValidateCommand.class,
            AssessCommand.class,
            SummaryCommand.class,
            ReconcileCommand.class,
            BenchmarkCommand.class,
            ConvertCommand.class,
            HighlightsCommand.class,
            ExceptionsCommand.class,
            SeriesCommand.class,
            ReportCommand.class,
            SpcCommand.class,
            TrendCommand.class,
            FinanceCommand.class
        })
public final class Outturn implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Hibernate Validator announces its version on java.util.logging at INFO: not for a user's
     * terminal. Held here so the setting is not garbage collected.
     */
    private static final java.util.logging.Logger HIBERNATE = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        HIBERNATE.setLevel(java.util.logging.Level.WARNING);
    }

    /** Exit code: everything fine. */
    public static final int OK = 0;

    /** Exit code: findings, such as invalid data or disagreeing figures. */
    public static final int FINDINGS = 1;

    /** Exit code: a usage error or unreadable input. */
    public static final int USAGE = 2;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Missing command: choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Runs the command line with the given output streams.
     *
     * @param out where results go
     * @param err where errors and progress go
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Outturn());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new Errors());
        cli.setParameterExceptionHandler(new Errors());
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The program's entry point.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}
