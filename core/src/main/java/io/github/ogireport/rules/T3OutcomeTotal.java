package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * T3-OUTCOME-TOTAL on table 3: for each column, （七）总计 = the sum of the outcome rows.
 *
 * <p>Rule id {@code T3-OUTCOME-TOTAL}. Each violation is reported on the offending cell, with the expected and actual values as
 * message parameters and a {@link FindingDetail} as dynamic payload.
 */
@Documented
@Constraint(validatedBy = T3OutcomeTotalValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface T3OutcomeTotal {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.T3-OUTCOME-TOTAL}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
