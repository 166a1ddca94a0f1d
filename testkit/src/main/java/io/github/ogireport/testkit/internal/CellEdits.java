package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.Table2Edition2021;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads and replaces single cells and rows of a report by their catalog address. Stateless. */
public final class CellEdits {

    private CellEdits() {
    }

    /** The cells of a catalog row in the report, in the row's column order. */
    public static List<Cell> row(AnnualReport report, CatalogRow row) {
        return rowOf(report, row).cells();
    }

    /** The row object of a catalog row in the report. */
    public static CellRow rowOf(AnnualReport report, CatalogRow row) {
        if (row instanceof Table2Row r) {
            return report.table2().row(r);
        }
        if (row instanceof Table3Row r) {
            return report.table3().row(r);
        }
        if (row instanceof Table4Row r) {
            return report.table4().row(r);
        }
        if (row instanceof FeeRow) {
            return report.fees();
        }
        throw new IllegalArgumentException("unknown row " + row);
    }

    /** The cell at an address. */
    public static Cell get(AnnualReport report, CellRef ref) {
        return row(report, ref.row()).get(ref.row().columns().indexOf(ref.column()));
    }

    /** A copy of the report with one cell replaced. */
    public static AnnualReport with(AnnualReport report, CellRef ref, Cell cell) {
        List<Cell> cells = new ArrayList<>(row(report, ref.row()));
        cells.set(ref.row().columns().indexOf(ref.column()), cell);
        return withRow(report, ref.row(), cells);
    }

    /** A copy of the report where a row was not reported at all. */
    public static AnnualReport withoutRow(AnnualReport report, CatalogRow row) {
        return withRow(report, row, Collections.nCopies(row.columns().size(), Cell.notReported()));
    }

    /** A copy of the report with one row's cells replaced (in the row's column order). */
    public static AnnualReport withRow(AnnualReport report, CatalogRow row, List<Cell> cells) {
        if (row instanceof Table2Row r) {
            return report.toBuilder().table2(withTable2Row(report.table2(), r, cells)).build();
        }
        if (row instanceof Table3Row r) {
            return report.toBuilder().table3(report.table3().withRow(r, ApplicantCounts.fromCells(cells))).build();
        }
        if (row instanceof Table4Row r) {
            return report.toBuilder().table4(report.table4().withRow(r, ReviewOutcomes.fromCells(cells))).build();
        }
        if (row instanceof FeeRow) {
            FeeBlock f = report.fees();
            return report.toBuilder().fees(new FeeBlock(cells.get(FeeItem.NOTICES.ordinal()),
                    cells.get(FeeItem.AMOUNT_NOTIFIED.ordinal()), cells.get(FeeItem.AMOUNT_COLLECTED.ordinal()),
                    f.unit())).build();
        }
        throw new IllegalArgumentException("unknown row " + row);
    }

    /**
     * A copy of table 2 with one row's cells replaced, keeping the units of money; a money row that is no longer
     * reported at all gets {@link MoneyUnit#UNSPECIFIED}, as a reader that never saw it gives it (a unit is never
     * invented).
     */
    public static Table2 withTable2Row(Table2 table, Table2Row row, List<Cell> cells) {
        Map<Table2Row, List<Cell>> rows = new EnumMap<>(Table2Row.class);
        table.rows().forEach((r, c) -> rows.put(r, c.cells()));
        rows.put(row, List.copyOf(cells));
        Map<Table2Row, MoneyUnit> units = units(table);
        if (cells.stream().noneMatch(Cell::isReported)) {
            units.computeIfPresent(row, (r, u) -> MoneyUnit.UNSPECIFIED);
        }
        return Table2.fromRows(table.edition(), rows, units);
    }

    /** The units of the money rows of a table 2. */
    public static Map<Table2Row, MoneyUnit> units(Table2 table) {
        Map<Table2Row, MoneyUnit> units = new EnumMap<>(Table2Row.class);
        if (table instanceof Table2Edition2021 t) {
            units.put(Table2Row.FEES_2021, t.fees().unit());
        } else if (table instanceof Table2Edition2019 t) {
            units.put(Table2Row.PROCUREMENT_2019, t.procurement().unit());
        }
        return units;
    }

    /** Whether a row of the catalog can be used by a report of an edition (template rows, and （六） single row). */
    public static boolean rowBelongs(CatalogRow row, Edition edition) {
        return io.github.ogireport.catalog.Catalog.rows(edition).contains(row);
    }
}
