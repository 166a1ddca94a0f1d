package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.json.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ValidationService}: JSON in, validation report JSON out; bad input is an answer, not an exception. */
class ValidationServiceTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void validReportAnswersValid() throws Exception {
        try (ValidationService service = new ValidationService()) {
            JsonNode answer = json.readTree(service.validate(ReportJson.get().toJson(Fixtures.golden001())));
            assertTrue(answer.get("valid").asBoolean(), answer::toString);
            assertTrue(answer.path("findings").isMissingNode() || answer.get("findings").isEmpty(), answer::toString);
        }
    }

    @Test
    void brokenReportAnswersTheFindings() throws Exception {
        try (ValidationService service = new ValidationService()) {
            JsonNode answer = json.readTree(service.validate(ReportJson.get().toJson(Fixtures.broken001())));
            assertFalse(answer.get("valid").asBoolean(), answer::toString);
            boolean found = false;
            for (JsonNode f : answer.get("findings")) {
                found |= f.get("ruleId").asText().equals("T3-OUTCOME-TOTAL")
                        && f.get("path").asText().equals("/table3/outcomes/total/naturalPerson");
            }
            assertTrue(found, answer::toString);
        }
    }

    @Test
    void notAReportAnswersAnError() throws Exception {
        try (ValidationService service = new ValidationService()) {
            JsonNode answer = json.readTree(service.validate("{\"metadata\": 42"));
            assertFalse(answer.get("valid").asBoolean());
            assertEquals(0, answer.get("findings").size());
            assertFalse(answer.get("error").asText().isEmpty());
        }
    }

    @Test
    void mainPrintsTheAnswer() throws Exception {
        Path file = tmp.resolve("r.json");
        Files.writeString(file, ReportJson.get().toJson(Fixtures.broken001()));

        String out = Fixtures.stdout(() -> ValidationService.main(new String[] {file.toString()}));

        assertFalse(json.readTree(out).get("valid").asBoolean(), out);
    }
}
