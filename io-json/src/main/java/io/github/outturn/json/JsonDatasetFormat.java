package io.github.outturn.json;

import io.github.outturn.io.DatasetFormat;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The JSON dataset document as a {@link DatasetFormat}, named {@code "json"} and claiming the
 * extension {@code .json}; registered in {@code META-INF/services}, so that {@code
 * DatasetFormats.load()} finds it.
 *
 * <pre>{@code
 * Dataset ds = DatasetFormats.load().read(Path.of("rotherham.json"));
 * new JsonDatasetFormat().write(ds, Path.of("copy.json"));
 * }</pre>
 *
 * <p>Reads and writes with {@link OutturnJson#standard()}. Immutable and thread-safe.
 */
public final class JsonDatasetFormat implements DatasetFormat {

    private final OutturnJson json;

    /** The format with the standard configuration (strict: unknown fields are errors). */
    public JsonDatasetFormat() {
        this(OutturnJson.standard());
    }

    /** The format with another configuration, such as {@code OutturnJson.standard().withLenient(true)}. */
    public JsonDatasetFormat(OutturnJson json) {
        this.json = json;
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public boolean canRead(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public Dataset read(Path path) throws IOException {
        return json.readDataset(path);
    }

    @Override
    public void write(Dataset dataset, Path path) throws IOException {
        json.writeDataset(dataset, path);
    }
}
