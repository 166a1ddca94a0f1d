package io.github.ogireport.model;

import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.rules.IntegerCounts;
import io.github.ogireport.rules.NonNegative;
import io.github.ogireport.rules.T4Total;

/**
 * Table 4, 四、政府信息公开行政复议、行政诉讼情况: one row of 15 cells, three groups of five.
 *
 * @param administrativeReview    行政复议
 * @param litigationWithoutReview 行政诉讼 · 未经复议直接起诉
 * @param litigationAfterReview   行政诉讼 · 复议后起诉
 */
@T4Total
@NonNegative
@IntegerCounts
public record Table4(
        ReviewOutcomes administrativeReview,
        ReviewOutcomes litigationWithoutReview,
        ReviewOutcomes litigationAfterReview) {

    /** Normalizes {@code null} groups to "not reported". */
    public Table4 {
        administrativeReview = administrativeReview == null ? ReviewOutcomes.NOT_REPORTED : administrativeReview;
        litigationWithoutReview = litigationWithoutReview == null ? ReviewOutcomes.NOT_REPORTED : litigationWithoutReview;
        litigationAfterReview = litigationAfterReview == null ? ReviewOutcomes.NOT_REPORTED : litigationAfterReview;
    }

    /** A table the source did not report. */
    public static Table4 notReported() {
        return new Table4(null, null, null);
    }

    /** The group the catalog names. */
    public ReviewOutcomes row(Table4Row row) {
        return switch (row) {
            case ADMINISTRATIVE_REVIEW -> administrativeReview;
            case LITIGATION_WITHOUT_REVIEW -> litigationWithoutReview;
            case LITIGATION_AFTER_REVIEW -> litigationAfterReview;
        };
    }

    /** A copy with one group replaced. */
    public Table4 withRow(Table4Row row, ReviewOutcomes outcomes) {
        return new Table4(
                row == Table4Row.ADMINISTRATIVE_REVIEW ? outcomes : administrativeReview,
                row == Table4Row.LITIGATION_WITHOUT_REVIEW ? outcomes : litigationWithoutReview,
                row == Table4Row.LITIGATION_AFTER_REVIEW ? outcomes : litigationAfterReview);
    }
}
