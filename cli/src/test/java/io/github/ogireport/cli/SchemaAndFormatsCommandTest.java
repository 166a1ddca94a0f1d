package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import org.junit.jupiter.api.Test;

/** {@code ogi schema} prints the JSON Schema; {@code ogi formats} lists every reader and writer on the class path. */
class SchemaAndFormatsCommandTest {

    @Test
    void schemaIsAJsonSchemaOfTheReport() throws Exception {
        Cli.Result r = Cli.run("schema");

        assertEquals(0, r.status(), r::toString);
        JsonNode schema = new ObjectMapper().readTree(r.out());
        assertTrue(schema.get("$schema").asText().contains("json-schema.org"), r::toString);
        JsonNode root = schema.has("$ref") ? schema.at(schema.get("$ref").asText().substring(1)) : schema;
        JsonNode props = root.get("properties");
        for (String p : new String[] {"metadata", "table2", "table3", "table4"}) {
            assertTrue(props != null && props.has(p), () -> "property " + p + " in\n" + r.out());
        }
    }

    @Test
    void formatsListsEveryReaderAndWriter() {
        Cli.Result r = Cli.run("formats", "--lang", "en");

        assertEquals(0, r.status(), r::toString);
        int writers = r.out().indexOf("Formats written:");
        assertTrue(r.out().startsWith("Formats read:") && writers > 0, r::toString);
        for (ReportReader reader : ReportParsers.readers()) {
            int at = r.out().indexOf("  " + reader.format() + " ");
            assertTrue(at > 0 && at < writers, () -> reader.format() + " listed as a reader\n" + r);
            reader.fileExtensions().forEach(e -> assertTrue(r.out().contains("." + e), e));
        }
        for (ReportRenderer renderer : ReportRenderers.all()) {
            assertTrue(r.out().indexOf("  " + renderer.format() + " ", writers) > 0,
                    () -> renderer.format() + " listed as a writer\n" + r);
        }
    }
}
