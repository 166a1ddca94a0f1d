package io.github.ogireport.catalog;

/** The value columns of table 2 in both editions. */
public enum Table2Column implements CatalogColumn {
    /** 2021: 本年制发件数. */
    ISSUED("issued", "本年制发件数", "Issued this year"),
    /** 2021: 本年废止件数. */
    REPEALED("repealed", "本年废止件数", "Repealed this year"),
    /** 2021: 现行有效件数. */
    IN_FORCE("inForce", "现行有效件数", "In force"),
    /** 2021: 本年处理决定数量. */
    DECISIONS("decisions", "本年处理决定数量", "Decisions this year"),
    /** 2021: 本年收费金额（单位：万元）. */
    FEE_AMOUNT("amount", "本年收费金额（单位：万元）", "Fees collected this year (10,000 yuan)"),
    /** 2019: 本年新制作数量. */
    PRODUCED("produced", "本年新制作数量", "Newly produced this year"),
    /** 2019: 本年新公开数量. */
    NEWLY_PUBLISHED("published", "本年新公开数量", "Newly published this year"),
    /** 2019: 对外公开总数量. */
    TOTAL_PUBLISHED("totalPublished", "对外公开总数量", "Total published"),
    /** 2019: 上一年项目数量. */
    PREVIOUS_YEAR_ITEMS("previousYearItems", "上一年项目数量", "Items last year"),
    /** 2019: 本年增/减 (signed). */
    CHANGE("change", "本年增/减", "Change this year"),
    /** 2019: 处理决定数量. */
    DECISIONS_2019("decisions", "处理决定数量", "Decisions"),
    /** 2019: 采购项目数量. */
    PROCUREMENT_PROJECTS("projects", "采购项目数量", "Procurement projects"),
    /** 2019: 采购总金额. */
    PROCUREMENT_AMOUNT("amount", "采购总金额", "Procurement amount");

    private final String jsonName;
    private final String labelZh;
    private final String nameEn;

    Table2Column(String jsonName, String labelZh, String nameEn) {
        this.jsonName = jsonName;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
    }

    @Override
    public String id() {
        return jsonName;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** Whether a negative value is allowed (only 2019's 本年增/减). */
    public boolean signed() {
        return this == CHANGE;
    }

    /** Whether the column holds an amount of money rather than a count. */
    public boolean monetary() {
        return this == FEE_AMOUNT || this == PROCUREMENT_AMOUNT;
    }
}
