package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.doc.Document;
import java.util.List;

/**
 * The one recognizer: maps a neutral {@link Document} to an {@link io.github.ogireport.model.AnnualReport}.
 * Stateless and thread-safe.
 *
 * <p>TODO(recognizer): implementation in progress; the signature is fixed.
 */
public final class Recognizer {

    /**
     * Recognizes a report.
     *
     * @param document          the document a reader produced
     * @param format            the reader's format name, recorded in the result
     * @param readerDiagnostics the reader's own diagnostics, kept first in the result
     * @param options           the options (strict mode throws instead of returning problems)
     * @return the report and every diagnostic
     * @throws ReportParseException if the document holds no report, a pre-2019 layout, or (strict) any problem
     */
    public ParseResult recognize(Document document, String format, List<Diagnostic> readerDiagnostics,
            ReaderOptions options) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
