package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SERIES-CARRY: year N's 二、上年结转 = year N-1's 四、结转下年度继续办理, per column; a warning on year N's cell. */
class SeriesCarryRuleTest {

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
    void lastYearsCarryMissingFromThisYearIsAWarning() {
        AnnualReport previous = RuleTestSupport.withYear(withCell(withCell(sample000(), Table3Row.CARRIED_TO_NEXT_YEAR,
                ApplicantColumn.NATURAL_PERSON, Cell.of(2)), Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL,
                Cell.of(2)), 2022);
        AnnualReport current = GoldenFiles.report("004");
        ValidationReport result = validator.validateSeries(previous, current);
        assertEquals(List.of("SERIES-CARRY", "SERIES-CARRY"), ruleIds(result));
        assertTrue(result.isValid(), "series findings are warnings");
        assertFinding(result.findings().get(0), "SERIES-CARRY", Severity.WARNING, "/table3/carriedOver/naturalPerson",
                "表三 二、上年结转政府信息公开申请数量 · 自然人", "2", "0");
        assertFinding(result.findings().get(1), "SERIES-CARRY", Severity.WARNING, "/table3/carriedOver/total",
                "表三 二、上年结转政府信息公开申请数量 · 总计", "2", "0");
        assertEquals("表三 二、上年结转政府信息公开申请数量 · 自然人应等于上一年度结转下年度继续办理数2，实为0",
                result.findings().get(0).message());
    }

    @Test
    void matchingCarryHasNoFinding() {
        AnnualReport previous = RuleTestSupport.withYear(withCell(sample000(), Table3Row.CARRIED_TO_NEXT_YEAR,
                ApplicantColumn.COMMERCIAL_ENTERPRISE, Cell.of(1)), 2022);
        AnnualReport current = withCell(GoldenFiles.report("004"), Table3Row.CARRIED_OVER,
                ApplicantColumn.COMMERCIAL_ENTERPRISE, Cell.of(1));
        assertTrue(validator.validateSeries(previous, current).findings().isEmpty());
    }

    @Test
    void zeroGoldensFormAConsistentSeries() {
        ValidationReport result = validator.validateSeries(GoldenFiles.report("001"), GoldenFiles.report("000"));
        assertTrue(result.findings("SERIES-CARRY").isEmpty());
        assertTrue(result.findings("SERIES-STOCK").isEmpty());
        // 001 has no 规章 row, so SERIES-STOCK cannot be checked for 规章: a warning, not a silent pass
        assertEquals(List.of("/table2/rules/inForce"),
                result.findings("PLAUS-INCOMPLETE").stream().map(f -> f.path()).toList());
    }

    @Test
    void aCarryNotReportedLastYearIsNotAViolation() {
        AnnualReport previous = RuleTestSupport.withYear(sample000().toBuilder()
                .table3(sample000().table3().withRow(Table3Row.CARRIED_TO_NEXT_YEAR,
                        io.github.ogireport.model.ApplicantCounts.NOT_REPORTED))
                .build(), 2022);
        AnnualReport current = withCell(GoldenFiles.report("004"), Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL,
                Cell.of(0));
        assertTrue(validator.validateSeries(previous, current).findings("SERIES-CARRY").isEmpty());
    }
}
