package io.github.ogireport.rules;

/**
 * The ids of every rule ogi-report checks. The hard rules and series rules carry the ids of FORMAT.md exactly;
 * the plausibility checks are ogi-report's own.
 */
public enum RuleId {
    /** For each column: 一 + 二 = （七）总计 + 四. */
    T3_BALANCE("T3-BALANCE", Severity.ERROR, "表三各列：第一项加第二项之和，等于第三项加第四项之和",
            "Table 3, each column: item 1 + item 2 = item 3 total + item 4"),
    /** For each row of table 3: 总计 = the sum of the six applicant columns. */
    T3_ROW_TOTAL("T3-ROW-TOTAL", Severity.ERROR, "表三各行：总计等于自然人与五类法人或其他组织之和",
            "Table 3, each row: total = sum of the six applicant columns"),
    /** For each column: （七）总计 = the sum of every outcome row. */
    T3_OUTCOME_TOTAL("T3-OUTCOME-TOTAL", Severity.ERROR, "表三各列：（七）总计等于（一）至（六）各项之和",
            "Table 3, each column: (7) total = sum of outcome rows (1) to (6)"),
    /** For each group of table 4: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    T4_TOTAL("T4-TOTAL", Severity.ERROR, "表四各组：总计等于结果维持、结果纠正、其他结果、尚未审结之和",
            "Table 4, each group: total = upheld + corrected + other + pending"),
    /** Every count and amount is ≥ 0, except 2019's 本年增/减. */
    NON_NEGATIVE("NON-NEGATIVE", Severity.ERROR, "各项数量和金额不得为负数（2019年版本年增/减除外）",
            "Every count and amount is non-negative (except the 2019 change column)"),
    /** Every count (all cells but amounts of money) is a whole number. ogi-report's own rule. */
    INTEGER_COUNT("INTEGER-COUNT", Severity.ERROR, "各项件数、数量须为整数", "Every count is a whole number"),
    /** Year N's 二、上年结转 = year N-1's 四、结转下年度继续办理. */
    SERIES_CARRY("SERIES-CARRY", Severity.WARNING, "本年上年结转数应等于上一年度结转下年度数",
            "This year's carried-over applications equal last year's carried-to-next-year"),
    /** Year N's 现行有效件数 = year N-1's 现行有效件数 + 本年制发件数 − 本年废止件数. */
    SERIES_STOCK("SERIES-STOCK", Severity.WARNING, "现行有效件数应等于上年现行有效件数加本年制发件数减本年废止件数",
            "In force = last year's in force + issued − repealed"),
    /** The report year lies in the future. */
    YEAR_IN_FUTURE("PLAUS-YEAR-FUTURE", Severity.WARNING, "报告年度晚于当前年度", "The report year is in the future"),
    /** The stated statistics period is not the report year. */
    PERIOD_NOT_REPORT_YEAR("PLAUS-PERIOD", Severity.WARNING, "统计期限不是报告年度的1月1日至12月31日",
            "The statistics period is not 1 January to 31 December of the report year"),
    /** The edition of the layout does not match the report year. */
    EDITION_MISMATCH("PLAUS-EDITION", Severity.WARNING, "表格版式与报告年度应使用的版式不一致",
            "The layout edition does not match the report year"),
    /** Every cell of the three tables is blank, a placeholder or not reported. */
    ALL_BLANK("PLAUS-ALL-BLANK", Severity.WARNING, "三张统计表均未填写数字", "No table has any number"),
    /** A rule could not be checked because cells it involves were not reported. */
    INCOMPLETE("PLAUS-INCOMPLETE", Severity.WARNING, "部分单元格未报告，相关勾稽关系无法核对",
            "Cells were not reported, so a rule could not be checked");

    private final String id;
    private final Severity defaultSeverity;
    private final String descriptionZh;
    private final String descriptionEn;

    RuleId(String id, Severity defaultSeverity, String descriptionZh, String descriptionEn) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    /** The id as written in FORMAT.md and in findings, e.g. {@code T3-BALANCE}. */
    public String id() {
        return id;
    }

    /** The severity of a violation of this rule. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the rule says, in Chinese. */
    public String descriptionZh() {
        return descriptionZh;
    }

    /** What the rule says, in English. */
    public String descriptionEn() {
        return descriptionEn;
    }

    /** The message key of this rule in {@code ContributorValidationMessages}. */
    public String messageKey() {
        return "io.github.ogireport.rule." + id;
    }

    /**
     * The rule with the given id.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public static RuleId ofId(String id) {
        for (RuleId r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule id: " + id);
    }

    @Override
    public String toString() {
        return id;
    }
}
