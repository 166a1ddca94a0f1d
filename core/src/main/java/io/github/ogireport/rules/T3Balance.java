package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * T3-BALANCE on table 3: for each of the 7 columns, 一 + 二 = （七）总计 + 四.
 *
 * <p>Rule id {@code T3-BALANCE}. Each violation is reported on the offending cell, with the expected and actual values as
 * message parameters and a {@link FindingDetail} as dynamic payload.
 */
@Documented
@Constraint(validatedBy = T3BalanceValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface T3Balance {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.T3-BALANCE}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
