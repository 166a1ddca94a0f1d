package io.github.ogireport.rules;

import io.github.ogireport.model.Table3;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link T3RowTotal} with {@link Accounting#rowTotals(Table3)}. */
public final class T3RowTotalValidator implements ConstraintValidator<T3RowTotal, Table3> {
    @Override
    public boolean isValid(Table3 value, ConstraintValidatorContext context) {
        return value == null || ViolationSupport.report(Accounting.rowTotals(value), "/table3", context);
    }
}
