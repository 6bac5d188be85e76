package io.github.outturn.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.outturn.csv.CsvFormat;
import io.github.outturn.json.OutturnJson;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CSV and JSON readers against the raw parsers underneath them, on the same large files: a
 * generated dataset ({@link Generated}) written by the library into a temporary folder in the setup.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ReaderBenchmarks -p observations=200000}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReaderBenchmarks {

    /** How many observations the files hold. */
    @Param("200000")
    public int observations;

    private Path folder;
    private Path csvFolder;
    private Path observationsCsv;
    private Path json;
    private final CsvFormat csv = new CsvFormat();
    private final OutturnJson outturnJson = OutturnJson.standard();
    private final JsonFactory jsonFactory = new JsonFactory();

    /** Writes the dataset as CSV tables and as one JSON document. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Dataset dataset = Generated.observations(observations);
        folder = Files.createTempDirectory("outturn-bench");
        csvFolder = folder.resolve("csv");
        csv.write(dataset, csvFolder);
        observationsCsv = csvFolder.resolve("observations.csv");
        json = folder.resolve("dataset.json");
        outturnJson.writeDataset(dataset, json);
    }

    /** Deletes the files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The CSV reader: every table of the folder into a Dataset. */
    @Benchmark
    public Dataset csvRead() throws IOException {
        return csv.read(csvFolder);
    }

    /** The CSV reader's constant-memory stream of the observations table. */
    @Benchmark
    public long csvStream() throws IOException {
        try (Stream<?> s = csv.streamObservations(observationsCsv, java.util.List.of())) {
            return s.count();
        }
    }

    /** The floor for CSV: FastCSV's parse of the observations table, every field materialised. */
    @Benchmark
    public long fastCsvRaw() throws IOException {
        long fields = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(observationsCsv, StandardCharsets.UTF_8)) {
            for (CsvRecord record : r) {
                for (int i = 0; i < record.getFieldCount(); i++) {
                    fields += record.getField(i).length();
                }
            }
        }
        return fields;
    }

    /** The JSON reader: the whole document into a Dataset. */
    @Benchmark
    public Dataset jsonRead() throws IOException {
        return outturnJson.readDataset(json);
    }

    /** The floor for JSON: Jackson's streaming parse, every string and number materialised. */
    @Benchmark
    public long jacksonRaw() throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(json);
                JsonParser p = jsonFactory.createParser(in)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    tokens += p.getText().length();
                } else if (t.isNumeric()) {
                    tokens += p.getDecimalValue().scale();
                } else {
                    tokens++;
                }
            }
        }
        return tokens;
    }
}
