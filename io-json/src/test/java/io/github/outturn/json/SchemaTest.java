package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.outturn.testkit.SampleDatasets;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every sample and golden document validates against the JSON Schema shipped in the jar. */
class SchemaTest {

    static final String SCHEMA = "/io/github/outturn/json/dataset.schema.json";

    static Schema schema() throws Exception {
        try (InputStream in = OutturnJson.class.getResourceAsStream(SCHEMA)) {
            assertThat(in).as("the schema is shipped in the jar").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    static List<Error> validate(String document) throws Exception {
        return schema().validate(document, InputFormat.JSON);
    }

    @Test
    void test_schema_goldenDocumentValidates() throws Exception {
        assertThat(validate(Documents.resource("sample-plan.json"))).isEmpty();
    }

    @Test
    void test_schema_minimalSampleValidatesExceptItsJavaConstantCode() throws Exception {
        // The reader also accepts a Java constant (HIGHER_IS_BETTER); the schema describes the
        // canonical written form, so that one value is its only complaint.
        List<Error> errors = validate(Documents.resource("sample-minimal.json"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getInstanceLocation().toString())
                .contains("indicators")
                .contains("polarity");
    }

    @Test
    void test_schema_writtenSampleAndMinimalDocumentsValidate() throws Exception {
        OutturnJson json = OutturnJson.standard();
        assertThat(validate(json.writeDatasetAsString(SampleDatasets.plan()))).isEmpty();
        assertThat(validate(json.withIndent(false).writeDatasetAsString(SampleDatasets.plan())))
                .isEmpty();
        assertThat(validate(json.writeDatasetAsString(Documents.read(Documents.resource("sample-minimal.json")))))
                .isEmpty();
    }

    @Test
    void test_schema_rejectsUnknownFieldsMissingFieldsAndBadCodes() throws Exception {
        assertThat(validate("{\"schemaVersion\": 1, \"observation\": []}")).isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 2}")).isNotEmpty();
        assertThat(validate("{}")).isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 1, \"indicators\": [{\"id\": \"x\", \"name\": \"X\"}]}"))
                .isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 1, \"indicators\": [{\"id\": \"x\", \"name\": \"X\","
                        + " \"polarity\": \"up\"}]}"))
                .isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 1, \"targets\": [{\"indicatorId\": \"x\", \"period\": \"2015\","
                        + " \"tolerance\": \"five\"}]}"))
                .isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 1, \"targets\": [{\"indicatorId\": \"x\", \"period\": \"2015\","
                        + " \"tolerance\": \"threshold 40\"}]}"))
                .isEmpty();
    }

    @Test
    void test_schema_documentsEveryField() throws Exception {
        JsonNode schema;
        try (InputStream in = OutturnJson.class.getResourceAsStream(SCHEMA)) {
            schema = new ObjectMapper().readTree(in);
        }
        List<String> undocumented = new ArrayList<>();
        collect(schema, "", undocumented);
        for (Map.Entry<String, JsonNode> def : schema.get("$defs").properties()) {
            collect(def.getValue(), def.getKey(), undocumented);
        }
        assertThat(undocumented).isEmpty();
        assertThat(schema.get("$defs").properties()).hasSizeGreaterThanOrEqualTo(13);
    }

    private static void collect(JsonNode node, String where, List<String> undocumented) {
        if (!node.has("description")) {
            undocumented.add(where);
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                if (!p.getValue().has("description")
                        || p.getValue().get("description").asText().isBlank()) {
                    undocumented.add(where + "." + p.getKey());
                }
            }
        }
    }
}
