package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.ReportValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** NON-NEGATIVE: a negative count or amount anywhere is an error at exactly that cell. */
class NonNegativeRuleProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();
    private static final CellRef PROCUREMENT = new CellRef(Table2Row.PROCUREMENT_2019, Table2Column.PROCUREMENT_AMOUNT);
    private static final CellRef FEES = new CellRef(FeeRow.FEES, FeeItem.AMOUNT_COLLECTED);

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 250)
    void aNegativeCellIsAnErrorAtThatCell(@ForAll("broken") BrokenReport broken) {
        assertEquals(RuleId.NON_NEGATIVE, broken.rule());
        assertTrue(broken.after().valueOrZero().signum() < 0);
        BrokenReportChecks.assertDetected(VALIDATOR, broken);
        ValidationAssertions.assertThat(VALIDATOR.validate(broken.report()))
                .hasFinding("NON-NEGATIVE", broken.cell().pointer())
                .hasErrorAt(broken.cell().pointer());
        Statistics.label("table").collect(broken.cell().row().table());
    }

    @Property(tries = 50)
    void aNegativeProcurementAmountOf2019IsAnError(@ForAll("procurement") BrokenReport broken) {
        ValidationAssertions.assertThat(VALIDATOR.validate(broken.report())).hasErrorAt(PROCUREMENT.pointer());
    }

    @Property(tries = 50)
    void aNegativeFeeIsAnError(@ForAll("fees") BrokenReport broken) {
        ValidationAssertions.assertThat(VALIDATOR.validate(broken.report())).hasErrorAt(FEES.pointer());
    }

    @Example
    void theSignedChangeColumnOf2019IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Reports.breaking(RuleId.NON_NEGATIVE,
                new CellRef(Table2Row.LICENSING_2019, Table2Column.CHANGE)));
    }

    @Provide
    Arbitrary<BrokenReport> broken() {
        return Reports.breaking(RuleId.NON_NEGATIVE);
    }

    @Provide
    Arbitrary<BrokenReport> procurement() {
        return Reports.breaking(RuleId.NON_NEGATIVE, PROCUREMENT);
    }

    @Provide
    Arbitrary<BrokenReport> fees() {
        return Reports.breaking(RuleId.NON_NEGATIVE, FEES);
    }
}
