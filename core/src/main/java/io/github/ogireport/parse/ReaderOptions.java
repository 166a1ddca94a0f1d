package io.github.ogireport.parse;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable options for reading a source.
 *
 * @param strict   throw {@link ReportParseException} on any warning or error diagnostic instead of returning it
 * @param charset  the charset to decode text with, overriding detection (BOM, {@code <meta>}, sniffing)
 * @param maxBytes the largest input accepted; larger input is refused with a {@link ReportParseException}
 * @param timeout  the longest a single read may take before it is abandoned with a {@link ReportParseException}
 */
public record ReaderOptions(boolean strict, Optional<Charset> charset, long maxBytes, Duration timeout) {

    /** Lenient, detected charset, 64 MiB, 30 seconds. */
    public static final ReaderOptions DEFAULT = new ReaderOptions(false, Optional.empty(), 64L << 20,
            Duration.ofSeconds(30));

    /** @throws IllegalArgumentException if maxBytes or timeout is not positive */
    public ReaderOptions {
        charset = charset == null ? Optional.empty() : charset;
        Objects.requireNonNull(timeout, "timeout");
        if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("maxBytes and timeout must be positive");
        }
    }

    /** The defaults, lenient. */
    public static ReaderOptions defaults() {
        return DEFAULT;
    }

    /** A copy in strict or lenient mode. */
    public ReaderOptions withStrict(boolean v) {
        return new ReaderOptions(v, charset, maxBytes, timeout);
    }

    /** A copy with a charset override. */
    public ReaderOptions withCharset(Charset v) {
        return new ReaderOptions(strict, Optional.of(v), maxBytes, timeout);
    }

    /** A copy with another size limit. */
    public ReaderOptions withMaxBytes(long v) {
        return new ReaderOptions(strict, charset, v, timeout);
    }

    /** A copy with another time limit. */
    public ReaderOptions withTimeout(Duration v) {
        return new ReaderOptions(strict, charset, maxBytes, v);
    }
}
