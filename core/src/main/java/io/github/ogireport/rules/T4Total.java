package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * T4-TOTAL on table 4: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 *
 * <p>Rule id {@code T4-TOTAL}. Each violation is reported on the offending cell, with the expected and actual values as
 * message parameters and a {@link FindingDetail} as dynamic payload.
 */
@Documented
@Constraint(validatedBy = T4TotalValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface T4Total {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.T4-TOTAL}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
