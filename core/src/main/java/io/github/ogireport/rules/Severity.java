package io.github.ogireport.rules;

import jakarta.validation.Payload;

/**
 * How serious a finding is. The nested {@link Error} and {@link Warning} interfaces are the Bean Validation payloads
 * that carry it on the constraints.
 */
public enum Severity {
    /** A hard rule of the format is broken: the report is wrong. */
    ERROR,
    /** Suspicious but possible, or a check that could not be made. */
    WARNING,
    /** For information only. */
    INFO;

    /** Payload marking a constraint as an error. */
    public interface Error extends Payload {
    }

    /** Payload marking a constraint as a warning. */
    public interface Warning extends Payload {
    }

    /** The severity a constraint's payload declares; {@link #ERROR} if none. */
    public static Severity ofPayload(java.util.Set<Class<? extends Payload>> payload) {
        if (payload.contains(Warning.class)) {
            return WARNING;
        }
        return ERROR;
    }
}
