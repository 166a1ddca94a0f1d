package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;

/**
 * A rule about single cells checked over a whole table or the fee block: one violation per offending cell, on that
 * cell's path.
 */
abstract class TableCellRuleValidator<A extends Annotation> implements ConstraintValidator<A, Object> {

    abstract RuleId rule();

    abstract String expected();

    abstract List<CellRef> offending(Object tableOrFees);

    @Override
    public final boolean isValid(Object value, ConstraintValidatorContext context) {
        String bean = value instanceof Table3 ? "/table3"
                : value instanceof Table4 ? "/table4"
                : value instanceof Table2 ? "/table2"
                : value instanceof FeeBlock ? "/fees" : null;
        if (bean == null) {
            return true;
        }
        List<CellRef> offending = offending(value);
        if (offending.isEmpty()) {
            return true;
        }
        Map<CellRef, Cell> cells = Accounting.cellsOf(value);
        for (CellRef ref : offending) {
            String actual = Check.plain(cells.get(ref).valueOrZero());
            ViolationSupport.add(context, bean, rule(), rule().defaultSeverity(), ref, expected(), actual, Map.of());
        }
        return false;
    }
}
