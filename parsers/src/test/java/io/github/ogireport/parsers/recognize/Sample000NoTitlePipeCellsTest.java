package io.github.ogireport.parsers.recognize;

import static io.github.ogireport.parsers.recognize.SampleAssertions.equalsGolden;
import static io.github.ogireport.parsers.recognize.SampleAssertions.hasDiagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Sample 000: pipe text, one cell per line, no title line, spaces inside 自 然 人, non-zero tables 3 and 4. */
class Sample000NoTitlePipeCellsTest {

    private final ParseResult r = Samples.sample("000");

    @Test
    void readsExactlyTheGoldenReport() {
        equalsGolden(r, "000");
    }

    @Test
    void agencyAndYearAreInferredAndSaidSo() {
        AnnualReport a = r.report();
        assertTrue(a.metadata().title().isEmpty());
        assertEquals("昌邑区人民政府办公室", a.metadata().agency().orElseThrow());
        assertEquals(2023, a.metadata().reportYear().orElseThrow());
        assertEquals(Edition.V2021, a.edition());
        hasDiagnostic(r, "AGENCY_INFERRED", "昌邑区人民政府办公室");
        hasDiagnostic(r, "YEAR_INFERRED", "2023");
    }

    @Test
    void spacedLabelIsMatchedAndReported() {
        Diagnostic d = hasDiagnostic(r, "LABEL_NORMALIZED", "自 然 人", "自然人");
        assertEquals(52, d.location().line());
    }

    @Test
    void nonZeroCellsLandInTheirRows() {
        AnnualReport a = r.report();
        assertEquals(Cell.of(3), a.table3().newApplications().naturalPerson());
        assertEquals(Cell.of(1), a.table3().outcomes().partiallyDisclosed().total());
        assertEquals(Cell.of(1), a.table3().outcomes().withheld().processInformation().naturalPerson());
        assertEquals(Cell.of(1), a.table3().outcomes().unableToProvide().needsCreation().total());
        assertEquals(Cell.of(1), a.table4().litigationWithoutReview().upheld());
        assertEquals(Cell.of(1), a.table4().litigationWithoutReview().total());
        assertEquals(Cell.of(0), a.table4().administrativeReview().total());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }
}
