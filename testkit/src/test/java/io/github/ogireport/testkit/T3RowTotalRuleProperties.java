package io.github.ogireport.testkit;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.rules.RuleId;

/**
 * T3-ROW-TOTAL (each row of table 3: 总计 = the six applicant columns): errors exactly where FORMAT.md says on
 * unrepaired tables, and every single-cell break detected at the changed cell's row or column.
 */
class T3RowTotalRuleProperties extends HardRuleProperties {

    T3RowTotalRuleProperties() {
        super(RuleId.T3_ROW_TOTAL, new CellRef(Table3Row.WITHHELD_STATE_SECRET, ApplicantColumn.LEGAL_SERVICE_AGENCY),
                new CellRef(Table4Row.ADMINISTRATIVE_REVIEW, Table4Column.UPHELD));
    }
}
