package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outturn.cli.OutturnCliTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command's --help is clean, and no command offers an option that does nothing on it. */
class HelpAndOptionsTest {

    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";
    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";

    @TempDir
    Path tmp;

    /** Runs the command line with System.err captured, where picocli's own warnings go. */
    private static Run runCapturingSystemErr(StringBuilder systemErr, String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return OutturnCliTest.run(args);
        } finally {
            System.setErr(saved);
            systemErr.append(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<String> commands() {
        return new ArrayList<>(new CommandLine(new Outturn()).getSubcommands().keySet());
    }

    @Test
    void test_help_ofEveryCommandPrintsNoWarning() {
        List<String> commands = commands();
        assertThat(commands).contains("validate", "assess", "summary", "reconcile", "benchmark", "convert", "list");
        for (String command : commands) {
            StringBuilder systemErr = new StringBuilder();
            Run help = runCapturingSystemErr(systemErr, command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.err()).as(command).isEmpty();
            assertThat(systemErr.toString()).as(command).isEmpty();
            assertThat(help.out()).as(command).startsWith("Usage: outturn " + command);
        }
        // Before the fix, the % of "95% or 99.8%" was read as a format specifier: three warnings and
        // the raw string.
        StringBuilder systemErr = new StringBuilder();
        Run benchmark = runCapturingSystemErr(systemErr, "benchmark", "--help");
        assertThat(systemErr.toString()).doesNotContain("picocli WARN");
        // The text once said "95% or 99.8%" only; any level from 90% to 99.99% is accepted.
        assertThat(benchmark.out().replaceAll("\\s+", " "))
                .contains("Confidence level, any from 90% to 99.99% (such as 95%, 99.8% or 0.99). Default: the"
                        + " policy's (95%).")
                .doesNotContain("95% or 99.8%");
    }

    @Test
    void test_options_thatDoNothingAreNotOffered() {
        Run validate = OutturnCliTest.run("validate", "--skip-validation", ROTHERHAM);
        assertThat(validate.exit()).isEqualTo(Outturn.USAGE);
        assertThat(validate.err()).contains("Unknown option: '--skip-validation'");
        Run convert = OutturnCliTest.run("convert", "--skip-validation", ROTHERHAM, "x.json");
        assertThat(convert.exit()).isEqualTo(Outturn.USAGE);
        assertThat(convert.err()).contains("Unknown option: '--skip-validation'");
        for (String command : List.of("summary", "reconcile")) {
            Run r = OutturnCliTest.run(command, ROTHERHAM, "--benchmark-policy", "p.json");
            assertThat(r.exit()).as(command).isEqualTo(Outturn.USAGE);
            assertThat(r.err()).as(command).contains("Unknown options: '--benchmark-policy', 'p.json'");
        }
        // The scoring commands keep them.
        assertThat(OutturnCliTest.run("assess", "--help").out()).contains("--skip-validation", "--benchmark-policy");
        assertThat(OutturnCliTest.run("summary", "--help").out())
                .contains("--skip-validation", "--policy")
                .doesNotContain("--benchmark-policy");
    }

    @Test
    void test_format_isTakenByEveryCommandThatPrintsResults() throws Exception {
        for (String command : commands()) {
            String help = OutturnCliTest.run(command, "--help").out();
            if (command.equals("convert")) {
                // convert writes a dataset; its output's form is --output-format.
                assertThat(help).doesNotContain("--format=").contains("--output-format");
            } else {
                assertThat(help).as(command).contains("--format=FORMAT");
            }
        }
        // validate: one row per problem in CSV, the problems as a list in JSON.
        Run valid = OutturnCliTest.run("validate", NOTTINGHAM, "--format", "json");
        assertThat(valid.exit()).isZero();
        assertThat(OutturnCliTest.json(valid.out()).path("valid").asBoolean()).isTrue();
        assertThat(OutturnCliTest.json(valid.out()).path("problems").size()).isZero();
        Run csv = OutturnCliTest.run("validate", NOTTINGHAM, "--format", "csv");
        assertThat(csv.lines()).containsExactly("dataset,path,value,message");

        // An action linked to a priority that does not exist: one problem, exit 1, in every format.
        Path invalid = tmp.resolve("invalid.json");
        Files.writeString(
                invalid,
                "{\"schemaVersion\": 1, \"actions\": [{\"id\": \"A1\", \"title\": \"T\", \"priorityIds\": [\"P9\"]}]}",
                StandardCharsets.UTF_8);
        Run json = OutturnCliTest.run("validate", invalid.toString(), "--format", "json");
        assertThat(json.exit()).isEqualTo(Outturn.FINDINGS);
        JsonNode problems = OutturnCliTest.json(json.out()).path("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).path("path").asText()).isEqualTo("actions[0].priorityIds");
        assertThat(problems.get(0).path("value").asText()).contains("P9");
        Run rows = OutturnCliTest.run("validate", invalid.toString(), "--format", "csv");
        assertThat(rows.exit()).isEqualTo(Outturn.FINDINGS);
        assertThat(rows.lines()).hasSize(2);
        assertThat(rows.lines().get(1)).startsWith(invalid + ",actions[0].priorityIds,");
        Run text = OutturnCliTest.run("validate", invalid.toString());
        assertThat(text.lines()).hasSize(2);
        assertThat(text.lines().get(1)).isEqualTo(invalid + ": 1 problem");
    }
}
