package io.github.ogireport.catalog;

/**
 * The three figures of the information-processing-fee block (信息处理费, 国办函〔2020〕109号) that section 六
 * reports from 2021 on, in prose or as an extra table.
 */
public enum FeeItem implements CatalogColumn {
    /** 通知收取件数 (notices issued). */
    NOTICES("notices", "通知收取件数", "Fee notices issued"),
    /** 通知收取金额 (amount notified). */
    AMOUNT_NOTIFIED("amountNotified", "通知收取金额", "Amount notified"),
    /** 实际收取金额 (amount collected). */
    AMOUNT_COLLECTED("amountCollected", "实际收取金额", "Amount collected");

    /** The caption of the block as agencies print it. */
    public static final String CAPTION_ZH = "信息处理费收取情况";

    private final String id;
    private final String labelZh;
    private final String nameEn;

    FeeItem(String id, String labelZh, String nameEn) {
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
}
