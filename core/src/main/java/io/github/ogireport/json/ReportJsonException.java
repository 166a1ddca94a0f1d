package io.github.ogireport.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

/** Thrown when text is not canonical JSON of the expected type. The message names line and column when known. */
public class ReportJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final long column;

    /** An exception with a message and cause and no location. */
    public ReportJsonException(String message, Throwable cause) {
        super(message, cause);
        this.line = -1;
        this.column = -1;
    }

    private ReportJsonException(String message, Throwable cause, long line, long column) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    static ReportJsonException of(java.io.IOException e) {
        if (e instanceof JacksonException je && je.getLocation() != null) {
            JsonLocation l = je.getLocation();
            String msg = je.getOriginalMessage();
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            if (root instanceof IllegalArgumentException) {
                msg = root.getMessage();
            }
            return new ReportJsonException("line " + l.getLineNr() + ", column " + l.getColumnNr() + ": " + msg, e,
                    l.getLineNr(), l.getColumnNr());
        }
        return new ReportJsonException(e.getMessage(), e);
    }

    /** The 1-based line of the problem, or -1 if unknown. */
    public long line() {
        return line;
    }

    /** The 1-based column of the problem, or -1 if unknown. */
    public long column() {
        return column;
    }
}
