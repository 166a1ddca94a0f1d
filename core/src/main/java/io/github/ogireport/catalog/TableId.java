package io.github.ogireport.catalog;

/** The three statistical tables of the report, and the fee block that section 六 reports. */
public enum TableId {
    /** 二、主动公开政府信息情况. */
    TABLE2("表二", "Table 2", "二、主动公开政府信息情况", "Proactive disclosure", "table2"),
    /** 三、收到和处理政府信息公开申请情况. */
    TABLE3("表三", "Table 3", "三、收到和处理政府信息公开申请情况", "Applications received and handled", "table3"),
    /** 四、政府信息公开行政复议、行政诉讼情况. */
    TABLE4("表四", "Table 4", "四、政府信息公开行政复议、行政诉讼情况", "Administrative reviews and lawsuits", "table4"),
    /** The information-processing-fee block of section 六 (not a template table; see {@link FeeItem}). */
    FEES("信息处理费", "Fees", "六、其他需要报告的事项", "Information processing fees", "fees");

    private final String shortZh;
    private final String shortEn;
    private final String headingZh;
    private final String nameEn;
    private final String jsonName;

    TableId(String shortZh, String shortEn, String headingZh, String nameEn, String jsonName) {
        this.shortZh = shortZh;
        this.shortEn = shortEn;
        this.headingZh = headingZh;
        this.nameEn = nameEn;
        this.jsonName = jsonName;
    }

    /** Short Chinese name, e.g. {@code 表三}. */
    public String shortZh() {
        return shortZh;
    }

    /** Short English name, e.g. {@code Table 3}. */
    public String shortEn() {
        return shortEn;
    }

    /** The verbatim section heading that introduces the table. */
    public String headingZh() {
        return headingZh;
    }

    /** English name of the table. */
    public String nameEn() {
        return nameEn;
    }

    /** The property name of the table in the canonical JSON. */
    public String jsonName() {
        return jsonName;
    }
}
