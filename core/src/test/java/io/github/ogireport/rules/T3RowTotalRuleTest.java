package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** T3-ROW-TOTAL: for each row of table 3, 总计 = the six applicant columns; a break is reported on the row's 总计. */
class T3RowTotalRuleTest {

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
    void twoRowTotalsSwappedBreakOnlyTheRowRule() {
        // 6.属于四类过程性信息 总计 1 → 2 and 2.没有现成信息需要另行制作 总计 1 → 0: the 总计 column still sums to 3
        AnnualReport r = withCell(withCell(sample000(), Table3Row.WITHHELD_PROCESS_INFORMATION, ApplicantColumn.TOTAL,
                Cell.of(2)), Table3Row.UNABLE_NEEDS_CREATION, ApplicantColumn.TOTAL, Cell.of(0));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("T3-ROW-TOTAL", "T3-ROW-TOTAL"), ruleIds(result));
        assertFinding(result.findings().get(0), "T3-ROW-TOTAL", Severity.ERROR,
                "/table3/outcomes/withheld/processInformation/total", "表三 三、（三）6.属于四类过程性信息 · 总计", "1", "2");
        assertFinding(result.findings().get(1), "T3-ROW-TOTAL", Severity.ERROR,
                "/table3/outcomes/unableToProvide/needsCreation/total", "表三 三、（四）2.没有现成信息需要另行制作 · 总计",
                "1", "0");
        assertEquals("表三 三、（三）6.属于四类过程性信息 · 总计应为1（自然人与五类法人或其他组织之和），实为2",
                result.findings().get(0).message());
    }

    @Test
    void anAddendChangeIsLocatedOnTheTotalOfItsRow() {
        AnnualReport r = withCell(sample000(), Table3Row.NEW_APPLICATIONS, ApplicantColumn.LEGAL_SERVICE_AGENCY,
                Cell.of(4));
        ValidationReport result = validator.validate(r);
        List<io.github.ogireport.validation.Finding> rowTotal = result.findings("T3-ROW-TOTAL");
        assertEquals(1, rowTotal.size());
        assertFinding(rowTotal.get(0), "T3-ROW-TOTAL", Severity.ERROR, "/table3/newApplications/total",
                "表三 一、本年新收政府信息公开申请数量 · 总计", "7", "3");
        // the same cell also breaks the balance of its column
        assertEquals(List.of("/table3/carriedToNextYear/legalServiceAgency"),
                result.findings("T3-BALANCE").stream().map(f -> f.path()).toList());
    }

    @Test
    void theTwoThousandNineteenSingleOtherHandlingRowIsChecked() {
        // sample 001 keeps （六） as the 2019 single row; its row total is checked like any other
        AnnualReport r = io.github.ogireport.golden.GoldenFiles.report("001");
        r = withCell(withCell(r, Table3Row.OTHER_HANDLING_TOTAL, ApplicantColumn.NATURAL_PERSON, Cell.of(1)),
                Table3Row.OUTCOME_TOTAL, ApplicantColumn.NATURAL_PERSON, Cell.of(1));
        r = withCell(r, Table3Row.NEW_APPLICATIONS, ApplicantColumn.NATURAL_PERSON, Cell.of(1));
        ValidationReport result = validator.validate(r);
        List<String> rowPaths = result.findings("T3-ROW-TOTAL").stream().map(f -> f.path()).toList();
        assertEquals(List.of("/table3/newApplications/total", "/table3/outcomes/otherHandling/total/total",
                "/table3/outcomes/total/total"), rowPaths);
        assertFinding(result.findings("T3-ROW-TOTAL").get(1), "T3-ROW-TOTAL", Severity.ERROR,
                "/table3/outcomes/otherHandling/total/total", "表三 三、（六）其他处理 · 总计", "1", "0");
    }
}
