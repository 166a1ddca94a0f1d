package io.github.ogireport.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each golden file is canonical: it reads, satisfies every rule with no finding at all, and writes back to the same bytes. */
class GoldenSamplesTest {

    static final java.util.List<String> IDS = GoldenFiles.IDS;

    private static ReportValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = ReportValidator.create(Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterAll
    static void closeValidator() {
        validator.close();
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void goldenHasNoFindingAtAll(String id) {
        ValidationReport result = validator.validate(GoldenFiles.report(id));
        assertTrue(result.findings().isEmpty(), () -> id + ": " + ReportJson.get().toJson(result));
        assertTrue(result.isValid());
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void goldenWritesBackByteIdentical(String id) {
        String text = GoldenFiles.goldenText(id);
        AnnualReport report = ReportJson.get().readReport(text);
        assertEquals(text, ReportJson.get().toJson(report));
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void goldenIsPrettyWithTrailingNewlineAndNoCarriageReturn(String id) {
        String text = GoldenFiles.goldenText(id);
        assertTrue(text.startsWith("{\n  \"metadata\" : {\n"), id);
        assertTrue(text.endsWith("}\n"), id);
        assertTrue(text.indexOf('\r') < 0, id);
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void readingTwiceGivesEqualReports(String id) {
        assertEquals(GoldenFiles.report(id), GoldenFiles.report(id));
    }
}
