package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi validate --format json}: one JSON document with exactly the fields cli/README.md documents. */
class ValidateJsonOutputTest {

    private static final List<String> FILE_FIELDS = List.of("path", "status", "format", "agency", "year", "edition",
            "error", "diagnostics", "findings");
    private static final List<String> SUMMARY_FIELDS = List.of("files", "valid", "withErrors", "unreadable",
            "skipped", "findingsByRule", "exitCode");

    @TempDir
    Path tmp;

    @Test
    void oneDocumentWithTheDocumentedFields() throws Exception {
        Path dir = tmp.resolve("json");
        List<Path> samples = Cli.copySamples(dir);
        Files.writeString(dir.resolve("zz-garbage.txt"), "\u0000\u0001\u0002 not a report");

        Cli.Result r = Cli.run("validate", "--format", "json", dir.toString());

        assertEquals(2, r.status(), r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("tool", "version", "files", "summary"), names(root));
        assertEquals("ogi-report", root.get("tool").asText());

        JsonNode files = root.get("files");
        assertEquals(6, files.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(FILE_FIELDS, names(files.get(i)), "fields of file " + i);
        }
        for (int i = 0; i < samples.size(); i++) {
            JsonNode f = files.get(i);
            assertEquals(samples.get(i).toString(), f.get("path").asText(), "sorted by path");
            assertEquals("valid", f.get("status").asText());
            assertEquals("text", f.get("format").asText());
            assertTrue(f.get("year").isInt(), f::toString);
            assertTrue(f.get("edition").asText().matches("2019|2021"), f::toString);
            assertTrue(f.get("error").isNull(), f::toString);
            for (JsonNode d : f.get("diagnostics")) {
                assertEquals(List.of("code", "severity", "location", "message", "messageEn"), names(d));
                assertEquals(List.of("line", "column", "table", "row", "cell"), names(d.get("location")));
            }
        }
        // the samples' agencies as the golden files have them
        assertEquals("永平镇", files.get(1).get("agency").asText());
        assertEquals(2022, files.get(1).get("year").asInt());

        JsonNode garbage = files.get(5);
        assertEquals("unreadable", garbage.get("status").asText());
        assertTrue(garbage.get("format").isNull());
        assertEquals(List.of("message", "messageEn"), names(garbage.get("error")));

        JsonNode summary = root.get("summary");
        assertEquals(SUMMARY_FIELDS, names(summary));
        assertEquals(6, summary.get("files").asInt());
        assertEquals(5, summary.get("valid").asInt());
        assertEquals(0, summary.get("withErrors").asInt());
        assertEquals(1, summary.get("unreadable").asInt());
        assertEquals(2, summary.get("exitCode").asInt());
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
