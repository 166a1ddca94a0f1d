package io.github.ogireport.rules;

import io.github.ogireport.model.Table4;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link T4Total} with {@link Accounting#groupTotals(Table4)}. */
public final class T4TotalValidator implements ConstraintValidator<T4Total, Table4> {
    @Override
    public boolean isValid(Table4 value, ConstraintValidatorContext context) {
        return value == null || ViolationSupport.report(Accounting.groupTotals(value), "/table4", context);
    }
}
