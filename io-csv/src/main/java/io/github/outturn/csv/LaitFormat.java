package io.github.outturn.csv;

import io.github.outturn.io.DatasetFormat;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;

/**
 * DfE's LAIT files as a read-only dataset format named {@code "lait"}, registered through {@link
 * java.util.ServiceLoader}: a folder holding {@code bds_long.csv.gz} and {@code
 * lait_data_dictionary.csv}. See {@link LaitReader}.
 *
 * <pre>{@code
 * Dataset lait = DatasetFormats.load().byName("lait").orElseThrow().read(Path.of("data/lait"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LaitFormat implements DatasetFormat {

    /** The format, as {@link java.util.ServiceLoader} creates it. */
    public LaitFormat() {}

    @Override
    public String name() {
        return "lait";
    }

    @Override
    public boolean canRead(Path path) {
        return LaitReader.isLaitFolder(path);
    }

    /** False: LAIT's files are DfE's to publish. */
    @Override
    public boolean canWrite() {
        return false;
    }

    @Override
    public Dataset read(Path path) throws IOException {
        return LaitReader.read(path);
    }

    /** Always throws: the format is read-only. */
    @Override
    public void write(Dataset dataset, Path path) {
        throw new UnsupportedOperationException(
                "The lait format is read-only: write the dataset as csv or json instead");
    }
}
