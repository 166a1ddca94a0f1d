package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dynamic payload every ogi-report constraint violation carries
 * ({@code HibernateConstraintViolation#getDynamicPayload(FindingDetail.class)}): the rule, the severity, the cell
 * when the constraint knows it, expected and actual values, and the message parameters used in its message.
 *
 * @param rule              the rule
 * @param severity          the severity (may differ from the constraint's payload, e.g. a rule that could not be
 *                          checked is a warning)
 * @param cell              the offending cell, if the constraint knows it
 * @param expected          the expected value as text, e.g. {@code 12} or {@code ≥ 0}
 * @param actual            the actual value as text
 * @param messageParameters the parameters of the message template
 */
public record FindingDetail(RuleId rule, Severity severity, Optional<CellRef> cell, Optional<String> expected,
        Optional<String> actual, Map<String, Object> messageParameters) {

    /** Copies the map; normalizes {@code null} optionals. */
    public FindingDetail {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        cell = cell == null ? Optional.empty() : cell;
        expected = expected == null ? Optional.empty() : expected;
        actual = actual == null ? Optional.empty() : actual;
        messageParameters = Map.copyOf(messageParameters);
    }
}
