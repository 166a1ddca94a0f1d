package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** T3-BALANCE: for each column of table 3, 一 + 二 = （七）总计 + 四; a break is reported on 四's cell. */
class T3BalanceRuleTest {

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
    void carriedToNextYearTooHighBreaksTheBalanceOfItsColumns() {
        // 四 = 1 in 自然人 and 总计: the row still adds up, only the balance of both columns breaks
        AnnualReport r = withCell(withCell(sample000(), Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.NATURAL_PERSON,
                Cell.of(1)), Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL, Cell.of(1));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("T3-BALANCE", "T3-BALANCE"), ruleIds(result));
        assertFalse(result.isValid());
        assertFinding(result.findings().get(0), "T3-BALANCE", Severity.ERROR, "/table3/carriedToNextYear/naturalPerson",
                "表三 四、结转下年度继续办理 · 自然人", "0", "1");
        assertFinding(result.findings().get(1), "T3-BALANCE", Severity.ERROR, "/table3/carriedToNextYear/total",
                "表三 四、结转下年度继续办理 · 总计", "0", "1");
        assertEquals("表三 四、结转下年度继续办理 · 自然人应为0（第一项加第二项之和减去第三项总计），实为1",
                result.findings().get(0).message());
        assertEquals("Table 3 Carried over to next year · Natural persons should be 0 (item 1 + item 2 - item 3 total), "
                + "but is 1", result.findings().get(0).messageEn());
    }

    @Test
    void carriedOverRaisesTheExpectedCarryToNextYear() {
        // 二 = 2 in the 科研机构 column and the 总计 column: 四 should be 2 there
        AnnualReport r = withCell(withCell(sample000(), Table3Row.CARRIED_OVER, ApplicantColumn.RESEARCH_INSTITUTION,
                Cell.of(2)), Table3Row.CARRIED_OVER, ApplicantColumn.TOTAL, Cell.of(2));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("T3-BALANCE", "T3-BALANCE"), ruleIds(result));
        assertFinding(result.findings().get(0), "T3-BALANCE", Severity.ERROR,
                "/table3/carriedToNextYear/researchInstitution", "表三 四、结转下年度继续办理 · 科研机构", "2", "0");
    }

    @Test
    void balancedTableHasNoBalanceFinding() {
        // 二 = 2 and 四 = 2 in the same column: still balanced
        AnnualReport r = sample000();
        for (Table3Row row : List.of(Table3Row.CARRIED_OVER, Table3Row.CARRIED_TO_NEXT_YEAR)) {
            r = withCell(withCell(r, row, ApplicantColumn.NATURAL_PERSON, Cell.of(2)), row, ApplicantColumn.TOTAL,
                    Cell.of(2));
        }
        assertTrue(validator.validate(r).findings().isEmpty());
    }

    @Test
    void theArithmeticLivesInAccounting() {
        Check c = Accounting.balance(sample000().table3(), ApplicantColumn.NATURAL_PERSON);
        assertEquals(RuleId.T3_BALANCE, c.rule());
        assertEquals("/table3/carriedToNextYear/naturalPerson", c.target().pointer());
        assertEquals(0, c.expected().signum());
        assertTrue(c.checkable() && c.holds());
    }
}
