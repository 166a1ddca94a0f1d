package io.github.ogireport.rules;

import io.github.ogireport.model.Table3;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link T3OutcomeTotal} with {@link Accounting#outcomeTotals(Table3)}. */
public final class T3OutcomeTotalValidator implements ConstraintValidator<T3OutcomeTotal, Table3> {
    @Override
    public boolean isValid(Table3 value, ConstraintValidatorContext context) {
        return value == null || ViolationSupport.report(Accounting.outcomeTotals(value), "/table3", context);
    }
}
