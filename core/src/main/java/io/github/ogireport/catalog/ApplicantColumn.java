package io.github.ogireport.catalog;

/** The seven applicant columns of table 3. */
public enum ApplicantColumn implements CatalogColumn {
    /** 自然人. */
    NATURAL_PERSON("naturalPerson", "自然人", "Natural persons"),
    /** 法人或其他组织 · 商业企业. */
    COMMERCIAL_ENTERPRISE("commercialEnterprise", "商业企业", "Commercial enterprises"),
    /** 法人或其他组织 · 科研机构. */
    RESEARCH_INSTITUTION("researchInstitution", "科研机构", "Research institutions"),
    /** 法人或其他组织 · 社会公益组织. */
    PUBLIC_INTEREST_ORGANIZATION("publicInterestOrganization", "社会公益组织", "Public-interest organizations"),
    /** 法人或其他组织 · 法律服务机构. */
    LEGAL_SERVICE_AGENCY("legalServiceAgency", "法律服务机构", "Legal service agencies"),
    /** 法人或其他组织 · 其他. */
    OTHER_ORGANIZATION("otherOrganization", "其他", "Other organizations"),
    /** 总计. */
    TOTAL("total", "总计", "Total");

    /** The header spanning the five organisation columns. */
    public static final String LEGAL_PERSONS_HEADER_ZH = "法人或其他组织";
    /** The header spanning all seven columns. */
    public static final String APPLICANTS_HEADER_ZH = "申请人情况";
    /** The verbatim note in the label area of table 3. */
    public static final String BALANCE_NOTE_ZH = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final String id;
    private final String labelZh;
    private final String nameEn;

    ApplicantColumn(String id, String labelZh, String nameEn) {
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

    /** Whether this is one of the five 法人或其他组织 columns. */
    public boolean isLegalPerson() {
        return this != NATURAL_PERSON && this != TOTAL;
    }

    /** The six columns whose sum is {@link #TOTAL}. */
    public static java.util.List<ApplicantColumn> addends() {
        return ADDENDS;
    }

    private static final java.util.List<ApplicantColumn> ADDENDS = java.util.List.of(
            NATURAL_PERSON, COMMERCIAL_ENTERPRISE, RESEARCH_INSTITUTION,
            PUBLIC_INTEREST_ORGANIZATION, LEGAL_SERVICE_AGENCY, OTHER_ORGANIZATION);
}
