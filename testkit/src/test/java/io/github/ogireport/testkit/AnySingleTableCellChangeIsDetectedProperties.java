package io.github.ogireport.testkit;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.TableId;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Changing any single cell of table 3 or 4 of a valid report to any other number (negative included) gives at least
 * one error at that cell's row or column: no cell of these tables escapes the rules.
 */
class AnySingleTableCellChangeIsDetectedProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 300)
    void anyChangeIsAnErrorAtTheCellsRowOrColumn(@ForAll("reports") AnnualReport report,
            @ForAll @IntRange(min = 0, max = 10_000) int cellIndex,
            @ForAll @LongRange(min = -50, max = 100_000) long newValue) {
        List<CellRef> cells = Catalog.cells(report.edition()).stream()
                .filter(r -> r.row().table() == TableId.TABLE3 || r.row().table() == TableId.TABLE4)
                .filter(r -> CellEdits.get(report, r).isReported())
                .toList();
        CellRef cell = cells.get(cellIndex % cells.size());
        Cell before = CellEdits.get(report, cell);
        Assume.that(before.valueOrZero().compareTo(BigDecimal.valueOf(newValue)) != 0);
        AnnualReport changed = CellEdits.with(report, cell, Cell.of(newValue));

        ValidationReport result = VALIDATOR.validate(changed);
        List<Finding> hits = result.errors().stream().filter(f -> BrokenReportChecks.atRowOrColumn(f, cell)).toList();
        if (hits.isEmpty()) {
            throw new AssertionError("changing " + cell + " from " + before + " to " + newValue
                    + " gave no error at its row or column; findings:" + ValidationAssertions.describe(result.findings()));
        }
        Statistics.label("table").collect(cell.row().table());
        Statistics.label("was blank or placeholder").collect(!before.isNumber());
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return Reports.valid().withBlanks();
    }
}
