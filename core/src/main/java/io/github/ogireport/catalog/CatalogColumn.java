package io.github.ogireport.catalog;

/** A column of one of the statistical tables, as the catalog names it. */
public interface CatalogColumn {
    /** Stable id, unique within its table, e.g. {@code naturalPerson}. Equal to the JSON property name. */
    String id();

    /** The verbatim official Chinese header. */
    String labelZh();

    /** English name. */
    String nameEn();

    /** The JSON property name of the cell inside its row object. */
    default String jsonName() {
        return id();
    }
}
