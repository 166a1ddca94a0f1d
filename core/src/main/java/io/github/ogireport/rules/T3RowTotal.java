package io.github.ogireport.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * T3-ROW-TOTAL on table 3: for each row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
 *
 * <p>Rule id {@code T3-ROW-TOTAL}. Each violation is reported on the offending cell, with the expected and actual values as
 * message parameters and a {@link FindingDetail} as dynamic payload.
 */
@Documented
@Constraint(validatedBy = T3RowTotalValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface T3RowTotal {
    /** The message template. */
    String message() default "{io.github.ogireport.rule.T3-ROW-TOTAL}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload; {@link Severity.Warning} turns the rule's errors into warnings. */
    Class<? extends Payload>[] payload() default {};
}
