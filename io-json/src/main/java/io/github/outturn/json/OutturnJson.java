package io.github.outturn.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.io.AtomicOutput;
import io.github.outturn.io.DatasetText;
import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.json.impl.CheckedTextGenerator;
import io.github.outturn.json.impl.DatasetReader;
import io.github.outturn.json.impl.DatasetWriter;
import io.github.outturn.json.impl.FinancePolicyDocument;
import io.github.outturn.json.impl.PolicyDocument;
import io.github.outturn.json.impl.ResultMapper;
import io.github.outturn.json.impl.ResultReader;
import io.github.outturn.model.Dataset;
import io.github.outturn.rating.RatingPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The JSON format: reads and writes dataset documents, rating and benchmark policies, and result
 * objects, with the rules of {@code docs/json-format.md}.
 *
 * <pre>{@code
 * OutturnJson json = OutturnJson.standard();
 * Dataset ds = json.readDataset(Path.of("rotherham.json")); // InvalidInputException lists every problem
 * json.writeDataset(ds, Path.of("copy.json"));
 * RatingPolicy policy = json.readPolicy(Path.of("policy.json"));
 * String text = json.writeResultAsString(assessment);       // any result object
 * IndicatorAssessment back = json.readResult(text, IndicatorAssessment.class); // equal to assessment
 * OutturnJson lenient = json.withLenient(true);             // unknown fields skipped, not errors
 * }</pre>
 *
 * <p>The configuration is immutable: each {@code with*} method returns a copy. By default unknown
 * fields are errors, reading stops after {@value #DEFAULT_MAX_PROBLEMS} problems, the stream limits are
 * {@link #DEFAULT_CONSTRAINTS}, and output is indented. Immutable and thread-safe.
 *
 * <p>Longer than most classes because it is the format's whole public entry point: each kind of
 * document (dataset, three policies, results) is read from a path or a stream and written to a path, a
 * stream or a string, each method a documented line or two handing over to {@code impl}.
 */
public final class OutturnJson {

    /** The number of problems after which a read stops and reports what it found. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    /**
     * The parser's limits: nesting 64 deep (a dataset document is 4 deep), numbers of at most 100
     * digits, strings of at most 1,000,000 characters, field names of at most 1,000 characters. The
     * document's length is not limited: a million observations make a document of about 200 MB.
     */
    public static final StreamReadConstraints DEFAULT_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxStringLength(DatasetText.MAX_LENGTH)
            .maxNameLength(1_000)
            .build();

    private static final OutturnJson STANDARD = new OutturnJson(false, DEFAULT_MAX_PROBLEMS, DEFAULT_CONSTRAINTS, true);

    private final boolean lenient;
    private final int maxProblems;
    private final StreamReadConstraints constraints;
    private final boolean indent;
    private final JsonFactory factory;
    private final JsonMapper mapper;

    private OutturnJson(boolean lenient, int maxProblems, StreamReadConstraints constraints, boolean indent) {
        this.lenient = lenient;
        this.maxProblems = maxProblems;
        this.constraints = constraints;
        this.indent = indent;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = ResultMapper.create(factory);
    }

    /** The standard configuration: strict, indented output. */
    public static OutturnJson standard() {
        return STANDARD;
    }

    /**
     * A copy that skips unknown fields ({@code true}) or reports them as errors ({@code false}, the
     * default).
     */
    public OutturnJson withLenient(boolean lenient) {
        return lenient == this.lenient ? this : new OutturnJson(lenient, maxProblems, constraints, indent);
    }

    /**
     * A copy that stops reading after this many problems.
     *
     * @param maxProblems at least 1
     * @return the copy
     * @throws IllegalArgumentException if {@code maxProblems} is below 1
     */
    public OutturnJson withMaxProblems(int maxProblems) {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1, not " + maxProblems);
        }
        return new OutturnJson(lenient, maxProblems, constraints, indent);
    }

    /** A copy with other limits for the parser, such as a shorter maximum string. */
    public OutturnJson withStreamReadConstraints(StreamReadConstraints constraints) {
        return new OutturnJson(lenient, maxProblems, Objects.requireNonNull(constraints, "constraints"), indent);
    }

    /** A copy that writes indented output ({@code true}, the default) or compact output. */
    public OutturnJson withIndent(boolean indent) {
        return indent == this.indent ? this : new OutturnJson(lenient, maxProblems, constraints, indent);
    }

    /** Whether unknown fields are skipped. */
    public boolean lenient() {
        return lenient;
    }

    /** The number of problems after which a read stops. */
    public int maxProblems() {
        return maxProblems;
    }

    /** The parser's limits. */
    public StreamReadConstraints streamReadConstraints() {
        return constraints;
    }

    /** Whether output is indented. */
    public boolean indent() {
        return indent;
    }

    // ---- Datasets -------------------------------------------------------------------------------

    /**
     * Reads a dataset document.
     *
     * @param path the file
     * @return the dataset, never partial
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the file cannot be read
     */
    public Dataset readDataset(Path path) throws IOException {
        try (InputStream in = open(path)) {
            return readDataset(in, path.toString());
        }
    }

    /**
     * Reads a dataset document from a stream, which is not closed.
     *
     * @param in the document's bytes (UTF-8, UTF-16 or UTF-32, detected)
     * @param source the name problems give as their source, such as a file name
     * @return the dataset, never partial
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the stream cannot be read
     */
    public Dataset readDataset(InputStream in, String source) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            return DatasetReader.read(p, source, lenient, maxProblems);
        }
    }

    /**
     * Writes a dataset document, replacing the file, whole or not at all: the document is written to
     * a temporary file beside it and moved into place when complete, so that a failure leaves no
     * partial file and any earlier file as it was ({@link AtomicOutput#writeFile}).
     *
     * @param dataset the dataset
     * @param path the file
     * @throws io.github.outturn.io.InvalidInputException with every text the format cannot carry
     *     ({@link DatasetText}), each with its JSON pointer, or if the path is a folder; nothing is
     *     then written
     * @throws IOException if it cannot be written
     */
    public void writeDataset(Dataset dataset, Path path) throws IOException {
        AtomicOutput.writeFile(path, out -> write(dataset, out, path.toString()));
    }

    /**
     * Writes a dataset document as UTF-8 to a stream, which is flushed, not closed.
     *
     * @param dataset the dataset
     * @param out the stream
     * @throws io.github.outturn.io.InvalidInputException with every text the format cannot carry
     *     ({@link DatasetText}), after writing the rest: the stream then holds a document with
     *     {@code null} in their place, which is not to be used
     * @throws IOException if it cannot be written
     */
    public void writeDataset(Dataset dataset, OutputStream out) throws IOException {
        write(dataset, out, "the JSON document");
    }

    private void write(Dataset dataset, OutputStream out, String target) throws IOException {
        CheckedTextGenerator checked;
        try (JsonGenerator g = generator(out)) {
            checked = new CheckedTextGenerator(g, target);
            DatasetWriter.write(dataset, checked);
            g.writeRaw('\n');
        }
        checked.throwIfAny();
    }

    /** The dataset document as text. */
    public String writeDatasetAsString(Dataset dataset) {
        return text(out -> writeDataset(dataset, out));
    }

    // ---- Policies -------------------------------------------------------------------------------

    /**
     * Reads a rating policy document, such as a command line's {@code --policy FILE}.
     *
     * @param path the file
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the file cannot be read
     */
    public RatingPolicy readPolicy(Path path) throws IOException {
        try (InputStream in = open(path)) {
            return readPolicy(in, path.toString());
        }
    }

    /**
     * Reads a rating policy document from a stream, which is not closed.
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the stream cannot be read
     */
    public RatingPolicy readPolicy(InputStream in, String source) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            return PolicyDocument.read(p, source, lenient, maxProblems);
        }
    }

    /** Writes a rating policy document, replacing the file, whole or not at all. */
    public void writePolicy(RatingPolicy policy, Path path) throws IOException {
        AtomicOutput.writeFile(path, out -> writePolicy(policy, out));
    }

    /** Writes a rating policy document to a stream, which is flushed, not closed. */
    public void writePolicy(RatingPolicy policy, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            PolicyDocument.write(policy, g);
            g.writeRaw('\n');
        }
    }

    /** The rating policy document as text. */
    public String writePolicyAsString(RatingPolicy policy) {
        return text(out -> writePolicy(policy, out));
    }

    /**
     * Reads a benchmark policy document: {@code {"id": "lait-2024", "version": "1"}}, every other setting
     * optional with the policy's default.
     *
     * @param path the file
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the file cannot be read
     */
    public BenchmarkPolicy readBenchmarkPolicy(Path path) throws IOException {
        return readResult(path, BenchmarkPolicy.class);
    }

    /**
     * Reads a benchmark policy document from a stream, which is not closed.
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the stream cannot be read
     */
    public BenchmarkPolicy readBenchmarkPolicy(InputStream in, String source) throws IOException {
        return readResult(in, source, BenchmarkPolicy.class);
    }

    /** Writes a benchmark policy document, replacing the file, whole or not at all. */
    public void writeBenchmarkPolicy(BenchmarkPolicy policy, Path path) throws IOException {
        AtomicOutput.writeFile(path, out -> writeBenchmarkPolicy(policy, out));
    }

    /** Writes a benchmark policy document to a stream, which is flushed, not closed. */
    public void writeBenchmarkPolicy(BenchmarkPolicy policy, OutputStream out) throws IOException {
        writeResult(policy, out);
    }

    /** The benchmark policy document as text. */
    public String writeBenchmarkPolicyAsString(BenchmarkPolicy policy) {
        return writeResultAsString(policy);
    }

    /**
     * Reads a highlight policy document: {@code {"id": "committee", "version": "2", "topN": 3}}, every
     * other setting optional with the policy's default.
     *
     * @param path the file
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the file cannot be read
     */
    public HighlightPolicy readHighlightPolicy(Path path) throws IOException {
        return readResult(path, HighlightPolicy.class);
    }

    /**
     * Reads a highlight policy document from a stream, which is not closed.
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the stream cannot be read
     */
    public HighlightPolicy readHighlightPolicy(InputStream in, String source) throws IOException {
        return readResult(in, source, HighlightPolicy.class);
    }

    /** Writes a highlight policy document, replacing the file, whole or not at all. */
    public void writeHighlightPolicy(HighlightPolicy policy, Path path) throws IOException {
        AtomicOutput.writeFile(path, out -> writeResult(policy, out));
    }

    /** The highlight policy document as text. */
    public String writeHighlightPolicyAsString(HighlightPolicy policy) {
        return writeResultAsString(policy);
    }

    /**
     * Reads a finance policy document: {@code {"id": "stockport-2016", "version": "1", "amberAmount":
     * 500000}}, every other setting optional with the policy's default (docs/finance.md).
     *
     * @param path the file
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the file cannot be read
     */
    public FinancePolicy readFinancePolicy(Path path) throws IOException {
        try (InputStream in = open(path)) {
            return readFinancePolicy(in, path.toString());
        }
    }

    /**
     * Reads a finance policy document from a stream, which is not closed.
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @return the policy
     * @throws io.github.outturn.io.InvalidInputException with every problem found, each located
     * @throws IOException if the stream cannot be read
     */
    public FinancePolicy readFinancePolicy(InputStream in, String source) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            return FinancePolicyDocument.read(p, source, lenient, maxProblems);
        }
    }

    /** Writes a finance policy document, replacing the file, whole or not at all. */
    public void writeFinancePolicy(FinancePolicy policy, Path path) throws IOException {
        AtomicOutput.writeFile(path, out -> writeFinancePolicy(policy, out));
    }

    /** Writes a finance policy document to a stream, which is flushed, not closed. */
    public void writeFinancePolicy(FinancePolicy policy, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            FinancePolicyDocument.write(policy, g);
            g.writeRaw('\n');
        }
    }

    /** The finance policy document as text. */
    public String writeFinancePolicyAsString(FinancePolicy policy) {
        return text(out -> writeFinancePolicy(policy, out));
    }

    // ---- Results --------------------------------------------------------------------------------

    /**
     * Reads a result document back: any result type core computes ({@code IndicatorAssessment},
     * {@code DirectionOfTravel}, {@code PlanSummary}, {@code PeriodComparison}, {@code
     * ReconciliationReport}, {@code Comparison}, {@code GroupComparison}, {@code SeriesRecord}, {@code
     * ValidationReport} and the types inside them), in the form {@link #writeResult} writes. Unknown
     * fields are errors unless {@link #withLenient lenient}; derived figures the writer adds (such as a
     * distribution's totals) are accepted and ignored.
     *
     * @param path the file
     * @param type the result type
     * @param <T> the result type
     * @return the result, equal to the one written
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located by JSON pointer,
     *     line and column
     * @throws IOException if the file cannot be read
     */
    public <T> T readResult(Path path, Class<T> type) throws IOException {
        try (InputStream in = open(path)) {
            return readResult(in, path.toString(), type);
        }
    }

    /**
     * Reads a result document from a stream, which is not closed; see {@link #readResult(Path, Class)}.
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @param type the result type
     * @param <T> the result type
     * @return the result
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the stream cannot be read
     */
    public <T> T readResult(InputStream in, String source, Class<T> type) throws IOException {
        return read(in, source, mapper.constructType(type));
    }

    /**
     * Reads a generic result document, such as a list of reports, from a stream, which is not closed.
     *
     * <pre>{@code
     * List<ReconciliationReport> reports =
     *         json.readResult(in, "reports.json", new TypeReference<List<ReconciliationReport>>() {});
     * }</pre>
     *
     * @param in the document's bytes
     * @param source the name problems give as their source
     * @param type the result type
     * @param <T> the result type
     * @return the result
     * @throws io.github.outturn.io.InvalidInputException with the problem found, located
     * @throws IOException if the stream cannot be read
     */
    public <T> T readResult(InputStream in, String source, TypeReference<T> type) throws IOException {
        return read(in, source, mapper.constructType(type));
    }

    /**
     * Reads a result document from text; problems give {@code "<text>"} as their source.
     *
     * @param text the document
     * @param type the result type
     * @param <T> the result type
     * @return the result
     * @throws InvalidInputException with the problem found, located
     */
    public <T> T readResult(String text, Class<T> type) throws InvalidInputException {
        return readText(text, mapper.constructType(type));
    }

    /**
     * Reads a generic result document, such as a list of reports, from text.
     *
     * @param text the document
     * @param type the result type
     * @param <T> the result type
     * @return the result
     * @throws InvalidInputException with the problem found, located
     */
    public <T> T readResult(String text, TypeReference<T> type) throws InvalidInputException {
        return readText(text, mapper.constructType(type));
    }

    private <T> T read(InputStream in, String source, JavaType type) throws IOException {
        try (JsonParser p = factory.createParser(in)) {
            return ResultReader.read(mapper, p, type, source, lenient);
        }
    }

    private <T> T readText(String text, JavaType type) throws InvalidInputException {
        try (JsonParser p = factory.createParser(new StringReader(text))) {
            return ResultReader.read(mapper, p, type, "<text>", lenient);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A writer for result objects (assessments, summaries, reconciliations, comparisons, policies):
     * Immutables types are written as their attributes, with codes, labels and exact decimals as in
     * datasets; see {@link #resultMapper()}.
     */
    public ObjectWriter resultWriter() {
        ObjectWriter w = mapper.writer();
        return indent ? w.with(prettyPrinter()) : w;
    }

    /**
     * A new mapper configured with the format's rules, for a caller that adds a mix-in or a serializer
     * of its own ({@code json.resultMapper().rebuild().addMixIn(...).build()}).
     */
    public JsonMapper resultMapper() {
        return ResultMapper.create(factory.copy());
    }

    /** Writes a result object as UTF-8 JSON to a stream, which is flushed, not closed. */
    public void writeResult(Object result, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            resultWriter().writeValue(g, result);
            g.writeRaw('\n');
        }
    }

    /** A result object as JSON text. */
    public String writeResultAsString(Object result) {
        return text(out -> writeResult(result, out));
    }

    /** What a writer writes to a stream, as text. */
    private static String text(AtomicOutput.FileContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Opens a document, or says that the path is a folder rather than the system's "Is a directory". */
    private static InputStream open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(List.of(InputProblem.builder()
                    .source(path.toString())
                    .message("is a folder, not a JSON document: give the .json file (a folder of CSV tables is"
                            + " the csv format)")
                    .build()));
        }
        return Files.newInputStream(path);
    }

    private JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
        if (indent) {
            g.setPrettyPrinter(prettyPrinter());
        }
        return g;
    }

    /** Two-space indents, {@code "key": value}, one element a line, {@code \n} line ends on every system. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentArraysWith(indenter);
        pp.indentObjectsWith(indenter);
        return pp;
    }
}
