package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import java.util.List;

/** Validates {@link IntegerCounts} with {@link Accounting#fractionalCounts(Object)}. */
public final class IntegerCountsValidator extends TableCellRuleValidator<IntegerCounts> {

    @Override
    RuleId rule() {
        return RuleId.INTEGER_COUNT;
    }

    @Override
    String expected() {
        return "整数 / whole number";
    }

    @Override
    List<CellRef> offending(Object value) {
        return Accounting.fractionalCounts(value);
    }
}
