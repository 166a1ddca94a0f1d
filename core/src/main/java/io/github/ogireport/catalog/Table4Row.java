package io.github.ogireport.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The three groups of table 4, each a row of five cells in the canonical model. */
public enum Table4Row implements CatalogRow {
    /** 行政复议. */
    ADMINISTRATIVE_REVIEW("administrativeReview", null, "行政复议", "Administrative review"),
    /** 行政诉讼 · 未经复议直接起诉. */
    LITIGATION_WITHOUT_REVIEW("litigationWithoutReview", "行政诉讼", "未经复议直接起诉", "Lawsuit without prior review"),
    /** 行政诉讼 · 复议后起诉. */
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼", "复议后起诉", "Lawsuit after review");

    /** The header spanning both litigation groups. */
    public static final String LITIGATION_HEADER_ZH = "行政诉讼";

    private final String jsonName;
    private final String parentLabelZh;
    private final String labelZh;
    private final String nameEn;

    Table4Row(String jsonName, String parentLabelZh, String labelZh, String nameEn) {
        this.jsonName = jsonName;
        this.parentLabelZh = parentLabelZh;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
    }

    @Override
    public String id() {
        return "table4." + jsonName;
    }

    @Override
    public TableId table() {
        return TableId.TABLE4;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    /** The header above this group's header, {@code 行政诉讼} for the litigation groups. */
    public Optional<String> parentLabelZh() {
        return Optional.ofNullable(parentLabelZh);
    }

    @Override
    public String qualifiedLabelZh() {
        return parentLabelZh == null ? labelZh : parentLabelZh + "（" + labelZh + "）";
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public String pointer() {
        return "/table4/" + jsonName;
    }

    /** JSON property name of the group object. */
    public String jsonName() {
        return jsonName;
    }

    @Override
    public List<Table4Column> columns() {
        return COLUMNS;
    }

    @Override
    public Set<Edition> editions() {
        return EnumSet.allOf(Edition.class);
    }

    private static final List<Table4Column> COLUMNS = List.of(Table4Column.values());
}
