package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad JSON gives a {@link ReportJsonException} naming line and column, never a raw Jackson exception. */
class ReportJsonErrorTest {

    private static final ReportJson JSON = ReportJson.get();

    @Test
    void malformedJson() {
        ReportJsonException e = failsAt("{\n  \"metadata\" : {\n    \"edition\" : \"2021\",\n  }\n}", 4);
        assertTrue(e.column() > 0);
    }

    @Test
    void truncatedJson() {
        String golden = GoldenFiles.goldenText("000");
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> JSON.readReport(golden.substring(0, golden.length() / 2)));
        assertTrue(e.line() > 1, e.getMessage());
    }

    @Test
    void wrongType() {
        ReportJsonException e = failsAt("{\n  \"metadata\" : {\n    \"edition\" : \"2021\",\n"
                + "    \"reportYear\" : \"two thousand\"\n  }\n}", 4);
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aCellThatIsAnObject() {
        failsAt("{\n  \"metadata\" : { \"edition\" : \"2021\" },\n  \"table4\" : {\n    \"administrativeReview\" : {\n"
                + "      \"upheld\" : { \"n\" : 1 }\n    }\n  }\n}", 5);
    }

    @Test
    void unknownEdition() {
        failsAt("{\n  \"metadata\" : {\n    \"edition\" : \"2030\"\n  }\n}", 3);
    }

    @Test
    void unknownProperty() {
        // records are built through their canonical constructor, so Jackson buffers the properties and reports an
        // unknown one where its object ends (line 4 here); the message names the property
        ReportJsonException e = failsAt("{\n  \"metadata\" : { \"edition\" : \"2021\" },\n  \"tabel3\" : { }\n}", 4);
        assertTrue(e.getMessage().contains("\"tabel3\""), e.getMessage());
    }

    @Test
    void unknownNestedProperty() {
        ReportJsonException e = failsAt("{\n  \"metadata\" : {\n    \"edition\" : \"2021\",\n    \"agancy\" : \"x\"\n  }\n}",
                5);
        assertTrue(e.getMessage().contains("\"agancy\""), e.getMessage());
    }

    @Test
    void missingMetadata() {
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> JSON.readReport("{ }"));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void deepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> JSON.readReport("{\n  \"metadata\" : { \"edition\" : \"2021\" },\n  \"extras\" : " + deep + "\n}"));
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void deepNestingFromAStream() {
        String deep = "{\"metadata\":{\"edition\":\"2021\"},\"extras\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        ReportJsonException e = assertThrows(ReportJsonException.class,
                () -> JSON.readReport(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, e.line(), e.getMessage());
    }

    @Test
    void trailingTokens() {
        failsAt("{\n  \"metadata\" : { \"edition\" : \"2021\" }\n}\n{ }", 4);
    }

    private static ReportJsonException failsAt(String json, int line) {
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> JSON.readReport(json));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() >= 1, e.getMessage());
        assertTrue(e.getMessage().startsWith("line " + line + ", column "), e.getMessage());
        assertFalse(e.getClass().getName().startsWith("com.fasterxml"));
        return e;
    }
}
