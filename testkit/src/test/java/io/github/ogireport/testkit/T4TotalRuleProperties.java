package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.rules.RuleId;
import net.jqwik.api.Example;

/**
 * T4-TOTAL (each group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结): errors exactly where FORMAT.md says on
 * unrepaired tables, and every single-cell break detected at the changed cell's group or column.
 */
class T4TotalRuleProperties extends HardRuleProperties {

    T4TotalRuleProperties() {
        super(RuleId.T4_TOTAL, new CellRef(Table4Row.LITIGATION_AFTER_REVIEW, Table4Column.PENDING),
                new CellRef(Table3Row.DISCLOSED, ApplicantColumn.TOTAL));
    }

    @Example
    void aSeriesRuleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reports.breaking(RuleId.SERIES_CARRY));
    }
}
