package io.github.ogireport.catalog;

/** The six sections of the report, with their verbatim template headings. */
public enum Section {
    /** 一、总体情况. */
    OVERVIEW("一、总体情况", "Overview"),
    /** 二、主动公开政府信息情况 (table 2). */
    PROACTIVE_DISCLOSURE("二、主动公开政府信息情况", "Proactive disclosure"),
    /** 三、收到和处理政府信息公开申请情况 (table 3). */
    APPLICATIONS("三、收到和处理政府信息公开申请情况", "Applications received and handled"),
    /** 四、政府信息公开行政复议、行政诉讼情况 (table 4). */
    REVIEWS_AND_LAWSUITS("四、政府信息公开行政复议、行政诉讼情况", "Administrative reviews and lawsuits"),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS("五、存在的主要问题及改进情况", "Main problems and improvements"),
    /** 六、其他需要报告的事项. */
    OTHER_MATTERS("六、其他需要报告的事项", "Other matters to report");

    private final String headingZh;
    private final String nameEn;

    Section(String headingZh, String nameEn) {
        this.headingZh = headingZh;
        this.nameEn = nameEn;
    }

    /** The verbatim template heading. */
    public String headingZh() {
        return headingZh;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }
}
