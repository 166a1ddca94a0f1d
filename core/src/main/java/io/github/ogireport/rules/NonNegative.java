package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * NON-NEGATIVE on a {@link io.github.ogireport.model.Cell}: a count or amount is not negative. Blanks, placeholders
 * and cells not reported pass. Record components carry it on their fields (a method-only target is ignored on
 * records).
 */
@Documented
@Constraint(validatedBy = NonNegativeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegative {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.NON-NEGATIVE}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
