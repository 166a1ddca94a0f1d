package io.github.ogireport.render;

import io.github.ogireport.model.AnnualReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A writer of one output format, found through {@link java.util.ServiceLoader}. Output is deterministic: the same
 * report and options give the same bytes. Labels come from the core catalog only. Implementations are stateless and
 * thread-safe and have a public no-argument constructor.
 */
public interface ReportRenderer {

    /** The format name, lower case, e.g. {@code json}, {@code html}, {@code markdown}, {@code text}, {@code csv}. */
    String format();

    /** The usual file name extension, without the dot. */
    String fileExtension();

    /** The media type of the output, e.g. {@code text/html; charset=UTF-8}. */
    String mediaType();

    /**
     * Writes a report. Does not close the stream.
     *
     * @throws IOException if writing fails
     */
    void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException;

    /** Writes a report to bytes. */
    default byte[] render(AnnualReport report, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(report, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
