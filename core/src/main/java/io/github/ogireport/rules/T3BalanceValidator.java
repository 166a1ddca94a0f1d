package io.github.ogireport.rules;

import io.github.ogireport.model.Table3;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link T3Balance} with {@link Accounting#balances(Table3)}. */
public final class T3BalanceValidator implements ConstraintValidator<T3Balance, Table3> {
    @Override
    public boolean isValid(Table3 value, ConstraintValidatorContext context) {
        return value == null || ViolationSupport.report(Accounting.balances(value), "/table3", context);
    }
}
