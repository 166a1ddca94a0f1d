package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.ReportValidator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * NON-NEGATIVE: a negative count or amount anywhere is an error at exactly that cell, and only there (2019's signed
 * 本年增/减 is exempt), on unrepaired tables as on single-cell breaks.
 */
class NonNegativeRuleProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();
    private static final CellRef PROCUREMENT = new CellRef(Table2Row.PROCUREMENT_2019, Table2Column.PROCUREMENT_AMOUNT);
    private static final CellRef FEES = new CellRef(FeeRow.FEES, FeeItem.AMOUNT_COLLECTED);

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 200)
    void onUnrepairedTablesErrorsAreExactlyAtTheNegativeCellsTheSpecForbids(@ForAll("unrepaired") AnnualReport report) {
        FormatOracle.assertValidatorAgrees(VALIDATOR, report, RuleId.NON_NEGATIVE);
        Statistics.label("negative cells").collect(!FormatOracle.negativeCells(report).isEmpty())
                .coverage(cov -> cov.check(true).percentage(p -> p > 50));
        Statistics.label("exempt negative 本年增/减 (2019)").collect(hasNegativeChange(report))
                .coverage(cov -> cov.check(true).count(n -> n > 0));
    }

    private static boolean hasNegativeChange(AnnualReport report) {
        return report.table2().rows().entrySet().stream()
                .filter(e -> e.getKey().columns().contains(Table2Column.CHANGE))
                .anyMatch(e -> report.table2().cell(e.getKey(), Table2Column.CHANGE).valueOrZero().signum() < 0);
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
    Arbitrary<AnnualReport> unrepaired() {
        return UnrepairedReports.reports();
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
