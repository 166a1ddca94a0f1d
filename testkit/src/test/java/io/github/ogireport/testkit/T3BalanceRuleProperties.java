package io.github.ogireport.testkit;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.rules.RuleId;

/**
 * T3-BALANCE (each column: 一 + 二 = （七）总计 + 四): errors exactly where FORMAT.md says on unrepaired tables, and
 * every single-cell break detected at the changed cell's row or column.
 */
class T3BalanceRuleProperties extends HardRuleProperties {

    T3BalanceRuleProperties() {
        super(RuleId.T3_BALANCE, new CellRef(Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.NATURAL_PERSON),
                new CellRef(Table3Row.WITHHELD_STATE_SECRET, ApplicantColumn.NATURAL_PERSON));
    }
}
