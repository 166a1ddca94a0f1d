package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;

/**
 * Validates {@link NonNegative} on a table or the fee block with {@code Accounting.negativeCells}: one violation per
 * negative cell, on that cell's path.
 */
public final class NonNegativeTableValidator implements ConstraintValidator<NonNegative, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        List<CellRef> negatives;
        String bean;
        Cells cells;
        if (value instanceof Table3 t) {
            negatives = Accounting.negativeCells(t);
            bean = "/table3";
            cells = ref -> t.row((io.github.ogireport.catalog.Table3Row) ref.row())
                    .cell((io.github.ogireport.catalog.ApplicantColumn) ref.column());
        } else if (value instanceof Table4 t) {
            negatives = Accounting.negativeCells(t);
            bean = "/table4";
            cells = ref -> t.row((io.github.ogireport.catalog.Table4Row) ref.row())
                    .cell((io.github.ogireport.catalog.Table4Column) ref.column());
        } else if (value instanceof Table2 t) {
            negatives = Accounting.negativeCells(t);
            bean = "/table2";
            cells = ref -> t.cell((io.github.ogireport.catalog.Table2Row) ref.row(),
                    (io.github.ogireport.catalog.Table2Column) ref.column());
        } else if (value instanceof FeeBlock f) {
            negatives = Accounting.negativeCells(f);
            bean = "/fees";
            cells = ref -> f.cell((io.github.ogireport.catalog.FeeItem) ref.column());
        } else {
            return true;
        }
        for (CellRef ref : negatives) {
            String actual = ViolationSupport.plain(cells.of(ref).valueOrZero());
            ViolationSupport.add(context, bean, RuleId.NON_NEGATIVE, Severity.ERROR, ref, "≥ 0", actual, Map.of());
        }
        return negatives.isEmpty();
    }

    @FunctionalInterface
    private interface Cells {
        io.github.ogireport.model.Cell of(CellRef ref);
    }
}
