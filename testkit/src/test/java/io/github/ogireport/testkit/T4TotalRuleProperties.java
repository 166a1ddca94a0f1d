package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.ReportValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** T4-TOTAL: every single-cell change that breaks it is detected, at the changed cell's group or column. */
class T4TotalRuleProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();
    private static final CellRef CHOSEN = new CellRef(Table4Row.LITIGATION_AFTER_REVIEW, Table4Column.PENDING);

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 200)
    void everyBreakIsDetectedAtTheChangedCellsRowOrColumn(@ForAll("broken") BrokenReport broken) {
        assertEquals(RuleId.T4_TOTAL, broken.rule());
        BrokenReportChecks.assertDetected(VALIDATOR, broken);
        Statistics.label("group").collect(broken.cell().row().id());
    }

    @Property(tries = 100)
    void aBreakAtAChosenCellIsDetected(@ForAll("brokenAtChosenCell") BrokenReport broken) {
        assertEquals(CHOSEN, broken.cell());
        BrokenReportChecks.assertDetected(VALIDATOR, broken);
    }

    @Example
    void aTable3CellIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reports.breaking(RuleId.T4_TOTAL,
                new CellRef(Table3Row.DISCLOSED, ApplicantColumn.TOTAL)));
    }

    @Example
    void aSeriesRuleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reports.breaking(RuleId.SERIES_CARRY));
    }

    @Provide
    Arbitrary<BrokenReport> broken() {
        return Reports.breaking(RuleId.T4_TOTAL);
    }

    @Provide
    Arbitrary<BrokenReport> brokenAtChosenCell() {
        return Reports.breaking(RuleId.T4_TOTAL, CHOSEN);
    }
}
