/**
 * The JSON dataset document, policies and result documents. Registers the {@code json} format with
 * {@link io.github.outturn.io.DatasetFormats}; {@code io.github.outturn.json.impl} is not API.
 *
 * <pre>{@code
 * Dataset ds = DatasetFormats.load().read(Path.of("plan.json"));
 * }</pre>
 */
module io.github.outturn.json {
    requires transitive io.github.outturn.core;
    // OutturnJson's signatures name Jackson types (StreamReadConstraints, TypeReference, ObjectWriter,
    // JsonMapper), so users read these modules too.
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static transitive org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.outturn.json;

    provides io.github.outturn.io.DatasetFormat with
            io.github.outturn.json.JsonDatasetFormat;
}
