package io.github.ogireport.catalog;

import java.util.List;
import java.util.Set;

/** A data row of one of the statistical tables, as the catalog names it. */
public interface CatalogRow {
    /** Stable id, unique across the catalog, e.g. {@code table3.outcomes.withheld.processInformation}. */
    String id();

    /** The table this row belongs to. */
    TableId table();

    /** The verbatim official Chinese label printed in the row's label cell, e.g. {@code 6.属于四类过程性信息}. */
    String labelZh();

    /**
     * The row's label with its parents, for humans, e.g. {@code 三、（三）6.属于四类过程性信息}.
     */
    String qualifiedLabelZh();

    /** English name. */
    String nameEn();

    /** JSON Pointer of the row object in the canonical JSON, e.g. {@code /table3/outcomes/withheld/processInformation}. */
    String pointer();

    /** The columns of this row in template order. */
    List<? extends CatalogColumn> columns();

    /** The editions whose template has this row. */
    Set<Edition> editions();
}
