package io.github.ogireport.rules;

import io.github.ogireport.model.Cell;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Validates {@link NonNegative}: a number cell must not be negative. */
public final class NonNegativeValidator implements ConstraintValidator<NonNegative, Cell> {
    @Override
    public boolean isValid(Cell value, ConstraintValidatorContext context) {
        if (value == null || value.valueOrZero().signum() >= 0) {
            return true;
        }
        String actual = ViolationSupport.plain(value.valueOrZero());
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.addMessageParameter("actual", actual);
        h.withDynamicPayload(new FindingDetail(RuleId.NON_NEGATIVE, Severity.ERROR, Optional.empty(),
                Optional.of("≥ 0"), Optional.of(actual), Map.of("actual", actual)));
        return false;
    }
}
