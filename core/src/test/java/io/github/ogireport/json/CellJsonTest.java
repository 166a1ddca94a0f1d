package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The four kinds of cell have four distinct JSON forms and come back as themselves: number, null, string, absent. */
class CellJsonTest {

    private static final ReportJson JSON = ReportJson.get();

    private static final ApplicantCounts MIXED = new ApplicantCounts(Cell.of(5), Cell.blank(), Cell.placeholder("-"),
            Cell.notReported(), Cell.placeholder("无"), Cell.of(0), Cell.of(new BigDecimal("24252.311082")));

    @Test
    void eachKindHasItsOwnJsonForm() {
        String json = JSON.toCompactJson(MIXED);
        assertEquals("{\"naturalPerson\":5,\"commercialEnterprise\":null,\"researchInstitution\":\"-\","
                + "\"legalServiceAgency\":\"无\",\"otherOrganization\":0,\"total\":24252.311082}", json);
        assertFalse(json.contains("publicInterestOrganization"), "not reported is left out");
    }

    @Test
    void eachKindReadsBackAsItself() {
        AnnualReport r = GoldenFiles.report("000");
        AnnualReport mixed = r.toBuilder().table3(r.table3().withRow(Table3Row.CARRIED_OVER, MIXED)).build();
        AnnualReport back = JSON.readReport(JSON.toJson(mixed));
        ApplicantCounts row = back.table3().carriedOver();
        assertEquals(MIXED, row);
        assertEquals(Cell.of(5), row.naturalPerson());
        assertEquals(Cell.blank(), row.commercialEnterprise());
        assertEquals(Cell.placeholder("-"), row.researchInstitution());
        assertEquals(Cell.notReported(), row.publicInterestOrganization());
        assertTrue(row.commercialEnterprise().isReported());
        assertFalse(row.publicInterestOrganization().isReported());
        assertEquals(JSON.toJson(mixed), JSON.toJson(back));
    }

    @Test
    void blankIsNeverZero() {
        assertNotEquals(Cell.of(0), Cell.blank());
        assertNotEquals(Cell.blank(), Cell.of(0));
        assertNotEquals(Cell.notReported(), Cell.of(0));
        assertNotEquals(Cell.notReported(), Cell.blank());
        assertNotEquals(Cell.placeholder("-"), Cell.of(0));
        // arithmetic treats them as 0, the model does not
        assertEquals(0, Cell.blank().valueOrZero().signum());
        assertTrue(Cell.blank().number().isEmpty());
        assertEquals(Cell.blank(), JSON.read("{\"naturalPerson\":null}", ApplicantCounts.class).naturalPerson());
        assertEquals(Cell.of(0), JSON.read("{\"naturalPerson\":0}", ApplicantCounts.class).naturalPerson());
    }

    @Test
    void absentIsNotReportedAndNullIsBlank() {
        ApplicantCounts c = JSON.read("{\"naturalPerson\":null,\"total\":\"—\"}", ApplicantCounts.class);
        assertEquals(Cell.blank(), c.naturalPerson());
        assertEquals(Cell.notReported(), c.commercialEnterprise());
        assertEquals(Cell.placeholder("—"), c.total());
    }

    @Test
    void numbersArePlainAndKeepTheirScale() {
        ApplicantCounts c = JSON.read("{\"naturalPerson\":1E+3,\"total\":5949.090}", ApplicantCounts.class);
        assertEquals("{\"naturalPerson\":1000,\"total\":5949.090}", JSON.toCompactJson(c));
    }

    @Test
    void aRowOfBlanksIsReportedAndKept() {
        ApplicantCounts blanks = new ApplicantCounts(Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(),
                Cell.blank(), Cell.blank(), Cell.blank());
        AnnualReport r = GoldenFiles.report("000");
        AnnualReport withBlanks = r.toBuilder().table3(r.table3().withRow(Table3Row.CARRIED_OVER, blanks)).build();
        String json = JSON.toJson(withBlanks);
        assertTrue(json.contains("\"carriedOver\" : {\n      \"naturalPerson\" : null,"), json);
        assertEquals(blanks, JSON.readReport(json).table3().carriedOver());
        // a row not reported at all is left out
        AnnualReport without = r.toBuilder().table3(r.table3().withRow(Table3Row.CARRIED_OVER,
                ApplicantCounts.NOT_REPORTED)).build();
        assertFalse(JSON.toJson(without).contains("carriedOver"));
        assertEquals(ApplicantCounts.NOT_REPORTED, JSON.readReport(JSON.toJson(without)).table3().carriedOver());
    }
}
