package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.cli.OutturnCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for what each command prints, in every format, on the bundled examples: a change to
 * the printed form shows up as a diff to review. The files were written from the command line before
 * its rendering was gathered into one place, so they hold the output users already had.
 *
 * <p>To write a new golden file on purpose, run this test with {@code -Doutturn.golden.write=true}
 * and review the new file before committing it; a missing file fails the test otherwise.
 */
class CliGoldenTest {

    private static final String ROTHERHAM = "../examples/data/rotherham-cypp-2014.json";
    private static final String NOTTINGHAM = "../examples/data/nottingham-cypp-2015.json";
    private static final String NORTH_WEST = "../examples/data/north-west-sample.json";
    private static final String DATED = "src/test/resources/dated-actions.json";
    private static final String STOCKPORT = "../examples/data/stockport-resources-2016.json";
    private static final String LANCASHIRE = "../examples/data/lancashire-quarterly-2017.json";
    private static final Path FOLDER = Path.of("src/test/resources/golden/cli");

    static Stream<Arguments> commands() {
        return Stream.of(
                        golden("assess-nottingham", "assess", NOTTINGHAM),
                        golden("assess-nottingham-2013-14", "assess", NOTTINGHAM, "--period", "2013/14"),
                        golden("assess-north-west-all", "assess", NORTH_WEST, "--area", "all"),
                        golden("benchmark-dtap", "benchmark", NOTTINGHAM, "--indicator", "dtap-12m"),
                        golden(
                                "benchmark-dtap-interval",
                                "benchmark",
                                NOTTINGHAM,
                                "--indicator",
                                "dtap-12m",
                                "--by",
                                "interval"),
                        golden("summary-rotherham", "summary", ROTHERHAM),
                        golden("summary-rotherham-compare", "summary", ROTHERHAM, "--compare", "2013/14 H2"),
                        golden("summary-nottingham", "summary", NOTTINGHAM),
                        golden("summary-dated", "summary", DATED),
                        golden("reconcile-rotherham", "reconcile", ROTHERHAM),
                        golden("series-dtap", "series", NOTTINGHAM, "--indicator", "dtap-12m"),
                        golden("exceptions-nottingham", "exceptions", NOTTINGHAM),
                        golden("highlights-nottingham", "highlights", NOTTINGHAM, "--area", "892"),
                        golden("list-areas", "list", "areas", NOTTINGHAM),
                        golden("list-indicators", "list", "indicators", NOTTINGHAM),
                        golden("list-periods", "list", "periods", ROTHERHAM),
                        golden("list-actions", "list", "actions", ROTHERHAM),
                        golden("validate-nottingham", "validate", NOTTINGHAM),
                        golden("finance-stockport", "finance", STOCKPORT),
                        golden("finance-stockport-education", "finance", STOCKPORT, "--portfolio", "Education"),
                        golden("assess-lancashire-quarterly", "assess", LANCASHIRE),
                        golden("summary-lancashire-quarterly", "summary", LANCASHIRE, "--as-of", "2017-06-30"))
                .flatMap(a -> Stream.of("text", "csv", "json").map(format -> {
                    Object[] base = a.get();
                    String[] args = (String[]) base[1];
                    String[] withFormat = Stream.concat(Stream.of(args), Stream.of("--format", format))
                            .toArray(String[]::new);
                    return Arguments.of(base[0] + "." + format, withFormat);
                }));
    }

    private static Arguments golden(String name, String... args) {
        return Arguments.of(name, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void test_output_matchesGoldenFile(String name, String[] args) throws IOException {
        Run r = OutturnCliTest.run(args);
        String printed = "exit " + r.exit() + "\n--- out\n" + r.out() + "--- err\n" + r.err();
        Path file = FOLDER.resolve(name);
        if (Boolean.getBoolean("outturn.golden.write") && !Files.exists(file)) {
            Files.writeString(file, printed, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file " + name).exists();
        assertThat(printed).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
