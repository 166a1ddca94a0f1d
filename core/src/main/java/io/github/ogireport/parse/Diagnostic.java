package io.github.ogireport.parse;

import io.github.ogireport.rules.Severity;
import java.util.Objects;

/**
 * Something a reader or the recognizer noticed: a quirk it tolerated, a value it inferred, something it could not
 * place. Each has a stable code (e.g. {@code LABEL_TYPO}, {@code ROW_MISSING}, {@code CELLS_SPLIT_INFERRED}), a
 * severity, a location in the source, and a message in Chinese and English.
 *
 * @param code      the stable code, upper snake case
 * @param severity  error (the report could not be read correctly there), warning (a quirk that may matter) or info
 * @param location  where in the source
 * @param message   the message in Chinese
 * @param messageEn the message in English
 */
public record Diagnostic(String code, Severity severity, SourceLocation location, String message, String messageEn) {

    /** @throws NullPointerException if an argument is null */
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the language asked for: English for {@code en}, Chinese otherwise. */
    public String message(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : message;
    }

    @Override
    public String toString() {
        return severity + " " + code + " at " + location + ": " + messageEn;
    }
}
