package io.github.ogireport.parse;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.doc.Document;
import java.util.List;
import java.util.Set;

/**
 * A reader of one input format, found through {@link java.util.ServiceLoader}. A reader turns bytes into the neutral
 * {@link Document} (paragraphs and tables of cells with spans) that the one recognizer maps to an
 * {@link AnnualReport}; a reader of a format that already is the model (the canonical JSON) returns the report
 * directly. Implementations are stateless and thread-safe and have a public no-argument constructor.
 */
public interface ReportReader {

    /** The format name, lower case, e.g. {@code text}, {@code markdown}, {@code html}, {@code json}. */
    String format();

    /** File name extensions this reader takes, lower case without the dot, e.g. {@code html}, {@code htm}. */
    Set<String> fileExtensions();

    /**
     * How sure this reader is that the content is its format, from 0 (not mine) to 100 (certainly mine). Called
     * with the first bytes of the content (up to 64 KiB) and the file name if known (may be empty).
     */
    int detect(byte[] head, String fileName);

    /**
     * Reads content.
     *
     * @param content the whole input
     * @param options the options
     * @return a document for the recognizer, or a report
     * @throws ReportParseException if the content cannot be read at all
     */
    Output read(byte[] content, ReaderOptions options);

    /** What a reader produces: a document for the recognizer, or a report, with the reader's own diagnostics. */
    sealed interface Output permits DocumentOutput, ReportOutput {
        /** The reader's diagnostics (charset detected, markup dropped, …). */
        List<Diagnostic> diagnostics();
    }

    /**
     * A document for the recognizer.
     *
     * @param document    the document
     * @param diagnostics the reader's diagnostics
     */
    record DocumentOutput(Document document, List<Diagnostic> diagnostics) implements Output {
        /** Copies the list. */
        public DocumentOutput {
            java.util.Objects.requireNonNull(document, "document");
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * A report read directly.
     *
     * @param report      the report
     * @param diagnostics the reader's diagnostics
     */
    record ReportOutput(AnnualReport report, List<Diagnostic> diagnostics) implements Output {
        /** Copies the list. */
        public ReportOutput {
            java.util.Objects.requireNonNull(report, "report");
            diagnostics = List.copyOf(diagnostics);
        }
    }
}
