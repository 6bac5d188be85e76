package io.github.outturn.json.impl;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.outturn.json.impl.DatasetFields.Part;
import io.github.outturn.model.Dataset;
import java.io.IOException;
import java.util.List;

/**
 * Writes a dataset document with Jackson's streaming generator, element by element, following the
 * field declarations of {@link DatasetFields} in their order: indicators before the targets,
 * observations and benchmarks that name them. Absent optionals and empty optional collections are
 * left out; decimals are written exactly as plain numbers (the generator must have {@code
 * WRITE_BIGDECIMAL_AS_PLAIN} on).
 */
public final class DatasetWriter {

    private DatasetWriter() {}

    /**
     * Writes the whole document.
     *
     * @param dataset the dataset
     * @param generator the generator; flushed, not closed
     * @throws IOException if it cannot be written
     */
    public static void write(Dataset dataset, JsonGenerator generator) throws IOException {
        generator.writeStartObject();
        generator.writeNumberField(DatasetFields.SCHEMA_VERSION, Dataset.SCHEMA_VERSION);
        for (Part<?> part : DatasetFields.PARTS) {
            part(generator, dataset, part);
        }
        generator.writeEndObject();
        generator.flush();
    }

    private static <T> void part(JsonGenerator g, Dataset dataset, Part<T> part) throws IOException {
        List<T> items = part.get().apply(dataset);
        if (items.isEmpty()) {
            return;
        }
        g.writeFieldName(part.name());
        if (part.single()) {
            part.element().write(g, items.get(0));
            return;
        }
        g.writeStartArray();
        for (T item : items) {
            part.element().write(g, item);
        }
        g.writeEndArray();
    }
}
