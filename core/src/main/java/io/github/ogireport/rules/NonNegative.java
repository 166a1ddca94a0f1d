package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * NON-NEGATIVE: every count and amount is ≥ 0, except 2019's 本年增/减. On a table ({@code Table2}, {@code Table3},
 * {@code Table4}) or the {@code FeeBlock} it checks every cell and reports each negative one on its own path; on a
 * single {@link io.github.ogireport.model.Cell} field (a FIELD target: a method-only target is ignored on records) it
 * checks that cell. Blanks, placeholders and cells not reported pass.
 */
@Documented
@Constraint(validatedBy = {NonNegativeValidator.class, NonNegativeTableValidator.class})
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegative {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.NON-NEGATIVE}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
