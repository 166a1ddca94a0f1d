package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.paths;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table4;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** INTEGER-COUNT: a count with a fraction is a misread number; amounts of money may have fractions. */
class IntegerCountRuleTest {

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
    void aFractionalCountInTable4IsAnError() {
        AnnualReport r = sample000();
        Table4 t4 = r.table4().withRow(io.github.ogireport.catalog.Table4Row.ADMINISTRATIVE_REVIEW,
                new io.github.ogireport.model.ReviewOutcomes(Cell.of(new BigDecimal("0.5")), Cell.of(0), Cell.of(0),
                        Cell.of(0), Cell.of(new BigDecimal("0.5"))));
        ValidationReport result = validator.validate(r.toBuilder().table4(t4).build());
        assertEquals(List.of("INTEGER-COUNT", "INTEGER-COUNT"), ruleIds(result));
        assertEquals(List.of("/table4/administrativeReview/upheld", "/table4/administrativeReview/total"),
                paths(result));
        assertFalse(result.isValid());
        assertEquals("件数、数量须为整数，实为0.5", result.findings().get(0).message());
        assertEquals("a count must be a whole number, but is 0.5", result.findings().get(0).messageEn());
    }

    @Test
    void anAmountOfMoneyMayHaveAFractionAndAWholeNumberWithScaleIsACount() {
        AnnualReport r = sample000();
        Table2 t2 = Table2.fromRows(r.edition(), Map.of(
                Table2Row.FEES_2021, List.of(Cell.of(new BigDecimal("24252.311082"))),
                Table2Row.LICENSING_2021, List.of(Cell.of(new BigDecimal("3.00")))),
                Map.of(Table2Row.FEES_2021, MoneyUnit.WAN_YUAN));
        ValidationReport result = validator.validate(r.toBuilder().table2(t2).build());
        assertTrue(result.findings("INTEGER-COUNT").isEmpty(), result.findings().toString());
    }
}
