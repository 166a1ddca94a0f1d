package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * INTEGER-COUNT on a table ({@code Table2}, {@code Table3}, {@code Table4}) or the fee block: every count — every
 * cell but the amounts of money — is a whole number. A count of {@code 0.5} is a misread number. ogi-report's own
 * rule; an error.
 */
@Documented
@Constraint(validatedBy = IntegerCountsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IntegerCounts {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.INTEGER-COUNT}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
