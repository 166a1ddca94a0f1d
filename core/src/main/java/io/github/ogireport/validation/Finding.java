package io.github.ogireport.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.rules.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of validation: which rule, how serious, which cell, expected and actual values, and the message in
 * Chinese and English.
 *
 * @param ruleId      the rule id exactly as in FORMAT.md, e.g. {@code T3-BALANCE}
 * @param severity    error, warning or info
 * @param path        JSON Pointer of the offending cell (or field) in the canonical JSON, e.g.
 *                    {@code /table3/carriedToNextYear/naturalPerson}; empty string for the whole report
 * @param cellLabel   the cell's official Chinese label, e.g. {@code 表三 四、结转下年度继续办理 · 自然人}
 * @param cellLabelEn the cell's English label
 * @param expected    the expected value as text
 * @param actual      the actual value as text
 * @param message     the message in Chinese
 * @param messageEn   the message in English
 */
public record Finding(String ruleId, Severity severity, String path, Optional<String> cellLabel,
        Optional<String> cellLabelEn, Optional<String> expected, Optional<String> actual, String message,
        String messageEn) {

    /** Checks the required fields; normalizes {@code null} optionals to empty. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        cellLabel = cellLabel == null ? Optional.empty() : cellLabel;
        cellLabelEn = cellLabelEn == null ? Optional.empty() : cellLabelEn;
        expected = expected == null ? Optional.empty() : expected;
        actual = actual == null ? Optional.empty() : actual;
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The rule as an enum constant; empty for a finding of a constraint that is not ogi-report's own. */
    @JsonIgnore
    public Optional<RuleId> rule() {
        for (RuleId r : RuleId.values()) {
            if (r.id().equals(ruleId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this finding is an error. */
    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in the language asked for: English for {@code en}, Chinese otherwise. */
    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : message;
    }
}
