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
            for (CatalogRow r : rows) {
                for (CatalogColumn c : r.columns()) {
                    CellRef ref = new CellRef(r, c);
                    byPointer.put(ref.pointer(), ref);
                }
            }
            BY_POINTER.put(e, Collections.unmodifiableMap(byPointer));
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
        List<CellRef> out = new ArrayList<>();
        for (CatalogRow r : rows(edition)) {
            for (CatalogColumn c : r.columns()) {
                out.add(new CellRef(r, c));
            }
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
