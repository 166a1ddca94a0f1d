package io.github.ogireport.testkit;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.rules.RuleId;

/**
 * T3-OUTCOME-TOTAL (each column: （七）总计 = （一） + （二） + Σ（三） + Σ（四） + Σ（五） + Σ（六）1–3, or + （六） with the
 * 2019 single row): errors exactly where FORMAT.md says on unrepaired tables of every （六） form, and every single-cell
 * break detected at the changed cell's row or column.
 */
class T3OutcomeTotalRuleProperties extends HardRuleProperties {

    T3OutcomeTotalRuleProperties() {
        super(RuleId.T3_OUTCOME_TOTAL, new CellRef(Table3Row.OTHER_UNPAID_FEES, ApplicantColumn.TOTAL),
                new CellRef(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON));
    }
}
