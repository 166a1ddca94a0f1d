package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table that reports both the 2019 single row （六）其他处理 and the 2021 breakdown: the single row must equal the
 * breakdown's sum (T3-OUTCOME-TOTAL), so that it is never left unchecked.
 */
class OtherHandlingBothFormsRuleTest {

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
    void aSingleRowThatDisagreesWithTheBreakdownIsAnError() {
        AnnualReport r = sample000();
        AnnualReport both = r.toBuilder().table3(r.table3()
                .withRow(Table3Row.OTHER_HANDLING_TOTAL, ApplicantCounts.of(100, 0, 0, 0, 0, 0, 100))).build();
        ValidationReport result = validator.validate(both);
        assertEquals(List.of("/table3/outcomes/otherHandling/total/naturalPerson",
                "/table3/outcomes/otherHandling/total/total"),
                result.findings("T3-OUTCOME-TOTAL").stream().map(f -> f.path()).toList());
    }

    @Test
    void aSingleRowEqualToTheBreakdownIsFine() {
        AnnualReport r = sample000();
        AnnualReport both = r.toBuilder().table3(r.table3()
                .withRow(Table3Row.OTHER_HANDLING_TOTAL, ApplicantCounts.zeros())).build();
        assertTrue(validator.validate(both).findings().isEmpty());
    }
}
