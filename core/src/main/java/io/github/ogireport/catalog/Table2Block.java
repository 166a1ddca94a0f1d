package io.github.ogireport.catalog;

/** The captioned blocks of table 2, one per item of Article 20 of the regulations. */
public enum Table2Block {
    /** 第二十条第（一）项. */
    ITEM_1("第二十条第（一）项", "Article 20 item (1)"),
    /** 第二十条第（五）项. */
    ITEM_5("第二十条第（五）项", "Article 20 item (5)"),
    /** 第二十条第（六）项. */
    ITEM_6("第二十条第（六）项", "Article 20 item (6)"),
    /** 第二十条第（八）项. */
    ITEM_8("第二十条第（八）项", "Article 20 item (8)"),
    /** 第二十条第（九）项 (2019 edition only). */
    ITEM_9("第二十条第（九）项", "Article 20 item (9)");

    /** The header of the label column in every block. */
    public static final String CONTENT_HEADER_ZH = "信息内容";

    private final String captionZh;
    private final String nameEn;

    Table2Block(String captionZh, String nameEn) {
        this.captionZh = captionZh;
        this.nameEn = nameEn;
    }

    /** The verbatim block caption. */
    public String captionZh() {
        return captionZh;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }
}
