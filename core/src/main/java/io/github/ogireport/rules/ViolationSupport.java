package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Builds violations for the rule validators: one place for paths, parameters and payloads. */
final class ViolationSupport {

    private ViolationSupport() {
    }

    /**
     * Reports the outcome of checks on a bean whose JSON Pointer is {@code beanPointer}: a violation for each broken
     * check, a {@code PLAUS-INCOMPLETE} warning for each check that could not be made although part of its cells were
     * reported.
     *
     * @return whether every check held
     */
    static boolean report(List<Check> checks, String beanPointer, ConstraintValidatorContext context) {
        boolean valid = true;
        for (Check c : checks) {
            if (c.violated()) {
                add(context, beanPointer, c.rule(), c.rule().defaultSeverity(), c.target(), c.expectedText(),
                        c.actualText(), Map.of());
                valid = false;
            } else if (!c.checkable() && c.notReported().size() < c.cells().size()) {
                String missingZh = c.notReported().stream().map(CellRef::labelZh).collect(Collectors.joining("、"));
                String missingEn = c.notReported().stream().map(CellRef::labelEn).collect(Collectors.joining("; "));
                add(context, beanPointer, RuleId.INCOMPLETE, Severity.WARNING, c.target(), null, null,
                        Map.of("rule", c.rule().id(), "missingZh", missingZh, "missingEn", missingEn));
                valid = false;
            }
        }
        return valid;
    }

    static void add(ConstraintValidatorContext context, String beanPointer, RuleId rule, Severity severity,
            CellRef cell, String expected, String actual, Map<String, Object> extra) {
        Map<String, Object> params = new HashMap<>(extra);
        params.put("cellZh", cell.labelZh());
        params.put("cellEn", cell.labelEn());
        params.put("expected", expected == null ? "" : expected);
        params.put("actual", actual == null ? "" : actual);
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        context.disableDefaultConstraintViolation();
        h.withDynamicPayload(new FindingDetail(rule, severity, Optional.of(cell), Optional.ofNullable(expected),
                Optional.ofNullable(actual), params));
        params.forEach(h::addMessageParameter);
        String relative = cell.pointer().substring(beanPointer.length() + 1);
        String[] segments = relative.split("/");
        var builder = h.buildConstraintViolationWithTemplate("{" + rule.messageKey() + "}")
                .addPropertyNode(segments[0]);
        for (int i = 1; i < segments.length; i++) {
            builder = builder.addPropertyNode(segments[i]);
        }
        builder.addConstraintViolation();
    }

    static String plain(BigDecimal v) {
        return Check.plain(v);
    }
}
