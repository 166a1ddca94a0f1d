package io.github.ogireport.catalog;

import java.util.List;

/** The five outcome columns of each group of table 4. */
public enum Table4Column implements CatalogColumn {
    /** 结果维持. */
    UPHELD("upheld", "结果维持", "Upheld"),
    /** 结果纠正. */
    CORRECTED("corrected", "结果纠正", "Corrected"),
    /** 其他结果. */
    OTHER("other", "其他结果", "Other result"),
    /** 尚未审结. */
    PENDING("pending", "尚未审结", "Pending"),
    /** 总计. */
    TOTAL("total", "总计", "Total");

    private final String id;
    private final String labelZh;
    private final String nameEn;

    Table4Column(String id, String labelZh, String nameEn) {
        this.id = id;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** The four columns whose sum is {@link #TOTAL}. */
    public static List<Table4Column> addends() {
        return ADDENDS;
    }

    private static final List<Table4Column> ADDENDS = List.of(UPHELD, CORRECTED, OTHER, PENDING);
}
