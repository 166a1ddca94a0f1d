package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Plausibility warnings on a whole report: a report year in the future ({@code PLAUS-YEAR-FUTURE}, using the
 * validator's {@link jakarta.validation.ClockProvider}), a statistics period that is not the report year
 * ({@code PLAUS-PERIOD}), a layout edition that does not match the report year ({@code PLAUS-EDITION}), tables with
 * no number at all ({@code PLAUS-ALL-BLANK}).
 */
@Documented
@Constraint(validatedBy = PlausibleValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Plausible {
    /** The message template (each warning uses its own rule's template). */
    String message() default "{io.github.ogireport.rule.PLAUS-ALL-BLANK}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
