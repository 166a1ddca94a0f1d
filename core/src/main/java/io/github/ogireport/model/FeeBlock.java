package io.github.ogireport.model;

import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.rules.IntegerCounts;
import io.github.ogireport.rules.NonNegative;
import java.util.List;

/**
 * The information-processing-fee figures (信息处理费) that 2021-era reports give in section 六, as prose or as an
 * extra table.
 *
 * @param notices         通知收取件数
 * @param amountNotified  通知收取金额
 * @param amountCollected 实际收取金额
 * @param unit            the unit of the amounts as written, {@link MoneyUnit#UNSPECIFIED} if none
 */
@NonNegative
@IntegerCounts
public record FeeBlock(
        Cell notices,
        Cell amountNotified,
        Cell amountCollected,
        MoneyUnit unit) implements CellRow {

    /** No fee block in the source. */
    public static final FeeBlock NOT_REPORTED = new FeeBlock(null, null, null, null);

    /**
     * Normalizes {@code null} cells to "not reported" and a missing unit to {@link MoneyUnit#UNSPECIFIED}; without a
     * reported amount there is no unit.
     */
    public FeeBlock {
        notices = Cell.orNotReported(notices);
        amountNotified = Cell.orNotReported(amountNotified);
        amountCollected = Cell.orNotReported(amountCollected);
        unit = unit == null || !(amountNotified.isReported() || amountCollected.isReported())
                ? MoneyUnit.UNSPECIFIED : unit;
    }

    /** The cell of an item. */
    public Cell cell(FeeItem item) {
        return switch (item) {
            case NOTICES -> notices;
            case AMOUNT_NOTIFIED -> amountNotified;
            case AMOUNT_COLLECTED -> amountCollected;
        };
    }

    @Override
    public List<Cell> cells() {
        return List.of(notices, amountNotified, amountCollected);
    }
}
