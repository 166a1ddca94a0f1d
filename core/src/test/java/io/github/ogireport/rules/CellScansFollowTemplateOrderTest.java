package io.github.ogireport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.FeeBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Accounting#cellsOf}, {@link Accounting#negativeCells} and {@link Accounting#fractionalCounts} visit every
 * cell of a table once, in template order, with its address: the order the findings of NON-NEGATIVE and
 * INTEGER-COUNT come in.
 */
class CellScansFollowTemplateOrderTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void cellsOfEveryTableAreItsRowsCellsInTemplateOrder(String sample) {
        AnnualReport r = GoldenFiles.report(sample);
        Map<CellRef, Cell> t2 = new LinkedHashMap<>();
        for (Table2Row row : Table2Row.rowsOf(r.edition())) {
            put(t2, row, r.table2().row(row));
        }
        Map<CellRef, Cell> t3 = new LinkedHashMap<>();
        for (Table3Row row : Table3Row.values()) {
            put(t3, row, r.table3().row(row));
        }
        Map<CellRef, Cell> t4 = new LinkedHashMap<>();
        for (Table4Row row : Table4Row.values()) {
            put(t4, row, r.table4().row(row));
        }
        Map<CellRef, Cell> fees = new LinkedHashMap<>();
        put(fees, FeeRow.FEES, r.fees());
        assertEntriesInOrder(t2, Accounting.cellsOf(r.table2()));
        assertEntriesInOrder(t3, Accounting.cellsOf(r.table3()));
        assertEntriesInOrder(t4, Accounting.cellsOf(r.table4()));
        assertEntriesInOrder(fees, Accounting.cellsOf(r.fees()));
        assertThrows(IllegalArgumentException.class, () -> Accounting.cellsOf(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003"})
    void offendingCellsComeInTemplateOrder(String sample) {
        AnnualReport r = GoldenFiles.report(sample);
        Cell negative = Cell.of(-2);
        Cell fraction = Cell.of(new BigDecimal("1.50"));
        AnnualReport broken = RuleTestSupport.withCell(RuleTestSupport.withCell(RuleTestSupport.withCell(
                RuleTestSupport.withCell(r, Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL, negative),
                Table3Row.NEW_APPLICATIONS, ApplicantColumn.RESEARCH_INSTITUTION, fraction),
                Table3Row.WITHHELD_THIRD_PARTY, ApplicantColumn.NATURAL_PERSON, negative),
                Table4Row.LITIGATION_AFTER_REVIEW, Table4Column.UPHELD, fraction);
        assertEquals(List.of(new CellRef(Table3Row.WITHHELD_THIRD_PARTY, ApplicantColumn.NATURAL_PERSON),
                new CellRef(Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantColumn.TOTAL)),
                Accounting.negativeCells(broken.table3()));
        assertEquals(List.of(new CellRef(Table3Row.NEW_APPLICATIONS, ApplicantColumn.RESEARCH_INSTITUTION)),
                Accounting.fractionalCounts(broken.table3()));
        assertEquals(List.of(new CellRef(Table4Row.LITIGATION_AFTER_REVIEW, Table4Column.UPHELD)),
                Accounting.fractionalCounts(broken.table4()));
        assertEquals(List.of(), Accounting.negativeCells(broken.table4()));
        // amounts of money may have a fraction; the count of notices may not
        FeeBlock fees = new FeeBlock(fraction, fraction, negative, null);
        assertEquals(List.of(new CellRef(FeeRow.FEES, FeeItem.NOTICES)),
                Accounting.fractionalCounts(fees));
        assertEquals(List.of(new CellRef(FeeRow.FEES, FeeItem.AMOUNT_COLLECTED)), Accounting.negativeCells(fees));
    }

    private static void put(Map<CellRef, Cell> out, CatalogRow row, CellRow cells) {
        for (int i = 0; i < row.columns().size(); i++) {
            out.put(new CellRef(row, row.columns().get(i)), cells.cells().get(i));
        }
    }

    private static void assertEntriesInOrder(Map<CellRef, Cell> expected, Map<CellRef, Cell> actual) {
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
    }
}
