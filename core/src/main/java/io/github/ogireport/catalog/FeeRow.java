package io.github.ogireport.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The fee block as a catalog row, so that its cells have addresses like every table cell. */
public enum FeeRow implements CatalogRow {
    /** 信息处理费收取情况. */
    FEES;

    @Override
    public String id() {
        return "fees";
    }

    @Override
    public TableId table() {
        return TableId.FEES;
    }

    @Override
    public String labelZh() {
        return FeeItem.CAPTION_ZH;
    }

    @Override
    public String qualifiedLabelZh() {
        return "六、" + FeeItem.CAPTION_ZH;
    }

    @Override
    public String nameEn() {
        return "Information processing fees";
    }

    @Override
    public String pointer() {
        return "/fees";
    }

    @Override
    public List<FeeItem> columns() {
        return List.of(FeeItem.values());
    }

    @Override
    public Set<Edition> editions() {
        return EnumSet.allOf(Edition.class);
    }
}
