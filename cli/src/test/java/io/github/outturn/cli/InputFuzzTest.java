package io.github.outturn.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import io.github.outturn.benchmark.AreaBenchmarks;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.io.DatasetFormat;
import io.github.outturn.io.DatasetFormats;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.summary.ActionSummaries;
import io.github.outturn.summary.Reconciliation;
import io.github.outturn.validation.DatasetValidator;
import io.github.outturn.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Fuzzing: the JSON and CSV readers, the validator and the rules take inputs mutated from the bundled
 * examples, and every input either reads or is refused with located, bounded problems. Anything else
 * (any other exception, an unbounded message, a valid dataset a rule crashes on, a conversion that
 * loses data) fails the build.
 *
 * <p>The mutations are QuickTheories generators over bytes with a fixed seed, so a failure replays:
 * QuickTheories prints the falsifying mutations. Each target runs for a bounded time, {@value
 * #DEFAULT_SECONDS} seconds unless the system property {@code outturn.fuzz.seconds} says otherwise
 * ({@code -Doutturn.fuzz.seconds=600} for a long session); the number of inputs tried is printed.
 */
class InputFuzzTest {

    private static final int DEFAULT_SECONDS = 40;

    /** The longest problem line a user should ever see. */
    private static final int MAX_MESSAGE = 2_000;

    /**
     * Tokens that have broken readers before, or that sit at the edges of what Outturn accepts:
     * hostile magnitudes and scales, non-numbers, separators, control characters, formula triggers,
     * byte order marks, lone surrogates, long values, period labels and codes.
     */
    private static final List<String> TOKENS = List.of(
            "1e2147483647",
            "1e999999999",
            "-1e999999999",
            "1e-999999999",
            "1e400",
            "1E+19",
            "123456789012345678901234567890",
            "0.000000000000000000000000000000001",
            "-0",
            "0",
            "-1",
            "100",
            "165",
            "NaN",
            "Infinity",
            "-Infinity",
            "null",
            "true",
            "\"\"",
            "\" \"",
            "[]",
            "{}",
            "\\ud800",
            "\\u0000",
            "\\r",
            "\r",
            "\n",
            "\r\n",
            "\t",
            "\u0000",
            "\uFEFF",
            "\"",
            ",",
            ":",
            "=cmd|' /C calc'!A0",
            "+999999999-12-31",
            "@SUM(1)",
            "-2+3",
            "2014/15",
            "2014/15 Q2",
            "2015/16 H1",
            "AY 2015/16",
            "2019-2021",
            "2014-07",
            "9999-12-31",
            "0001-01-01",
            "red",
            "green",
            "higher-is-better",
            "target-band",
            "suppressed",
            "E08000007",
            "356",
            "970",
            "x".repeat(70_000),
            "9".repeat(5_000));

    private static final DatasetFormats FORMATS = DatasetFormats.load();
    private static final DatasetValidator VALIDATOR = DatasetValidator.create();
    private static final RatingPolicy POLICY = RatingPolicy.defaults();
    private static final BenchmarkPolicy BENCHMARKS = BenchmarkPolicy.defaults();

    private static final AtomicLong TRIED = new AtomicLong();
    private static final AtomicLong READ = new AtomicLong();
    private static final AtomicLong VALID = new AtomicLong();

    @TempDir
    static Path work;

    private static List<byte[]> jsonSeeds;
    private static List<Path> csvSeeds;

    @BeforeAll
    static void seeds() throws IOException {
        Path data = Path.of("..", "examples", "data");
        jsonSeeds = new ArrayList<>();
        csvSeeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path json :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                jsonSeeds.add(Files.readAllBytes(json));
                Path folder = work.resolve("seed-" + csvSeeds.size());
                format("csv").write(FORMATS.read(json), folder);
                csvSeeds.add(folder);
            }
        }
        assertThat(jsonSeeds).isNotEmpty();
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "InputFuzzTest: %,d mutated inputs tried, %,d read, %,d valid and run through the rules%n",
                TRIED.get(), READ.get(), VALID.get());
    }

    @Test
    void test_fuzz_jsonReaderValidatorAndRulesAcceptOrLocateEveryMutatedDocument() {
        Path file = work.resolve("fuzz.json");
        qt().withFixedSeed(20_261_202L)
                .withExamples(Integer.MAX_VALUE)
                .withTestingTime(seconds(), TimeUnit.SECONDS)
                .withShrinkCycles(50)
                .forAll(mutations(jsonSeeds.size()))
                .checkAssert(m -> {
                    write(file, m.apply(jsonSeeds.get(m.seed)));
                    exercise(file);
                });
    }

    @Test
    void test_fuzz_csvReaderValidatorAndRulesAcceptOrLocateEveryMutatedTable() {
        qt().withFixedSeed(20_261_203L)
                .withExamples(Integer.MAX_VALUE)
                .withTestingTime(seconds(), TimeUnit.SECONDS)
                .withShrinkCycles(50)
                .forAll(mutations(csvSeeds.size()))
                .checkAssert(m -> {
                    Path folder = copyOf(csvSeeds.get(m.seed), work.resolve("fuzz-csv"));
                    List<Path> tables = tables(folder);
                    Path table = tables.get(m.table % tables.size());
                    write(table, m.apply(read(table)));
                    exercise(folder);
                });
    }

    /** Reads, validates, rates and converts one input; fails on anything but a located refusal. */
    private static void exercise(Path input) {
        TRIED.incrementAndGet();
        try {
            readValidateAndRate(input);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
            throw new AssertionError("crashed: " + crash, crash);
        }
    }

    private static void readValidateAndRate(Path input) {
        Dataset dataset;
        try {
            dataset = FORMATS.read(input);
        } catch (InvalidInputException refused) {
            assertThat(refused.problems()).as("a refusal names its problems").isNotEmpty();
            for (InputProblem p : refused.problems()) {
                assertBounded(p.toString());
            }
            return;
        } catch (IOException e) {
            throw new AssertionError("an input error that is not located: " + e, e);
        }
        READ.incrementAndGet();
        ValidationReport report = VALIDATOR.validate(dataset);
        report.violations().forEach(v -> assertBounded(v.toString()));
        if (!report.isValid()) {
            return;
        }
        VALID.incrementAndGet();
        rules(dataset);
        convertsWithoutLoss(dataset);
    }

    /** Every rule the command line runs, over what the dataset holds. */
    private static void rules(Dataset ds) {
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (Observation o : ds.observations()) {
            if (seen.size() >= 40 || !seen.add(List.of(o.indicatorId(), o.areaCode(), o.period()))) {
                continue;
            }
            ruleMayRefuse(() -> IndicatorRating.assess(ds, o.indicatorId(), o.areaCode(), o.period(), POLICY));
            for (TravelTerm term : TravelTerm.values()) {
                ruleMayRefuse(() ->
                        DirectionOfTravelRating.compare(ds, o.indicatorId(), o.areaCode(), o.period(), term, POLICY));
            }
            ruleMayRefuse(() ->
                    AreaBenchmarks.compareWithBenchmarks(ds, o.indicatorId(), o.areaCode(), o.period(), BENCHMARKS));
            for (ComparatorGroup group : ds.comparatorGroups()) {
                ruleMayRefuse(() -> AreaBenchmarks.compareWithGroup(
                        ds, o.indicatorId(), o.areaCode(), o.period(), group, BENCHMARKS));
                ruleMayRefuse(() -> AreaBenchmarks.rank(ds, o.indicatorId(), o.areaCode(), o.period(), group));
                ruleMayRefuse(() ->
                        AreaBenchmarks.quartile(ds, o.indicatorId(), o.areaCode(), o.period(), group, BENCHMARKS));
            }
        }
        ds.actionUpdates().stream()
                .map(ActionUpdate::period)
                .distinct()
                .forEach(p -> ruleMayRefuse(() -> ActionSummaries.summarise(ds, p, POLICY)));
        ruleMayRefuse(() -> Reconciliation.reconcile(ds, POLICY));
    }

    /**
     * A rule may refuse a valid dataset it cannot apply to with an {@link IllegalArgumentException}
     * (the command line prints its message as one line), never with anything else.
     */
    private static void ruleMayRefuse(Runnable rule) {
        try {
            rule.run();
        } catch (IllegalArgumentException refused) {
            assertBounded(String.valueOf(refused.getMessage()));
        }
    }

    /** A valid dataset goes to CSV and back, and to JSON and back, unchanged. */
    private static void convertsWithoutLoss(Dataset dataset) {
        for (String name : List.of("csv", "json")) {
            Path out = work.resolve("round-trip-" + name + (name.equals("json") ? ".json" : ""));
            try {
                delete(out);
                format(name).write(dataset, out);
                assertThat(format(name).read(out))
                        .as("a valid dataset written as %s reads back equal", name)
                        .isEqualTo(dataset);
            } catch (InvalidInputException refused) {
                // A writer may refuse what its format cannot carry, with located problems, and then
                // must leave nothing behind.
                refused.problems().forEach(p -> assertBounded(p.toString()));
                assertThat(out).as("nothing is left behind by a refused write").doesNotExist();
            } catch (IOException e) {
                fail("writing or reading back a valid dataset as " + name + " failed: " + e, e);
            }
        }
    }

    private static void assertBounded(String message) {
        assertThat(message.length()).as("message length").isLessThanOrEqualTo(MAX_MESSAGE);
        assertThat(message).as("a message is one line").doesNotContain("\n", "\r");
    }

    // --- mutations -----------------------------------------------------------------------------

    /** One to four edits of a seed, chosen by QuickTheories and shown when an input fails. */
    record Mutations(int seed, int table, List<Edit> edits) {
        byte[] apply(byte[] original) {
            byte[] b = original;
            for (Edit e : edits) {
                b = e.apply(b);
            }
            return b;
        }

        @Override
        public String toString() {
            return "seed " + seed + ", table " + table + ", " + edits;
        }
    }

    /** An edit at a fraction of the way through the input. */
    record Edit(Kind kind, double at, int length, int token, int bits) {
        byte[] apply(byte[] b) {
            int pos = (int) Math.min(b.length, Math.floor(at * (b.length + 1)));
            int len = Math.min(length, b.length - pos);
            byte[] tok = TOKENS.get(token).getBytes(StandardCharsets.UTF_8);
            return switch (kind) {
                case FLIP_BIT -> {
                    byte[] c = b.clone();
                    if (pos < c.length) {
                        c[pos] ^= (byte) (1 << (bits & 7));
                    }
                    yield c;
                }
                case SET_BYTE -> {
                    byte[] c = b.clone();
                    if (pos < c.length) {
                        c[pos] = (byte) bits;
                    }
                    yield c;
                }
                case INSERT_TOKEN -> splice(b, pos, 0, tok);
                case REPLACE_WITH_TOKEN -> splice(b, pos, len, tok);
                case REPLACE_NUMBER -> replaceNumber(b, pos, tok);
                case DELETE -> splice(b, pos, len, new byte[0]);
                case DUPLICATE -> splice(b, pos, 0, java.util.Arrays.copyOfRange(b, pos, pos + len));
                case TRUNCATE -> java.util.Arrays.copyOf(b, pos);
            };
        }

        @Override
        public String toString() {
            String t = TOKENS.get(token);
            return kind + "@" + String.format("%.4f", at) + "(len " + length + ", bits " + bits + ", token "
                    + (t.length() > 20 ? t.substring(0, 20) + "...(" + t.length() + ")" : t) + ")";
        }
    }

    enum Kind {
        FLIP_BIT,
        SET_BYTE,
        INSERT_TOKEN,
        REPLACE_WITH_TOKEN,
        REPLACE_NUMBER,
        DELETE,
        DUPLICATE,
        TRUNCATE
    }

    /** Replaces the first run of digits at or after {@code pos} with {@code token}. */
    private static byte[] replaceNumber(byte[] b, int pos, byte[] token) {
        int start = pos;
        while (start < b.length && (b[start] < '0' || b[start] > '9')) {
            start++;
        }
        if (start == b.length) {
            return splice(b, pos, 0, token);
        }
        int end = start;
        while (end < b.length && (b[end] >= '0' && b[end] <= '9' || b[end] == '.')) {
            end++;
        }
        return splice(b, start, end - start, token);
    }

    private static byte[] splice(byte[] b, int pos, int remove, byte[] insert) {
        byte[] c = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, c, 0, pos);
        System.arraycopy(insert, 0, c, pos, insert.length);
        System.arraycopy(b, pos + remove, c, pos + insert.length, b.length - pos - remove);
        return c;
    }

    private static Gen<Mutations> mutations(int seeds) {
        Gen<Edit> edit = in -> new Edit(
                Kind.values()[(int) in.next(Constraint.between(0, Kind.values().length - 1))],
                in.next(Constraint.between(0, 1_000_000)) / 1_000_000.0,
                (int) in.next(Constraint.between(0, 64)),
                (int) in.next(Constraint.between(0, TOKENS.size() - 1)),
                (int) in.next(Constraint.between(0, 255)));
        return in -> {
            int n = (int) in.next(Constraint.between(1, 4));
            List<Edit> edits = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                edits.add(edit.generate(in));
            }
            return new Mutations(
                    (int) in.next(Constraint.between(0, seeds - 1)),
                    (int) in.next(Constraint.between(0, 63)),
                    List.copyOf(edits));
        };
    }

    // --- files ---------------------------------------------------------------------------------

    private static long seconds() {
        return Long.getLong("outturn.fuzz.seconds", DEFAULT_SECONDS);
    }

    private static DatasetFormat format(String name) {
        return FORMATS.byName(name).orElseThrow();
    }

    private static List<Path> tables(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOf(Path from, Path to) {
        delete(to);
        try {
            Files.createDirectories(to);
            for (Path table : tables(from)) {
                Files.copy(table, to.resolve(table.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
