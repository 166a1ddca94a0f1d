package io.github.ogireport.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole catalog: every row and cell of an edition, and the lookup from a cell's JSON Pointer to its address.
 * Thread-safe; all lists are immutable.
 */
public final class Catalog {

    /** The fixed end of every report's title, {@code <agency><year>年政府信息公开工作年度报告}. */
    public static final String TITLE_SUFFIX_ZH = "年政府信息公开工作年度报告";

    private static final Map<Edition, List<CatalogRow>> ROWS = new EnumMap<>(Edition.class);
    private static final Map<Edition, Map<String, CellRef>> BY_POINTER = new EnumMap<>(Edition.class);
    private static final Map<Edition, List<CellRef>> CELLS = new EnumMap<>(Edition.class);
    private static final Map<CatalogRow, List<CellRef>> ROW_CELLS = new HashMap<>();

    static {
        for (Edition e : Edition.values()) {
            List<CatalogRow> rows = new ArrayList<>();
            rows.addAll(Table2Row.rowsOf(e));
            rows.addAll(Table3Row.rowsOf(e));
            // a 2021-era report may still use the 2019 single row （六）其他处理, so both editions can address it
            if (e == Edition.V2021) {
                rows.add(rows.indexOf(Table3Row.OTHER_NO_CORRECTION), Table3Row.OTHER_HANDLING_TOTAL);
            }
            rows.addAll(List.of(Table4Row.values()));
            rows.add(FeeRow.FEES);
            ROWS.put(e, List.copyOf(rows));
            Map<String, CellRef> byPointer = new HashMap<>();
            List<CellRef> cells = new ArrayList<>();
            for (CatalogRow r : rows) {
                for (CellRef ref : ROW_CELLS.computeIfAbsent(r, Catalog::newCellsOf)) {
                    byPointer.put(ref.pointer(), ref);
                    cells.add(ref);
                }
            }
            BY_POINTER.put(e, Collections.unmodifiableMap(byPointer));
            CELLS.put(e, List.copyOf(cells));
        }
    }

    private Catalog() {
    }

    /**
     * Every row an edition's report can have, in template order: table 2, table 3, table 4, the fee block. For the
     * 2021 edition this includes the 2019 single row （六）其他处理, which 2021-era reports sometimes still use.
     */
    public static List<CatalogRow> rows(Edition edition) {
        return ROWS.get(edition);
    }

    /** Every cell address of an edition, in template order. */
    public static List<CellRef> cells(Edition edition) {
        return CELLS.get(edition);
    }

    /**
     * The cell addresses of one row, in the order of {@link CatalogRow#columns()}: the same shared immutable list on
     * every call for the rows of the catalog.
     */
    public static List<CellRef> cells(CatalogRow row) {
        List<CellRef> cells = ROW_CELLS.get(row);
        return cells != null ? cells : newCellsOf(row);
    }

    private static List<CellRef> newCellsOf(CatalogRow row) {
        List<CellRef> out = new ArrayList<>();
        for (CatalogColumn c : row.columns()) {
            out.add(new CellRef(row, c));
        }
        return List.copyOf(out);
    }

    /**
     * The cell at a JSON Pointer of the canonical JSON, e.g. {@code /table3/outcomes/total/naturalPerson}.
     *
     * @param pointer the pointer
     * @param edition the edition of the report (table 2 differs between editions)
     * @return the cell, or empty if the pointer names no cell
     */
    public static Optional<CellRef> cellAt(String pointer, Edition edition) {
        return Optional.ofNullable(BY_POINTER.get(edition).get(pointer));
    }
}
