/**
 * The CSV tables format and the reader of DfE's LAIT files. Registers the {@code csv} and {@code
 * lait} formats with {@link io.github.outturn.io.DatasetFormats}; {@code io.github.outturn.csv.impl}
 * is not API.
 *
 * <pre>{@code
 * Dataset lait = LaitReader.read(Path.of("data/lait"));
 * }</pre>
 */
module io.github.outturn.csv {
    requires transitive io.github.outturn.core;
    requires de.siegmar.fastcsv;
    requires static transitive org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.outturn.csv;

    provides io.github.outturn.io.DatasetFormat with
            io.github.outturn.csv.CsvFormat,
            io.github.outturn.csv.LaitFormat;
}
