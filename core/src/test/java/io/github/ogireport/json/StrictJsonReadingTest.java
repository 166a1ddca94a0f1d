package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical JSON never reads a number wrong: no duplicate keys, no numbers as strings, no invented units. */
class StrictJsonReadingTest {

    private static final String CELL = "\"naturalPerson\" : 4,";

    @Test
    void aKeyGivenTwiceIsAnErrorNotTheLastOneWins() {
        String json = GoldenFiles.goldenText("004").replaceFirst(CELL, CELL + " \"naturalPerson\" : 9,");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.get().readReport(json));
        assertTrue(e.getMessage().contains("naturalPerson"), e.getMessage());
        assertTrue(e.line() > 0);
    }

    @Test
    void aNumberWrittenAsAStringIsAnErrorNotAPlaceholder() {
        String json = GoldenFiles.goldenText("004").replaceFirst(CELL, "\"naturalPerson\" : \"4\",");
        ReportJsonException e = assertThrows(ReportJsonException.class, () -> ReportJson.get().readReport(json));
        assertTrue(e.getMessage().contains("JSON number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cell.placeholder("3件"));
    }

    @Test
    void aFeeAmountWithoutUnitStaysWithoutUnitThroughJson() {
        AnnualReport r = GoldenFiles.report("000");
        Table2Edition2021 t2 = (Table2Edition2021) r.table2();
        AnnualReport noUnit = r.toBuilder().table2(new Table2Edition2021(t2.rules(), t2.normativeDocuments(),
                t2.licensing(), t2.penalty(), t2.coercion(),
                new Table2Edition2021.FeeAmount(Cell.of(5), MoneyUnit.UNSPECIFIED))).build();
        AnnualReport back = ReportJson.get().readReport(ReportJson.get().toJson(noUnit));
        assertEquals(noUnit, back);
        Table2 fromRows = Table2.fromRows(r.edition(), Map.of(Table2Row.FEES_2021, List.of(Cell.of(5))), Map.of());
        assertEquals(MoneyUnit.WAN_YUAN, ((Table2Edition2021) fromRows).fees().unit(),
                "without a unit in the source, the template's 万元 header applies");
    }

    @Test
    void aValidationReportReadsBackFromItsOwnJson() {
        try (ReportValidator v = ReportValidator.create()) {
            AnnualReport r = GoldenFiles.report("004");
            ValidationReport report = v.validate(r.toBuilder().table3(r.table3().withRow(
                    io.github.ogireport.catalog.Table3Row.DISCLOSED,
                    io.github.ogireport.model.ApplicantCounts.of(5, 0, 0, 0, 0, 0, 4))).build());
            String json = ReportJson.get().toJson(report);
            assertEquals(report, ReportJson.get().read(json, ValidationReport.class));
        }
    }
}
