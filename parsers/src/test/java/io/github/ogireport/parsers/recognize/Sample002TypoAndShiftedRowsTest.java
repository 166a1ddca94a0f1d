package io.github.ogireport.parsers.recognize;

import static io.github.ogireport.parsers.recognize.SampleAssertions.equalsGolden;
import static io.github.ogireport.parsers.recognize.SampleAssertions.hasDiagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Cell;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Sample 002: tab rows, typo 本年度止件数, spaces inside table-4 headers, rows shifted into column 0. */
class Sample002TypoAndShiftedRowsTest {

    private final ParseResult r = Samples.sample("002");

    @Test
    void readsExactlyTheGoldenReport() {
        equalsGolden(r, "002");
    }

    @Test
    void typoInColumnHeaderIsMatchedByTheCatalog() {
        Diagnostic d = hasDiagnostic(r, "LABEL_FUZZY_MATCH", "本年度止件数", "本年废止件数");
        assertEquals(22, d.location().line());
    }

    @Test
    void spacedTable4HeadersAreMatched() {
        hasDiagnostic(r, "LABEL_NORMALIZED", "结果 维持", "结果维持");
    }

    @Test
    void rowsShiftedIntoColumnZeroStillReadAllSevenCells() {
        assertTrue(r.report().table3().outcomes().otherHandling().other().isComplete());
        assertTrue(r.report().table3().outcomes().total().isComplete());
        assertEquals(Cell.of(0), r.report().table3().outcomes().otherHandling().other().total());
        hasDiagnostic(r, "CELLS_REALIGNED", "3.其他");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }
}
