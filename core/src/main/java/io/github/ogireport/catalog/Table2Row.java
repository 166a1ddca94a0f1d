package io.github.ogireport.catalog;

import static io.github.ogireport.catalog.Table2Column.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The data rows of table 2 of both editions, in template order. */
public enum Table2Row implements CatalogRow {
    /** 规章 — Rules (2021 edition). */
    RULES_2021(Edition.V2021, Table2Block.ITEM_1, "rules", "规章", "Rules", ISSUED, REPEALED, IN_FORCE),
    /** 行政规范性文件 — Administrative normative documents (2021 edition). */
    NORMATIVE_DOCUMENTS_2021(Edition.V2021, Table2Block.ITEM_1, "normativeDocuments", "行政规范性文件", "Administrative normative documents", ISSUED, REPEALED, IN_FORCE),
    /** 行政许可 — Administrative licensing (2021 edition). */
    LICENSING_2021(Edition.V2021, Table2Block.ITEM_5, "licensing", "行政许可", "Administrative licensing", DECISIONS),
    /** 行政处罚 — Administrative penalties (2021 edition). */
    PENALTY_2021(Edition.V2021, Table2Block.ITEM_6, "penalty", "行政处罚", "Administrative penalties", DECISIONS),
    /** 行政强制 — Administrative coercion (2021 edition). */
    COERCION_2021(Edition.V2021, Table2Block.ITEM_6, "coercion", "行政强制", "Administrative coercion", DECISIONS),
    /** 行政事业性收费 — Administrative fees (2021 edition). */
    FEES_2021(Edition.V2021, Table2Block.ITEM_8, "fees", "行政事业性收费", "Administrative fees", FEE_AMOUNT),

    /** 规章 — Rules (2019 edition). */
    RULES_2019(Edition.V2019, Table2Block.ITEM_1, "rules", "规章", "Rules", PRODUCED, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
    /** 规范性文件 — Normative documents (2019 edition). */
    NORMATIVE_DOCUMENTS_2019(Edition.V2019, Table2Block.ITEM_1, "normativeDocuments", "规范性文件", "Normative documents", PRODUCED, NEWLY_PUBLISHED, TOTAL_PUBLISHED),
    /** 行政许可 — Administrative licensing (2019 edition). */
    LICENSING_2019(Edition.V2019, Table2Block.ITEM_5, "licensing", "行政许可", "Administrative licensing", PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS_2019),
    /** 其他对外管理服务事项 — Other external management services (2019 edition). */
    OTHER_SERVICES_2019(Edition.V2019, Table2Block.ITEM_5, "otherServices", "其他对外管理服务事项", "Other external management services", PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS_2019),
    /** 行政处罚 — Administrative penalties (2019 edition). */
    PENALTY_2019(Edition.V2019, Table2Block.ITEM_6, "penalty", "行政处罚", "Administrative penalties", PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS_2019),
    /** 行政强制 — Administrative coercion (2019 edition). */
    COERCION_2019(Edition.V2019, Table2Block.ITEM_6, "coercion", "行政强制", "Administrative coercion", PREVIOUS_YEAR_ITEMS, CHANGE, DECISIONS_2019),
    /** 行政事业性收费 — Administrative fees (2019 edition). */
    FEES_2019(Edition.V2019, Table2Block.ITEM_8, "fees", "行政事业性收费", "Administrative fees", PREVIOUS_YEAR_ITEMS, CHANGE),
    /** 政府集中采购 — Centralized government procurement (2019 edition). */
    PROCUREMENT_2019(Edition.V2019, Table2Block.ITEM_9, "procurement", "政府集中采购", "Centralized government procurement", PROCUREMENT_PROJECTS, PROCUREMENT_AMOUNT);

    private final Edition edition;
    private final Table2Block block;
    private final String jsonName;
    private final String labelZh;
    private final String nameEn;
    private final List<Table2Column> columns;

    Table2Row(Edition edition, Table2Block block, String jsonName, String labelZh, String nameEn, Table2Column... columns) {
        this.edition = edition;
        this.block = block;
        this.jsonName = jsonName;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
        this.columns = List.of(columns);
    }

    @Override
    public String id() {
        return "table2." + edition.id() + "." + jsonName;
    }

    @Override
    public TableId table() {
        return TableId.TABLE2;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String qualifiedLabelZh() {
        return block.captionZh() + " " + labelZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public String pointer() {
        return "/table2/" + jsonName;
    }

    /** JSON property name of the row object. */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public List<Table2Column> columns() {
        return columns;
    }

    @Override
    public Set<Edition> editions() {
        return EnumSet.of(edition);
    }

    /** The edition this row belongs to. */
    public Edition edition() {
        return edition;
    }

    /** The captioned block this row sits in. */
    public Table2Block block() {
        return block;
    }

    /** The rows of an edition's table 2, in template order. */
    public static List<Table2Row> rowsOf(Edition edition) {
        return edition == Edition.V2021 ? ROWS_2021 : ROWS_2019;
    }

    /** The blocks of an edition's table 2, in template order. */
    public static List<Table2Block> blocksOf(Edition edition) {
        return rowsOf(edition).stream().map(Table2Row::block).distinct().toList();
    }

    private static final List<Table2Row> ROWS_2021 = Arrays.stream(values()).filter(r -> r.edition == Edition.V2021).toList();
    private static final List<Table2Row> ROWS_2019 = Arrays.stream(values()).filter(r -> r.edition == Edition.V2019).toList();
}
