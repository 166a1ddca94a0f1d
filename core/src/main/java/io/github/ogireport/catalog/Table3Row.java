package io.github.ogireport.catalog;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data rows of table 3 (25 in the 2021 edition, 23 in the 2019 edition), in template order.
 *
 * <p>{@link #OTHER_HANDLING_TOTAL} is the 2019 single row （六）其他处理; the 2021 edition replaces it with
 * {@link #OTHER_NO_CORRECTION}, {@link #OTHER_UNPAID_FEES} and {@link #OTHER_OTHER}.
 */
public enum Table3Row implements CatalogRow {
    /** 一、本年新收政府信息公开申请数量 — New applications this year. */
    NEW_APPLICATIONS(null, "newApplications", "一、本年新收政府信息公开申请数量", "New applications this year", Edition.values()),
    /** 二、上年结转政府信息公开申请数量 — Applications carried over from last year. */
    CARRIED_OVER(null, "carriedOver", "二、上年结转政府信息公开申请数量", "Applications carried over from last year", Edition.values()),
    /** （一）予以公开 — Disclosed. */
    DISCLOSED(Table3Group.OUTCOMES, "disclosed", "（一）予以公开", "Disclosed", Edition.values()),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形） — Partially disclosed. */
    PARTIALLY_DISCLOSED(Table3Group.OUTCOMES, "partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "Partially disclosed", Edition.values()),
    /** 1.属于国家秘密 — Withheld: state secret. */
    WITHHELD_STATE_SECRET(Table3Group.WITHHELD, "stateSecret", "1.属于国家秘密", "Withheld: state secret", Edition.values()),
    /** 2.其他法律行政法规禁止公开 — Withheld: prohibited by other laws. */
    WITHHELD_PROHIBITED_BY_LAW(Table3Group.WITHHELD, "prohibitedByLaw", "2.其他法律行政法规禁止公开", "Withheld: prohibited by other laws", Edition.values()),
    /** 3.危及“三安全一稳定” — Withheld: endangers the three securities and stability. */
    WITHHELD_SECURITY_STABILITY(Table3Group.WITHHELD, "securityAndStability", "3.危及“三安全一稳定”", "Withheld: endangers the three securities and stability", Edition.values()),
    /** 4.保护第三方合法权益 — Withheld: protects third-party rights. */
    WITHHELD_THIRD_PARTY(Table3Group.WITHHELD, "thirdPartyRights", "4.保护第三方合法权益", "Withheld: protects third-party rights", Edition.values()),
    /** 5.属于三类内部事务信息 — Withheld: internal affairs. */
    WITHHELD_INTERNAL_AFFAIRS(Table3Group.WITHHELD, "internalAffairs", "5.属于三类内部事务信息", "Withheld: internal affairs", Edition.values()),
    /** 6.属于四类过程性信息 — Withheld: process information. */
    WITHHELD_PROCESS_INFORMATION(Table3Group.WITHHELD, "processInformation", "6.属于四类过程性信息", "Withheld: process information", Edition.values()),
    /** 7.属于行政执法案卷 — Withheld: enforcement case files. */
    WITHHELD_ENFORCEMENT_FILES(Table3Group.WITHHELD, "enforcementFiles", "7.属于行政执法案卷", "Withheld: enforcement case files", Edition.values()),
    /** 8.属于行政查询事项 — Withheld: administrative query. */
    WITHHELD_ADMINISTRATIVE_QUERY(Table3Group.WITHHELD, "administrativeQuery", "8.属于行政查询事项", "Withheld: administrative query", Edition.values()),
    /** 1.本机关不掌握相关政府信息 — Unable: not held by this body. */
    UNABLE_NOT_HELD(Table3Group.UNABLE_TO_PROVIDE, "notHeld", "1.本机关不掌握相关政府信息", "Unable: not held by this body", Edition.values()),
    /** 2.没有现成信息需要另行制作 — Unable: would need to be created. */
    UNABLE_NEEDS_CREATION(Table3Group.UNABLE_TO_PROVIDE, "needsCreation", "2.没有现成信息需要另行制作", "Unable: would need to be created", Edition.values()),
    /** 3.补正后申请内容仍不明确 — Unable: still unclear after correction. */
    UNABLE_STILL_UNCLEAR(Table3Group.UNABLE_TO_PROVIDE, "stillUnclear", "3.补正后申请内容仍不明确", "Unable: still unclear after correction", Edition.values()),
    /** 1.信访举报投诉类申请 — Not processed: petitions and complaints. */
    NOT_PROCESSED_COMPLAINTS(Table3Group.NOT_PROCESSED, "complaints", "1.信访举报投诉类申请", "Not processed: petitions and complaints", Edition.values()),
    /** 2.重复申请 — Not processed: repeated application. */
    NOT_PROCESSED_REPEATED(Table3Group.NOT_PROCESSED, "repeated", "2.重复申请", "Not processed: repeated application", Edition.values()),
    /** 3.要求提供公开出版物 — Not processed: published material requested. */
    NOT_PROCESSED_PUBLICATIONS(Table3Group.NOT_PROCESSED, "publications", "3.要求提供公开出版物", "Not processed: published material requested", Edition.values()),
    /** 4.无正当理由大量反复申请 — Not processed: excessive repeated applications. */
    NOT_PROCESSED_EXCESSIVE(Table3Group.NOT_PROCESSED, "excessive", "4.无正当理由大量反复申请", "Not processed: excessive repeated applications", Edition.values()),
    /** 5.要求行政机关确认或重新出具已获取信息 — Not processed: confirmation of information already obtained. */
    NOT_PROCESSED_CONFIRMATION(Table3Group.NOT_PROCESSED, "confirmation", "5.要求行政机关确认或重新出具已获取信息", "Not processed: confirmation of information already obtained", Edition.values()),
    /** （六）其他处理 — Other handling (single row). */
    OTHER_HANDLING_TOTAL(Table3Group.OTHER_HANDLING, "total", "（六）其他处理", "Other handling (single row)", Edition.V2019),
    /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 — Other: applicant did not correct in time. */
    OTHER_NO_CORRECTION(Table3Group.OTHER_HANDLING, "noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "Other: applicant did not correct in time", Edition.V2021),
    /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 — Other: applicant did not pay the fee in time. */
    OTHER_UNPAID_FEES(Table3Group.OTHER_HANDLING, "unpaidFees", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "Other: applicant did not pay the fee in time", Edition.V2021),
    /** 3.其他 — Other: other. */
    OTHER_OTHER(Table3Group.OTHER_HANDLING, "other", "3.其他", "Other: other", Edition.V2021),
    /** （七）总计 — Outcomes total. */
    OUTCOME_TOTAL(Table3Group.OUTCOMES, "total", "（七）总计", "Outcomes total", Edition.values()),
    /** 四、结转下年度继续办理 — Carried over to next year. */
    CARRIED_TO_NEXT_YEAR(null, "carriedToNextYear", "四、结转下年度继续办理", "Carried over to next year", Edition.values());

    private final Table3Group group;
    private final String jsonName;
    private final String labelZh;
    private final String nameEn;
    private final Set<Edition> editions;

    Table3Row(Table3Group group, String jsonName, String labelZh, String nameEn, Edition... editions) {
        this.group = group;
        this.jsonName = jsonName;
        this.labelZh = labelZh;
        this.nameEn = nameEn;
        this.editions = EnumSet.copyOf(Arrays.asList(editions));
    }

    @Override
    public String id() {
        return pointer().substring(1).replace('/', '.');
    }

    @Override
    public TableId table() {
        return TableId.TABLE3;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String qualifiedLabelZh() {
        if (group == null) {
            return labelZh;
        }
        if (this == OTHER_HANDLING_TOTAL) {
            return "三、" + labelZh;
        }
        return group.qualifiedPrefix() + labelZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    @Override
    public String pointer() {
        return (group == null ? "/table3" : group.pointer()) + "/" + jsonName;
    }

    @Override
    public List<ApplicantColumn> columns() {
        return COLUMNS;
    }

    @Override
    public Set<Edition> editions() {
        return EnumSet.copyOf(editions);
    }

    /** Whether the template of the edition has this row. */
    public boolean inEdition(Edition edition) {
        return editions.contains(edition);
    }

    /** The label group this row sits in, if any. */
    public java.util.Optional<Table3Group> group() {
        return java.util.Optional.ofNullable(group);
    }

    /** JSON property name of the row inside its group object. */
    public String jsonName() {
        return jsonName;
    }

    /** The rows of an edition's template, in template order. */
    public static List<Table3Row> rowsOf(Edition edition) {
        return edition == Edition.V2021 ? ROWS_2021 : ROWS_2019;
    }

    /** The outcome rows whose sum is （七）总计 in the edition's template. */
    public static List<Table3Row> outcomeAddendsOf(Edition edition) {
        return rowsOf(edition).stream()
                .filter(r -> r.group != null && r != OUTCOME_TOTAL)
                .toList();
    }

    private static final List<ApplicantColumn> COLUMNS = List.of(ApplicantColumn.values());
    private static final List<Table3Row> ROWS_2021 = Arrays.stream(values()).filter(r -> r.editions.contains(Edition.V2021)).toList();
    private static final List<Table3Row> ROWS_2019 = Arrays.stream(values()).filter(r -> r.editions.contains(Edition.V2019)).toList();
}
