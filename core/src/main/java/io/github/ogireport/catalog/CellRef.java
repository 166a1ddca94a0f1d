package io.github.ogireport.catalog;

import java.util.Objects;

/**
 * The stable address of one cell: a row and a column of the catalog.
 *
 * @param row    the row
 * @param column the column, one of {@code row.columns()}
 */
public record CellRef(CatalogRow row, CatalogColumn column) {

    /**
     * Creates a cell reference.
     *
     * @throws IllegalArgumentException if the column is not one of the row's columns
     */
    public CellRef {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        if (!row.columns().contains(column)) {
            throw new IllegalArgumentException(column + " is not a column of " + row.id());
        }
    }

    /** JSON Pointer of the cell in the canonical JSON, e.g. {@code /table3/outcomes/withheld/processInformation/total}. */
    public String pointer() {
        return row.pointer() + "/" + column.jsonName();
    }

    /** Dotted property path of the cell, as Bean Validation reports it, e.g. {@code table3.outcomes.total.naturalPerson}. */
    public String propertyPath() {
        return pointer().substring(1).replace('/', '.');
    }

    /** Human label in Chinese, e.g. {@code 表三 三、（三）6.属于四类过程性信息 · 总计}. */
    public String labelZh() {
        return row.table().shortZh() + " " + row.qualifiedLabelZh() + " · " + column.labelZh();
    }

    /** Human label in English, e.g. {@code Table 3 Withheld: process information · Total}. */
    public String labelEn() {
        return row.table().shortEn() + " " + row.nameEn() + " · " + column.nameEn();
    }

    @Override
    public String toString() {
        return pointer();
    }
}
