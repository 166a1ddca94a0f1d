package io.github.ogireport.parsers.recognize;

import static io.github.ogireport.parsers.recognize.SampleAssertions.equalsGolden;
import static io.github.ogireport.parsers.recognize.SampleAssertions.hasDiagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * Sample 001: 规章 row missing, （六） as the 2019 single row in a 2021 report, truncated table-4 headers, a local
 * fee table that shifts 五/六 to 六/七, a contact block and a site footer.
 */
class Sample001MissingRowSingleOtherRowFeeTableTest {

    private final ParseResult r = Samples.sample("001");

    @Test
    void readsExactlyTheGoldenReport() {
        equalsGolden(r, "001");
    }

    @Test
    void missingRulesRowStaysNotReported() {
        Table2Edition2021 t2 = (Table2Edition2021) r.report().table2();
        assertFalse(t2.rules().isReported());
        assertEquals(Cell.of(0), t2.normativeDocuments().issued());
        hasDiagnostic(r, "ROW_MISSING", "规章");
    }

    @Test
    void singleOtherHandlingRowKeepsTotalAndInventsNoBreakdown() {
        AnnualReport a = r.report();
        assertEquals(Edition.V2021, a.edition());
        assertTrue(a.table3().outcomes().otherHandling().total().isReported());
        assertFalse(a.table3().outcomes().otherHandling().hasBreakdown());
        hasDiagnostic(r, "OTHER_HANDLING_SINGLE_ROW");
    }

    @Test
    void truncatedTable4HeadersAreMatchedWithDiagnostics() {
        hasDiagnostic(r, "LABEL_FUZZY_MATCH", "尚未", "尚未审结");
        hasDiagnostic(r, "LABEL_FUZZY_MATCH", "其他", "其他结果");
        assertTrue(r.report().table4().litigationAfterReview().isComplete());
    }

    @Test
    void feeTableBecomesTheFeeBlockAndSectionsAreFoundByWording() {
        AnnualReport a = r.report();
        assertEquals(Cell.of(0), a.fees().notices());
        assertEquals(Cell.of(0), a.fees().amountCollected());
        hasDiagnostic(r, "FEE_TABLE_MAPPED");
        hasDiagnostic(r, "UNPLACED_CELL", "0");
        hasDiagnostic(r, "SECTION_RENUMBERED", "六、存在的主要问题及改进情况");
        hasDiagnostic(r, "SECTION_RENUMBERED", "七、其他需要报告的事项");
        assertEquals("2022年度本机关未收取信息处理费。", a.otherMatters().text());
    }

    @Test
    void contactAndFooterAreKept() {
        AnnualReport a = r.report();
        assertEquals("0597-4632003", a.metadata().contact().phone().orElseThrow());
        assertEquals("364306", a.metadata().contact().postcode().orElseThrow());
        assertEquals(1, a.extras().size());
        assertEquals(Section.OTHER_MATTERS, a.extras().get(0).after().orElseThrow());
        hasDiagnostic(r, "SITE_CHROME", "闽公安网备");
    }
}
