package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.rules.Severity;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The assertion helpers pass on matching input and fail with messages that say what was expected and found. */
class AssertionHelpersFailWithUsefulMessagesTest {

    private static final String BALANCE_PATH = "/table3/carriedToNextYear/total";

    private static Finding finding(String rule, Severity severity, String path) {
        return new Finding(rule, severity, path, Optional.empty(), Optional.empty(), Optional.of("3"),
                Optional.of("4"), "消息", "message of " + rule);
    }

    private static final ValidationReport BROKEN = new ValidationReport(List.of(
            finding("T3-BALANCE", Severity.ERROR, BALANCE_PATH),
            finding("PLAUS-INCOMPLETE", Severity.WARNING, "/table3/outcomes/total/total")));
    private static final ValidationReport WARNED = new ValidationReport(List.of(
            finding("PLAUS-PERIOD", Severity.WARNING, "/metadata/statisticsPeriod")));

    @Test
    void matchingAssertionsPass() {
        assertDoesNotThrow(() -> ValidationAssertions.assertThat(BROKEN)
                .hasFinding("T3-BALANCE").hasFinding("T3-BALANCE", BALANCE_PATH).hasErrorAt(BALANCE_PATH));
        assertDoesNotThrow(() -> ValidationAssertions.assertThat(WARNED).isValid().hasNoErrors());
        assertDoesNotThrow(() -> ValidationAssertions.assertThat(new ValidationReport(List.of())).hasNoFindings());
    }

    @Test
    void isValidFailsOnAnErrorAndListsTheFindings() {
        AssertionError e = assertThrows(AssertionError.class, () -> ValidationAssertions.assertThat(BROKEN).isValid());
        assertTrue(e.getMessage().contains("1 error"), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR T3-BALANCE at " + BALANCE_PATH + " expected 3 actual 4"),
                e.getMessage());
        assertThrows(AssertionError.class, () -> ValidationAssertions.assertThat(BROKEN).hasNoErrors());
    }

    @Test
    void hasNoFindingsFailsOnAWarning() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ValidationAssertions.assertThat(WARNED).hasNoFindings());
        assertTrue(e.getMessage().contains("WARNING PLAUS-PERIOD at /metadata/statisticsPeriod"), e.getMessage());
    }

    @Test
    void hasFindingNamesTheMissingRuleAndPath() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> ValidationAssertions.assertThat(BROKEN).hasFinding("T4-TOTAL"));
        assertTrue(e.getMessage().contains("rule T4-TOTAL"), e.getMessage());
        AssertionError p = assertThrows(AssertionError.class,
                () -> ValidationAssertions.assertThat(BROKEN).hasFinding("T3-BALANCE", "/table3/newApplications/total"));
        assertTrue(p.getMessage().contains("T3-BALANCE at /table3/newApplications/total"), p.getMessage());
        AssertionError w = assertThrows(AssertionError.class,
                () -> ValidationAssertions.assertThat(BROKEN).hasErrorAt("/table3/outcomes/total/total"));
        assertTrue(w.getMessage().contains("an error at /table3/outcomes/total/total"), w.getMessage());
        assertThrows(AssertionError.class, () -> ValidationAssertions.assertThat(null));
    }

    private static final AnnualReport REPORT = Reports.valid().edition(io.github.ogireport.catalog.Edition.V2021)
            .sample();

    private static ParseResult parsed(AnnualReport report, Diagnostic... diagnostics) {
        return new ParseResult(report, "text", List.of(diagnostics));
    }

    private static Diagnostic diagnostic(String code, Severity severity) {
        return new Diagnostic(code, severity, SourceLocation.text(12, 3), "诊断", "diagnostic " + code);
    }

    @Test
    void parseAssertionsPassOnMatchingInput() {
        assertDoesNotThrow(() -> ParseAssertions.assertThat(parsed(REPORT, diagnostic("LABEL_TYPO", Severity.WARNING)))
                .hasDiagnostic("LABEL_TYPO").hasNoErrors().hasReport(REPORT));
    }

    @Test
    void hasReportNamesTheFirstDifferingPointerWithBothValues() {
        CellRef cell = new CellRef(Table3Row.WITHHELD_THIRD_PARTY, ApplicantColumn.RESEARCH_INSTITUTION);
        long before = CellEdits.get(REPORT, cell).valueOrZero().longValueExact();
        AnnualReport other = CellEdits.with(REPORT, cell, Cell.of(before + 7));
        AssertionError e = assertThrows(AssertionError.class,
                () -> ParseAssertions.assertThat(parsed(other)).hasReport(REPORT));
        assertTrue(e.getMessage().contains("at " + cell.pointer() + ": expected " + before + " but was "
                + (before + 7)), e.getMessage());
    }

    @Test
    void hasReportTellsBlankFromZeroAndAbsentRows() {
        CellRef cell = new CellRef(Table3Row.DISCLOSED, ApplicantColumn.NATURAL_PERSON);
        AnnualReport zero = CellEdits.with(REPORT, cell, Cell.of(0));
        AnnualReport blank = CellEdits.with(REPORT, cell, Cell.blank());
        AssertionError e = assertThrows(AssertionError.class,
                () -> ParseAssertions.assertThat(parsed(blank)).hasReport(zero));
        assertTrue(e.getMessage().contains("at " + cell.pointer() + ": expected 0 but was null"), e.getMessage());

        AnnualReport missing = CellEdits.withoutRow(REPORT, Table3Row.CARRIED_OVER);
        AssertionError m = assertThrows(AssertionError.class,
                () -> ParseAssertions.assertThat(parsed(missing)).hasReport(REPORT));
        assertTrue(m.getMessage().contains("at /table3/carriedOver: expected {"), m.getMessage());
        assertTrue(m.getMessage().contains("but was (absent)"), m.getMessage());
    }

    @Test
    void hasReportShowsAMetadataDifference() {
        ReportMetadata md = REPORT.metadata();
        AnnualReport renamed = REPORT.toBuilder().metadata(new ReportMetadata(md.title(), Optional.of("别的机关"),
                md.reportYear(), md.edition(), md.statisticsPeriod(), md.publicationDate(), md.contact())).build();
        AssertionError e = assertThrows(AssertionError.class,
                () -> ParseAssertions.assertThat(parsed(renamed)).hasReport(REPORT));
        assertTrue(e.getMessage().contains("at /metadata/agency: expected \"" + md.agency().orElseThrow()
                + "\" but was \"别的机关\""), e.getMessage());
    }

    @Test
    void diagnosticAssertionsListWhatWasFound() {
        ParseResult result = parsed(REPORT, diagnostic("ROW_MISSING", Severity.ERROR));
        AssertionError e = assertThrows(AssertionError.class,
                () -> ParseAssertions.assertThat(result).hasDiagnostic("LABEL_TYPO"));
        assertTrue(e.getMessage().contains("LABEL_TYPO"), e.getMessage());
        assertTrue(e.getMessage().contains("ERROR ROW_MISSING at line 12, column 3"), e.getMessage());
        AssertionError n = assertThrows(AssertionError.class, () -> ParseAssertions.assertThat(result).hasNoErrors());
        assertTrue(n.getMessage().contains("found 1"), n.getMessage());
        assertThrows(AssertionError.class, () -> ParseAssertions.assertThat(null));
    }
}
