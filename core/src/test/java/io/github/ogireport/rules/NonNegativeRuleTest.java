package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NON-NEGATIVE: every count and amount is ≥ 0, except 2019's 本年增/减. */
class NonNegativeRuleTest {

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
    void aNegativeCountInTable2IsAnError() {
        AnnualReport r = sample000();
        Table2Edition2021 t2 = (Table2Edition2021) r.table2();
        Table2Edition2021 broken = new Table2Edition2021(t2.rules(),
                new Table2Edition2021.DocumentCounts(Cell.of(-1), Cell.of(0), Cell.of(0)), t2.licensing(), t2.penalty(),
                t2.coercion(), t2.fees());
        ValidationReport result = validator.validate(r.toBuilder().table2(broken).build());
        assertEquals(List.of("NON-NEGATIVE"), ruleIds(result));
        assertFalse(result.isValid());
        assertFinding(result.findings().get(0), "NON-NEGATIVE", Severity.ERROR, "/table2/normativeDocuments/issued",
                "表二 第二十条第（一）项 行政规范性文件 · 本年制发件数", "≥ 0", "-1");
        assertEquals("数量或金额不得为负数，实为-1", result.findings().get(0).message());
        assertEquals("a count or amount must not be negative, but is -1", result.findings().get(0).messageEn());
    }

    @Test
    void aNegativeFeeAmountIsAnError() {
        AnnualReport r = sample000().toBuilder()
                .fees(new FeeBlock(Cell.of(1), Cell.of(new BigDecimal("20.5")), Cell.of(new BigDecimal("-0.5")), null))
                .build();
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("NON-NEGATIVE"), ruleIds(result));
        assertFinding(result.findings().get(0), "NON-NEGATIVE", Severity.ERROR, "/fees/amountCollected",
                "信息处理费 六、信息处理费收取情况 · 实际收取金额", "≥ 0", "-0.5");
    }

    @Test
    void aNegativeCellInTable3IsReportedBesidesTheArithmetic() {
        AnnualReport r = RuleTestSupport.withCell(sample000(), Table3Row.CARRIED_OVER, ApplicantColumn.OTHER_ORGANIZATION,
                Cell.of(-2));
        ValidationReport result = validator.validate(r);
        assertEquals(1, result.findings("NON-NEGATIVE").size());
        assertFinding(result.findings("NON-NEGATIVE").get(0), "NON-NEGATIVE", Severity.ERROR,
                "/table3/carriedOver/otherOrganization", "表三 二、上年结转政府信息公开申请数量 · 其他", "≥ 0", "-2");
    }

    @Test
    void theTwentyNineteenChangeColumnMayBeNegative() {
        AnnualReport r = report2019(Map.of(
                Table2Row.LICENSING_2019, cells(120, -8, 30),
                Table2Row.PENALTY_2019, cells(15, -15, 2),
                Table2Row.FEES_2019, cells(6, -1)));
        ValidationReport result = validator.validate(r);
        assertTrue(result.findings().isEmpty(), () -> result.findings().toString());
        assertTrue(Accounting.negativeAllowed(Table2Column.CHANGE));
        assertFalse(Accounting.negativeAllowed(Table2Column.PREVIOUS_YEAR_ITEMS));
    }

    @Test
    void theOtherTwentyNineteenColumnsMayNot() {
        AnnualReport r = report2019(Map.of(Table2Row.LICENSING_2019, cells(-1, -8, 30)));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("NON-NEGATIVE"), ruleIds(result));
        assertFinding(result.findings().get(0), "NON-NEGATIVE", Severity.ERROR, "/table2/licensing/previousYearItems",
                "表二 第二十条第（五）项 行政许可 · 上一年项目数量", "≥ 0", "-1");
    }

    @Test
    void blanksAndPlaceholdersAreNotNegative() {
        AnnualReport r = RuleTestSupport.withCell(sample000(), Table3Row.CARRIED_OVER, ApplicantColumn.OTHER_ORGANIZATION,
                Cell.placeholder("-"));
        r = RuleTestSupport.withCell(r, Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON, Cell.blank());
        assertTrue(validator.validate(r).findings().isEmpty());
    }

    private static AnnualReport report2019(Map<Table2Row, List<Cell>> table2) {
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(Table3Row.class);
        for (Table3Row row : Table3Row.rowsOf(Edition.V2019)) {
            t3.put(row, ApplicantCounts.zeros());
        }
        return AnnualReport.builder(ReportMetadata.of("某县人民政府", 2020))
                .table2(Table2.fromRows(Edition.V2019, table2, Map.of()))
                .table3(Table3.fromRows(t3))
                .table4(new Table4(ReviewOutcomes.zeros(), ReviewOutcomes.zeros(), ReviewOutcomes.zeros()))
                .build();
    }

    private static List<Cell> cells(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Cell::of).toList();
    }
}
