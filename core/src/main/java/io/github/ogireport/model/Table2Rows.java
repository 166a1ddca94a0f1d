package io.github.ogireport.model;

import io.github.ogireport.catalog.Table2Row;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Helpers of the table-2 records' factories. */
final class Table2Rows {

    private Table2Rows() {
    }

    /** Cells for a row: the given list, or all "not reported". */
    static List<Cell> cellsOf(Map<Table2Row, List<Cell>> rows, Table2Row row) {
        List<Cell> c = rows.get(row);
        if (c == null) {
            return Collections.nCopies(row.columns().size(), Cell.NOT_REPORTED);
        }
        return CellRow.requireSize(c, row.columns().size(), row.id());
    }
}
