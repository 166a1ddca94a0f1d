package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.rules.IntegerCounts;
import io.github.ogireport.rules.NonNegative;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Table 2, 二、主动公开政府信息情况: one record type per edition.
 *
 * <p>Rows the source did not report have every cell {@link Cell#NOT_REPORTED}. Use {@link #row(Table2Row)} and
 * {@link #fromRows(Edition, Map, Map)} to address rows through the catalog.
 */
@NonNegative
@IntegerCounts
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "edition")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Table2Edition2021.class, name = "2021"),
        @JsonSubTypes.Type(value = Table2Edition2019.class, name = "2019")})
public sealed interface Table2 permits Table2Edition2021, Table2Edition2019 {

    /** The edition of this table. */
    @JsonIgnore
    Edition edition();

    /**
     * The row the catalog names.
     *
     * @throws IllegalArgumentException if the row belongs to the other edition
     */
    CellRow row(Table2Row row);

    /** The cell at a row and column of the catalog. */
    default Cell cell(Table2Row row, Table2Column column) {
        int i = row.columns().indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column + " is not a column of " + row.id());
        }
        return row(row).cells().get(i);
    }

    /** Every row of this edition, in template order, reported or not. */
    default Map<Table2Row, CellRow> rows() {
        Map<Table2Row, CellRow> m = new LinkedHashMap<>();
        for (Table2Row r : Table2Row.rowsOf(edition())) {
            m.put(r, row(r));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A table of the edition whose every row is "not reported". */
    static Table2 notReported(Edition edition) {
        return fromRows(edition, Map.of(), Map.of());
    }

    /**
     * A table from rows addressed by the catalog; rows absent from the map are "not reported".
     *
     * @param edition the edition
     * @param rows    cells per row, in the row's column order
     * @param units   the unit of money rows (fees 2021, procurement 2019); absent means 万元 for 2021 fees and
     *                {@link MoneyUnit#UNSPECIFIED} for 2019 procurement
     * @return the table
     * @throws IllegalArgumentException if a row belongs to the other edition or has the wrong number of cells
     */
    static Table2 fromRows(Edition edition, Map<Table2Row, List<Cell>> rows, Map<Table2Row, MoneyUnit> units) {
        Objects.requireNonNull(edition, "edition");
        for (Table2Row r : rows.keySet()) {
            if (r.edition() != edition) {
                throw new IllegalArgumentException(r.id() + " is not a row of the " + edition.id() + " edition");
            }
        }
        return edition == Edition.V2021
                ? Table2Edition2021.fromRows(rows, units)
                : Table2Edition2019.fromRows(rows, units);
    }
}
