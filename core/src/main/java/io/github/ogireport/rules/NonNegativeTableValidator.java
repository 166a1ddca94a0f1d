package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import java.util.List;

/** Validates {@link NonNegative} on a table or the fee block with {@code Accounting.negativeCells}. */
public final class NonNegativeTableValidator extends TableCellRuleValidator<NonNegative> {

    @Override
    RuleId rule() {
        return RuleId.NON_NEGATIVE;
    }

    @Override
    String expected() {
        return "≥ 0";
    }

    @Override
    List<CellRef> offending(Object value) {
        if (value instanceof Table3 t) {
            return Accounting.negativeCells(t);
        }
        if (value instanceof Table4 t) {
            return Accounting.negativeCells(t);
        }
        if (value instanceof Table2 t) {
            return Accounting.negativeCells(t);
        }
        return Accounting.negativeCells((FeeBlock) value);
    }
}
