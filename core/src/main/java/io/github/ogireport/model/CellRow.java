package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** A row of cells of a statistical table, in the catalog's column order. */
public interface CellRow {

    /** The row's cells in the catalog's column order (see {@link io.github.ogireport.catalog.CatalogRow#columns()}). */
    @JsonIgnore
    List<Cell> cells();

    /** Whether the source reported at least one cell of this row; a row that is missing entirely returns false. */
    @JsonIgnore
    default boolean isReported() {
        for (Cell c : cells()) {
            if (c.isReported()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell of this row was reported. */
    @JsonIgnore
    default boolean isComplete() {
        for (Cell c : cells()) {
            if (!c.isReported()) {
                return false;
            }
        }
        return true;
    }

    /** Checks that a list of cells has the expected size, for the rows' {@code fromCells} factories. */
    static List<Cell> requireSize(List<Cell> cells, int size, String row) {
        if (cells.size() != size) {
            throw new IllegalArgumentException(row + " has " + size + " cells, got " + cells.size());
        }
        return cells.stream().map(Cell::orNotReported).toList();
    }
}
