package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SERIES-STOCK: 2021 table 2, 现行有效件数 (N) = 现行有效件数 (N-1) + 本年制发件数 (N) − 本年废止件数 (N). */
class SeriesStockRuleTest {

    private static ReportValidator validator;

    @BeforeAll
    static void create() {
        validator = RuleTestSupport.validator();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void inForceThatDoesNotFollowFromLastYearIsAWarning() {
        AnnualReport previous = RuleTestSupport.withYear(withNormativeDocuments(sample000(), 3, 0, 10), 2022);
        AnnualReport current = withNormativeDocuments(sample000(), 2, 1, 12);
        ValidationReport result = validator.validateSeries(previous, current);
        assertEquals(List.of("SERIES-STOCK"), ruleIds(result));
        assertTrue(result.isValid());
        assertFinding(result.findings().get(0), "SERIES-STOCK", Severity.WARNING, "/table2/normativeDocuments/inForce",
                "表二 第二十条第（一）项 行政规范性文件 · 现行有效件数", "11", "12");
        assertEquals("Table 2 Administrative normative documents · In force should be 11 (last year's in force + issued - "
                + "repealed), but is 12", result.findings().get(0).messageEn());
    }

    @Test
    void aConsistentStockHasNoFinding() {
        AnnualReport previous = RuleTestSupport.withYear(withNormativeDocuments(sample000(), 3, 0, 10), 2022);
        AnnualReport current = withNormativeDocuments(sample000(), 2, 1, 11);
        assertTrue(validator.validateSeries(previous, current).findings().isEmpty());
    }

    @Test
    void notCheckedAcrossTheTwentyNineteenEdition() {
        AnnualReport previous = AnnualReport.builder(ReportMetadata.of("某县人民政府", 2020))
                .table2(Table2.fromRows(Edition.V2019, Map.of(Table2Row.NORMATIVE_DOCUMENTS_2019,
                        List.of(Cell.of(1), Cell.of(1), Cell.of(40))), Map.of()))
                .build();
        AnnualReport current = RuleTestSupport.withYear(withNormativeDocuments(sample000(), 2, 1, 12), 2021);
        assertTrue(validator.validateSeries(previous, current).findings("SERIES-STOCK").isEmpty());
        assertTrue(Accounting.seriesStock(previous.table2(), current.table2(), Table2Row.NORMATIVE_DOCUMENTS_2021)
                .isEmpty());
    }

    private static AnnualReport withNormativeDocuments(AnnualReport r, long issued, long repealed, long inForce) {
        Table2Edition2021 t2 = (Table2Edition2021) r.table2();
        return r.toBuilder().table2(new Table2Edition2021(t2.rules(),
                Table2Edition2021.DocumentCounts.of(issued, repealed, inForce), t2.licensing(), t2.penalty(),
                t2.coercion(), t2.fees())).build();
    }
}
