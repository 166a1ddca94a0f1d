package io.github.ogireport.parsers;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads reports in any format a {@link ReportReader} on the class path takes, detecting the format from the content
 * and the file name. Thread-safe.
 *
 * <p>TODO(parsers): implementation in progress; the signatures are fixed.
 */
public final class ReportParsers {

    private ReportParsers() {
    }

    /** Reads a file with the default options. */
    public static ParseResult read(Path file) throws IOException {
        return read(file, ReaderOptions.DEFAULT);
    }

    /**
     * Reads a file.
     *
     * @throws IOException          if the file cannot be read
     * @throws ReportParseException if the content is not a readable report (or, in strict mode, has any problem)
     */
    public static ParseResult read(Path file, ReaderOptions options) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Reads a stream (not closed).
     *
     * @param in      the content
     * @param hint    a file name or format name that helps detection, may be empty
     * @param options the options
     * @throws IOException          if the stream cannot be read
     * @throws ReportParseException if the content is not a readable report
     */
    public static ParseResult read(InputStream in, String hint, ReaderOptions options) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Reads bytes.
     *
     * @param content the content
     * @param hint    a file name or format name that helps detection, may be empty
     * @param options the options
     * @throws ReportParseException if the content is not a readable report
     */
    public static ParseResult read(byte[] content, String hint, ReaderOptions options) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The readers on the class path, sorted by format name. */
    public static List<ReportReader> readers() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The reader of a format, by name. */
    public static Optional<ReportReader> reader(String format) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
