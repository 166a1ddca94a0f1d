package io.github.ogireport.parsers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.internal.json.JsonReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON reader returns the report directly and turns every JSON problem into a located parse exception. */
class JsonReaderTest {

    private final JsonReader reader = new JsonReader();

    private Diagnostic failure(String json) {
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), ReaderOptions.DEFAULT));
        assertEquals(1, e.diagnostics().size());
        assertEquals(JsonReader.JSON_INVALID, e.diagnostics().get(0).code());
        return e.diagnostics().get(0);
    }

    @Test
    void aGoldenReportIsReturnedDirectly() {
        ReportReader.Output out = reader.read(GoldenFiles.goldenText("004").getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        assertEquals(GoldenFiles.report("004"), ((ReportReader.ReportOutput) out).report());
    }

    @Test
    void aSyntaxErrorIsLocatedByLineAndColumn() {
        Diagnostic d = failure("{\n  \"metadata\" : {\n    \"agency\" : ,\n");
        assertEquals(3, d.location().line());
        assertTrue(d.location().column() > 0);
    }

    @Test
    void anUnknownPropertyIsLocatedAndNamed() {
        Diagnostic d = failure("{\n  \"colour\" : 1,\n" + GoldenFiles.goldenText("000").substring(1));
        assertTrue(d.location().line() >= 2, d.location().toString());
        assertTrue(d.messageEn().contains("colour"), d.messageEn());
    }

    @Test
    void anObjectWithoutMetadataIsRefused() {
        assertTrue(failure("{\n}").messageEn().contains("metadata"));
    }

    @Test
    void jsonThatIsNotAnObjectOrNullIsRefused() {
        failure("[1, 2, 3]");
        failure("null");
        failure("\"text\"");
    }

    @Test
    void invalidUtf8IsRefused() {
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> reader.read(new byte[] {'{', (byte) 0xC3, '}'}, ReaderOptions.DEFAULT));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void detectionPrefersObjectsWithCanonicalProperties() {
        assertEquals(90, reader.detect("\uFEFF  {\"metadata\":{}}".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(40, reader.detect("{\"a\":1}".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(0, reader.detect("[1]".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(0, reader.detect(new byte[0], ""));
    }
}
