package io.github.ogireport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Fixtures and assertions shared by the rule tests: edits of a valid golden report, and the fields of a finding. */
final class RuleTestSupport {

    /** A fixed clock in mid-2025, so that no golden report year (≤ 2024) is in the future. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-30T12:00:00Z"), ZoneOffset.UTC);

    private RuleTestSupport() {
    }

    static ReportValidator validator() {
        return ReportValidator.create(CLOCK);
    }

    /** Sample 000: valid, with non-zero cells in tables 3 and 4. */
    static AnnualReport sample000() {
        return GoldenFiles.report("000");
    }

    /** A copy with one cell of table 3 replaced. */
    static AnnualReport withCell(AnnualReport r, Table3Row row, ApplicantColumn column, Cell cell) {
        return r.toBuilder().table3(r.table3().withRow(row, r.table3().row(row).with(column, cell))).build();
    }

    /** A copy with one cell of table 4 replaced. */
    static AnnualReport withCell(AnnualReport r, Table4Row row, Table4Column column, Cell cell) {
        return r.toBuilder().table4(r.table4().withRow(row, r.table4().row(row).with(column, cell))).build();
    }

    /** The rule ids of the findings, in order. */
    static List<String> ruleIds(ValidationReport r) {
        return r.findings().stream().map(Finding::ruleId).toList();
    }

    /** The paths of the findings, in order. */
    static List<String> paths(ValidationReport r) {
        return r.findings().stream().map(Finding::path).toList();
    }

    /** Asserts every field of a finding, and that both messages are well formed. */
    static void assertFinding(Finding f, String ruleId, io.github.ogireport.rules.Severity severity, String path,
            String cellLabel, String expected, String actual) {
        assertEquals(ruleId, f.ruleId(), "rule id");
        assertEquals(severity, f.severity(), "severity");
        assertEquals(path, f.path(), "path");
        assertEquals(Optional.ofNullable(cellLabel), f.cellLabel(), "cellLabel");
        assertEquals(Optional.ofNullable(expected), f.expected(), "expected");
        assertEquals(Optional.ofNullable(actual), f.actual(), "actual");
        assertMessagesWellFormed(f);
    }

    /** Both messages non-empty, zh with Chinese, en without, neither with an un-interpolated brace or expression. */
    static void assertMessagesWellFormed(Finding f) {
        assertFalse(f.message().isBlank(), "zh message empty");
        assertFalse(f.messageEn().isBlank(), "en message empty");
        assertTrue(hasHan(f.message()), () -> "zh message has no Chinese: " + f.message());
        assertFalse(hasHan(f.messageEn()), () -> "en message has Chinese: " + f.messageEn());
        for (String m : List.of(f.message(), f.messageEn())) {
            assertFalse(m.contains("{"), () -> "un-interpolated parameter: " + m);
            assertFalse(m.contains("}"), () -> "un-interpolated parameter: " + m);
            assertFalse(m.contains("${"), () -> "expression left in message: " + m);
        }
        if (f.cellLabel().isPresent()) {
            assertTrue(f.message().contains(f.cellLabel().get()) || f.ruleId().equals("NON-NEGATIVE"),
                    () -> "zh message does not name the cell: " + f.message());
        }
        f.actual().ifPresent(a -> assertTrue(f.message().contains(a) && f.messageEn().contains(a),
                () -> "messages do not state the actual value " + a + ": " + f.message() + " / " + f.messageEn()));
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The report with another report year (same edition and everything else), for the series rules. */
    static AnnualReport withYear(AnnualReport report, int year) {
        io.github.ogireport.model.ReportMetadata m = report.metadata();
        return report.toBuilder().metadata(new io.github.ogireport.model.ReportMetadata(m.title(), m.agency(),
                java.util.Optional.of(year), m.edition(), m.statisticsPeriod(), m.publicationDate(), m.contact()))
                .build();
    }
}
