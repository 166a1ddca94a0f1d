package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static io.github.ogireport.rules.RuleTestSupport.withCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** T3-OUTCOME-TOTAL: for each column, （七）总计 = the sum of the outcome rows; a break is reported on （七）'s cell. */
class T3OutcomeTotalRuleTest {

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
    void anOutcomeRowRaisedInBothColumnsBreaksOnlyTheOutcomeTotal() {
        // 6.属于四类过程性信息: 自然人 and 总计 1 → 2; the row adds up, （七） should now be 4
        AnnualReport r = withCell(withCell(sample000(), Table3Row.WITHHELD_PROCESS_INFORMATION,
                ApplicantColumn.NATURAL_PERSON, Cell.of(2)), Table3Row.WITHHELD_PROCESS_INFORMATION,
                ApplicantColumn.TOTAL, Cell.of(2));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("T3-OUTCOME-TOTAL", "T3-OUTCOME-TOTAL"), ruleIds(result));
        assertFinding(result.findings().get(0), "T3-OUTCOME-TOTAL", Severity.ERROR,
                "/table3/outcomes/total/naturalPerson", "表三 三、（七）总计 · 自然人", "4", "3");
        assertFinding(result.findings().get(1), "T3-OUTCOME-TOTAL", Severity.ERROR, "/table3/outcomes/total/total",
                "表三 三、（七）总计 · 总计", "4", "3");
        assertEquals("Table 3 Outcomes total · Natural persons should be 4 (the sum of outcome rows (1) to (6)), but is 3",
                result.findings().get(0).messageEn());
    }

    @Test
    void theTwentyTwentyOneBreakdownOfOtherHandlingCounts() {
        AnnualReport r = sample000();
        ApplicantCounts one = ApplicantCounts.of(0, 1, 0, 0, 0, 0, 1);
        r = r.toBuilder().table3(r.table3().withRow(Table3Row.OTHER_UNPAID_FEES, one)).build();
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("/table3/outcomes/total/commercialEnterprise", "/table3/outcomes/total/total"),
                result.findings("T3-OUTCOME-TOTAL").stream().map(f -> f.path()).toList());
        assertFinding(result.findings("T3-OUTCOME-TOTAL").get(0), "T3-OUTCOME-TOTAL", Severity.ERROR,
                "/table3/outcomes/total/commercialEnterprise", "表三 三、（七）总计 · 商业企业", "1", "0");
    }

    @Test
    void theSingleOtherHandlingRowIsAnAddendWhenThereIsNoBreakdown() {
        AnnualReport r = GoldenFiles.report("001");
        assertEquals(List.of(Table3Row.OTHER_HANDLING_TOTAL), Accounting.outcomeAddends(r.table3()).stream()
                .filter(row -> row.group().map(g -> g == io.github.ogireport.catalog.Table3Group.OTHER_HANDLING)
                        .orElse(false)).toList());
        // 2021 breakdown present: the three sub-rows are the addends, as in the template
        AnnualReport r2021 = sample000();
        assertEquals(Table3Row.outcomeAddendsOf(Edition.V2021), Accounting.outcomeAddends(r2021.table3()));
        assertTrue(validator.validate(r).findings().isEmpty());
    }
}
