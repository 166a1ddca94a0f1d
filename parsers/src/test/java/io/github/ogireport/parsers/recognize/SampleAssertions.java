package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import java.util.List;

/** Assertions shared by the sample tests. */
final class SampleAssertions {

    private SampleAssertions() {
    }

    /** The canonical JSON of the report equals the golden file, byte for byte. */
    static void equalsGolden(ParseResult r, String number) {
        String golden = Samples.text("/golden/" + number + ".json")
                .orElseThrow(() -> new AssertionError("golden file /golden/" + number + ".json is missing"));
        assertEquals(golden, ReportJson.get().toJson(r.report()));
    }

    /** At least one diagnostic with the code whose message mentions every fragment. */
    static Diagnostic hasDiagnostic(ParseResult r, String code, String... fragments) {
        List<Diagnostic> ds = r.diagnostics(code);
        for (Diagnostic d : ds) {
            boolean all = true;
            for (String f : fragments) {
                all &= d.message().contains(f) || d.messageEn().contains(f);
            }
            if (all) {
                assertFalse(d.message().isBlank());
                assertFalse(d.messageEn().isBlank());
                return d;
            }
        }
        throw new AssertionError("no " + code + " mentioning " + List.of(fragments) + " among " + r.diagnostics());
    }
}
