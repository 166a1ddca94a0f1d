package io.github.ogireport.cli.internal;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reads one file for convert and diff, reporting the reader's warnings and errors on stderr. */
final class Reading {

    private Reading() {
    }

    /**
     * Reads a file; a failure becomes a {@link CliFailure} naming the file.
     *
     * @param file the file
     * @param m    the messages
     * @param err  where the reader's warnings and errors are reported, one line each
     */
    static ParseResult read(Path file, Messages m, PrintWriter err) {
        ParseResult r;
        try {
            r = ReportParsers.read(file, ReaderOptions.DEFAULT);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new CliFailure(file + ": " + m.get("status.unreadable") + " — " + Failures.reason(e, m.locale()), e);
        }
        for (Diagnostic d : r.diagnostics()) {
            if (d.severity() != Severity.INFO) {
                String where = d.location().isKnown() ? " (" + d.location() + ")" : "";
                err.println(file + ": " + m.severity(d.severity()) + " " + d.code() + where + ": "
                        + Failures.oneLine(d.message(m.locale())));
            }
        }
        return r;
    }
}
