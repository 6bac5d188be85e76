package io.github.outturn.io;

import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The dataset formats found on the class path through {@link ServiceLoader}, chosen by name or by
 * path.
 *
 * <pre>{@code
 * DatasetFormats formats = DatasetFormats.load();       // every format on the class path
 * Dataset ds = formats.read(Path.of("rotherham.json")); // chosen by the path
 * formats.byName("csv").orElseThrow().write(ds, Path.of("out"));
 * }</pre>
 *
 * <p>Two formats with the same name are an error that names both classes. Immutable and thread-safe
 * once loaded.
 */
public final class DatasetFormats {

    private final Map<String, DatasetFormat> byName;

    private DatasetFormats(Map<String, DatasetFormat> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /** The formats registered with the context class loader's {@link ServiceLoader}. */
    public static DatasetFormats load() {
        return of(ServiceLoader.load(DatasetFormat.class));
    }

    /**
     * The given formats.
     *
     * @param formats the formats, in order of preference for {@link #forPath}
     * @return the registry
     * @throws IllegalStateException if two formats share a name, naming both classes
     */
    public static DatasetFormats of(Iterable<? extends DatasetFormat> formats) {
        Map<String, DatasetFormat> map = new LinkedHashMap<>();
        for (DatasetFormat format : formats) {
            String name = format.name().toLowerCase(Locale.ROOT);
            DatasetFormat clash = map.putIfAbsent(name, format);
            if (clash != null) {
                throw new IllegalStateException("Two dataset formats are named \"" + name + "\": "
                        + clash.getClass().getName() + " and "
                        + format.getClass().getName());
            }
        }
        return new DatasetFormats(map);
    }

    /** Every format's name, in order of registration. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The format with this name, ignoring case. */
    public Optional<DatasetFormat> byName(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The format for a path: the first that claims its extension, else the first that recognises it.
     *
     * @param path a file or folder
     * @return the format, or empty if none recognises the path
     */
    public Optional<DatasetFormat> forPath(Path path) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        for (DatasetFormat format : byName.values()) {
            for (String ext : format.extensions()) {
                if (name.endsWith("." + ext.toLowerCase(Locale.ROOT))) {
                    return Optional.of(format);
                }
            }
        }
        return byName.values().stream().filter(f -> f.canRead(path)).findFirst();
    }

    /**
     * Reads a dataset with the format its path calls for.
     *
     * @param path a file or folder
     * @return the dataset
     * @throws InvalidInputException if no format recognises the path, or the input is malformed
     * @throws IOException if it cannot be read
     */
    public Dataset read(Path path) throws IOException {
        Optional<DatasetFormat> format = forPath(path);
        if (format.isEmpty()) {
            throw new InvalidInputException(List.of(InputProblem.builder()
                    .source(path.toString())
                    .message("no dataset format recognises this path; the formats on the class path are "
                            + (byName.isEmpty() ? "none (add outturn-io-json or outturn-io-csv)" : names()))
                    .build()));
        }
        return format.get().read(path);
    }
}
