package io.github.ogireport.cli.internal;

/** A failure whose message is already the one line the user should see. */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message the line to print */
    public CliFailure(String message) {
        super(message);
    }

    /**
     * @param message the line to print
     * @param cause   the underlying failure (printed only under {@code --debug})
     */
    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
