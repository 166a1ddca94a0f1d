package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** T4-TOTAL: in each group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
class T4TotalRuleTest {

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
    void aPendingLawsuitNotInTheTotalIsReportedOnTheTotal() {
        AnnualReport r = withCell(sample000(), Table4Row.LITIGATION_WITHOUT_REVIEW, Table4Column.PENDING, Cell.of(1));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("T4-TOTAL"), ruleIds(result));
        assertFinding(result.findings().get(0), "T4-TOTAL", Severity.ERROR, "/table4/litigationWithoutReview/total",
                "表四 行政诉讼（未经复议直接起诉） · 总计", "2", "1");
        assertEquals("表四 行政诉讼（未经复议直接起诉） · 总计应为2（结果维持、结果纠正、其他结果、尚未审结之和），实为1",
                result.findings().get(0).message());
    }

    @Test
    void eachGroupIsCheckedOnItsOwn() {
        AnnualReport r = withCell(sample000(), Table4Row.ADMINISTRATIVE_REVIEW, Table4Column.TOTAL, Cell.of(3));
        r = withCell(r, Table4Row.LITIGATION_AFTER_REVIEW, Table4Column.CORRECTED, Cell.of(2));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("/table4/administrativeReview/total", "/table4/litigationAfterReview/total"),
                result.findings().stream().map(f -> f.path()).toList());
        assertFinding(result.findings().get(0), "T4-TOTAL", Severity.ERROR, "/table4/administrativeReview/total",
                "表四 行政复议 · 总计", "0", "3");
        assertFinding(result.findings().get(1), "T4-TOTAL", Severity.ERROR, "/table4/litigationAfterReview/total",
                "表四 行政诉讼（复议后起诉） · 总计", "2", "0");
    }
}
