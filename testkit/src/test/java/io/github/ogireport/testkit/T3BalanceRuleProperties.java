package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.ReportValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** T3-BALANCE: every single-cell change that breaks it is detected, at the changed cell's row or column. */
class T3BalanceRuleProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();
    private static final CellRef CHOSEN = new CellRef(Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.NATURAL_PERSON);

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 200)
    void everyBreakIsDetectedAtTheChangedCellsRowOrColumn(@ForAll("broken") BrokenReport broken) {
        assertEquals(RuleId.T3_BALANCE, broken.rule());
        BrokenReportChecks.assertDetected(VALIDATOR, broken);
        Statistics.label("row").collect(broken.cell().row().id());
    }

    @Property(tries = 100)
    void aBreakAtAChosenCellIsDetected(@ForAll("brokenAtChosenCell") BrokenReport broken) {
        assertEquals(CHOSEN, broken.cell());
        BrokenReportChecks.assertDetected(VALIDATOR, broken);
    }

    @Example
    void aCellTheRuleDoesNotInvolveIsRefused() {
        CellRef other = new CellRef(Table3Row.WITHHELD_STATE_SECRET, ApplicantColumn.NATURAL_PERSON);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.breaking(RuleId.T3_BALANCE, other));
        assertTrue(e.getMessage().contains(other.pointer()), e.getMessage());
    }

    @Provide
    Arbitrary<BrokenReport> broken() {
        return Reports.breaking(RuleId.T3_BALANCE);
    }

    @Provide
    Arbitrary<BrokenReport> brokenAtChosenCell() {
        return Reports.breaking(RuleId.T3_BALANCE, CHOSEN);
    }
}
