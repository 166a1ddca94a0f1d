package io.github.ogireport.cli.internal;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReportParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear line. */
public final class Failures {

    private Failures() {
    }

    /**
     * picocli's execution exception handler: one line on stderr, the stack trace too under {@code --debug}, exit 2.
     */
    public static int handle(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = false;
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            debug |= p.hasMatchedOption("--debug");
            Object lang = p.hasMatchedOption("--lang") ? p.matchedOptionValue("--lang", (Object) null) : null;
            if (lang != null && "en".equals(lang.toString())) {
                locale = Locale.ENGLISH;
            }
        }
        err.println("ogi: " + reason(ex, locale));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return 2;
    }

    /** One line saying what went wrong, without the stack. */
    public static String reason(Throwable t, Locale locale) {
        Messages m = Messages.of(locale);
        if (t instanceof CliFailure) {
            return oneLine(t.getMessage());
        }
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            t = u.getCause();
        }
        if (t instanceof NoSuchFileException e) {
            return m.get("error.noSuchFile", e.getFile());
        }
        if (t instanceof AccessDeniedException e) {
            return m.get("error.accessDenied", e.getFile());
        }
        if (t instanceof ReportParseException e) {
            List<Diagnostic> ds = e.diagnostics();
            if (!ds.isEmpty()) {
                Diagnostic d = ds.get(0);
                String more = ds.size() > 1 ? m.get("error.more", ds.size() - 1) : "";
                String where = d.location().isKnown() ? " (" + d.location() + ")" : "";
                return d.code() + where + ": " + oneLine(d.message(locale)) + more;
            }
            return oneLine(e.getMessage());
        }
        if (t instanceof IOException) {
            return m.get("error.io", oneLine(String.valueOf(t.getMessage())));
        }
        String msg = t.getMessage();
        return t.getClass().getSimpleName() + (msg == null ? "" : ": " + oneLine(msg));
    }

    /** The first line of a text, trimmed. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
