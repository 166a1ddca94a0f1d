package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.paths;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PLAUS-INCOMPLETE: a rule one of whose cells was not reported cannot be checked, which is a warning and never an
 * error; a blank cell counts as 0 and is checked like a number.
 */
class IncompleteCheckTest {

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
    void aCellNotReportedMakesItsRulesUncheckableWarnings() {
        AnnualReport r = withCell(sample000(), Table3Row.NEW_APPLICATIONS, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.notReported());
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-INCOMPLETE", "PLAUS-INCOMPLETE"), ruleIds(result));
        assertEquals(List.of("/table3/newApplications/total", "/table3/carriedToNextYear/commercialEnterprise"),
                paths(result));
        assertTrue(result.isValid(), "an uncheckable rule is not an error");
        assertTrue(result.errors().isEmpty());
        assertFinding(result.findings().get(0), "PLAUS-INCOMPLETE", Severity.WARNING, "/table3/newApplications/total",
                "表三 一、本年新收政府信息公开申请数量 · 总计", null, null);
        assertEquals("表三 一、本年新收政府信息公开申请数量 · 总计的T3-ROW-TOTAL无法核对，以下单元格未报告："
                + "表三 一、本年新收政府信息公开申请数量 · 商业企业", result.findings().get(0).message());
        assertEquals("T3-ROW-TOTAL could not be checked for Table 3 New applications this year · Total: not reported: "
                + "Table 3 New applications this year · Commercial enterprises", result.findings().get(0).messageEn());
        assertFinding(result.findings().get(1), "PLAUS-INCOMPLETE", Severity.WARNING,
                "/table3/carriedToNextYear/commercialEnterprise", "表三 四、结转下年度继续办理 · 商业企业", null, null);
        assertTrue(result.findings().get(1).message().contains("T3-BALANCE"));
    }

    @Test
    void aBlankCellCountsAsZeroAndIsNotIncomplete() {
        AnnualReport r = withCell(sample000(), Table3Row.NEW_APPLICATIONS, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.blank());
        assertTrue(validator.validate(r).findings().isEmpty());
    }

    @Test
    void aBlankWhereANumberBelongsBreaksTheRuleAsZero() {
        // 004's （一）予以公开 自然人 4 left blank: the row total 4 no longer adds up, blank counting as 0
        AnnualReport r = withCell(GoldenFiles.report("004"), Table3Row.DISCLOSED, ApplicantColumn.NATURAL_PERSON,
                Cell.blank());
        ValidationReport result = validator.validate(r);
        assertTrue(result.findings("PLAUS-INCOMPLETE").isEmpty());
        assertFinding(result.findings("T3-ROW-TOTAL").get(0), "T3-ROW-TOTAL", Severity.ERROR,
                "/table3/outcomes/disclosed/total", "表三 三、（一）予以公开 · 总计", "0", "4");
    }

    @Test
    void aRowThatIsNotReportedAtAllIsNotRowChecked() {
        // 001 lacks the 2021 breakdown of （六）: no row rule on those rows, no incomplete warning
        ValidationReport result = validator.validate(GoldenFiles.report("001"));
        assertTrue(result.findings().isEmpty());
        // without the row 二 the balance of every column is uncheckable
        AnnualReport r = sample000().toBuilder()
                .table3(sample000().table3().withRow(Table3Row.CARRIED_OVER, ApplicantCounts.NOT_REPORTED)).build();
        ValidationReport missingRow = validator.validate(r);
        assertEquals(Collections.nCopies(7, "PLAUS-INCOMPLETE"), ruleIds(missingRow));
        assertTrue(missingRow.isValid());
    }

    @Test
    void aViolatedRuleOnReportedCellsStaysAnErrorNextToAnIncompleteOne() {
        AnnualReport r = withCell(sample000(), Table3Row.NEW_APPLICATIONS, ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.notReported());
        r = withCell(r, Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, Cell.of(1));
        ValidationReport result = validator.validate(r);
        assertTrue(result.findings("T3-ROW-TOTAL").stream().anyMatch(f -> f.path().equals("/table3/carriedOver/total")));
        assertEquals(2, result.findings("PLAUS-INCOMPLETE").size());
        assertTrue(!result.isValid());
    }
}
