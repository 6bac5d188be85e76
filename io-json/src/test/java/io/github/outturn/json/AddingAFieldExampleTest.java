package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.BenchmarkPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the worked example of docs/architecture.md ("Adding a field") true: its Java snippets are in
 * the sources it names, and its JSON reads into a benchmark policy with the new field set, which
 * writes the field back.
 */
class AddingAFieldExampleTest {

    private static final Path ROOT = Path.of("..");

    /** The fenced blocks of the section, in order. */
    private static List<String> blocks() throws Exception {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        int start = doc.indexOf("### Adding a field");
        assertThat(start).as("the section").isNotNegative();
        String section = doc.substring(start, doc.indexOf("\n### ", start + 1));
        List<String> blocks = new ArrayList<>();
        for (int open = section.indexOf("```"); open >= 0; open = section.indexOf("```", open)) {
            int body = section.indexOf('\n', open) + 1;
            int close = section.indexOf("```", body);
            blocks.add(section.substring(body, close).stripTrailing());
            open = close + 3;
        }
        return blocks;
    }

    /** A snippet as code: each line stripped of its indent, joined by newlines. */
    private static String code(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    @Test
    void test_example_snippetsAreInTheSources() throws Exception {
        List<String> blocks = blocks();
        // The model, the policy JSON, the dataset field in io-json, and the CSV column (worked by
        // io-csv's TableMappingTest).
        assertThat(blocks).hasSize(4);
        String policy =
                Files.readString(ROOT.resolve("core/src/main/java/io/github/outturn/benchmark/BenchmarkPolicy.java"));
        assertThat(code(policy)).contains(code(blocks.get(0)));
        String fields =
                Files.readString(ROOT.resolve("io-json/src/main/java/io/github/outturn/json/impl/DatasetFields.java"));
        assertThat(code(fields)).contains(code(blocks.get(2)));
    }

    @Test
    void test_example_jsonReadsAndWritesTheField() throws Exception {
        OutturnJson json = OutturnJson.standard();
        BenchmarkPolicy policy = json.readResult(blocks().get(1), BenchmarkPolicy.class);
        assertThat(policy.minimumRankedForBands()).isEqualTo(4);
        assertThat(BenchmarkPolicy.defaults().minimumRankedForBands()).isEqualTo(5);
        assertThat(json.writeBenchmarkPolicyAsString(policy)).contains("\"minimumRankedForBands\": 4");
        assertThat(json.readResult(json.writeBenchmarkPolicyAsString(policy), BenchmarkPolicy.class))
                .isEqualTo(policy);
    }
}
