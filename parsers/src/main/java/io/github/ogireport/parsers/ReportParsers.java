package io.github.ogireport.parsers;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.parsers.internal.detect.FormatDetector;
import io.github.ogireport.parsers.internal.detect.Problems;
import io.github.ogireport.parsers.internal.detect.ReaderRegistry;
import io.github.ogireport.parsers.internal.recognize.Recognizer;
import io.github.ogireport.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads reports in any format a {@link ReportReader} on the class path takes, detecting the format from the content
 * and the file name. Thread-safe.
 *
 * <p>Readers are found once with {@link java.util.ServiceLoader} and kept sorted by format name; two readers with
 * the same format name are refused with an {@link IllegalStateException}. The format is chosen from an explicit
 * hint (a format name such as {@code html}), else from what each reader says of the first 64 KiB of the content
 * ({@link ReportReader#detect}), with a bonus for a matching file extension. Documents go to the one recognizer; a
 * reader that returns a report directly (the canonical JSON) skips it.
 *
 * <p>The limits of {@link ReaderOptions} are enforced here: input over {@link ReaderOptions#maxBytes()} is refused
 * (at most {@code maxBytes + 1} bytes are read from a stream), and a read that takes longer than
 * {@link ReaderOptions#timeout()} is abandoned: this project's readers and the recognizer run on the caller's thread
 * and check the time limit as they go; a stream, and a reader from another library, are read on a daemon worker
 * that is abandoned at the limit. Every failure — empty or binary input, an unknown format, no report
 * in the content, a limit exceeded, an unexpected failure inside a reader — is a {@link ReportParseException} naming
 * the input, with a diagnostic.
 *
 * <pre>{@code
 * ParseResult result = ReportParsers.read(Path.of("report.html"));
 * AnnualReport report = result.report();
 * result.diagnostics().forEach(System.out::println);
 * }</pre>
 */
public final class ReportParsers {

    private static final String STREAM_NAME = "<input>";

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
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        if (Files.isRegularFile(file) && Files.size(file) > options.maxBytes()) {
            throw tooLarge(name, options);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, options);
        }
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        String name = nameOf(hint);
        Deadline deadline = Deadline.of(options);
        byte[] content;
        try {
            // a stream may block: it is read on a worker that is abandoned at the deadline
            content = withTimeout(name, options, deadline, () -> readBounded(in, name, options));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return parse(Registry.get(), content, hint, name, options, deadline);
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
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(options, "options");
        String name = nameOf(hint);
        if (content.length > options.maxBytes()) {
            throw tooLarge(name, options);
        }
        Deadline deadline = Deadline.of(options);
        return parse(Registry.get(), content, hint, name, options, deadline);
    }

    /**
     * The readers on the class path, sorted by format name.
     *
     * @throws IllegalStateException if two readers on the class path have the same format name
     */
    public static List<ReportReader> readers() {
        return Registry.get().readers();
    }

    /**
     * The reader of a format, by name (case-insensitive).
     *
     * @throws IllegalStateException if two readers on the class path have the same format name
     */
    public static Optional<ReportReader> reader(String format) {
        return Registry.get().reader(format);
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * Detects, reads and recognizes on the caller's thread, checking the deadline cooperatively; a reader that is
     * not {@link Cooperative} runs on a worker abandoned at the deadline. Every failure leaves as a
     * {@link ReportParseException} naming the input.
     */
    private static ParseResult parse(ReaderRegistry registry, byte[] content, String hint, String name,
            ReaderOptions options, Deadline deadline) {
        try {
            return parseHere(registry, content, hint, name, options, deadline);
        } catch (Deadline.Exceeded e) {
            throw e.interrupted() ? interrupted(name, e) : timedOut(name, deadline, e);
        } catch (ReportParseException e) {
            throw named(name, e);
        } catch (OutOfMemoryError e) {
            throw Problems.error(name, Problems.READER_FAILED, "内存不足，无法读取", "not enough memory to read the input",
                    e);
        }
    }

    private static ParseResult parseHere(ReaderRegistry registry, byte[] content, String hint, String name,
            ReaderOptions options, Deadline deadline) {
        deadline.check();
        if (content.length == 0 || isBlank(content)) {
            throw Problems.error(name, Problems.INPUT_EMPTY, "输入为空", "the input is empty");
        }
        ReportReader reader = new FormatDetector(registry).choose(content, hint, name);
        ReportReader.Output output;
        if (reader instanceof Cooperative) {
            ReaderOptions forReader = options.withTimeout(deadline.remaining());
            try {
                output = reader.read(content, forReader);
            } catch (ReportParseException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw failed(name, reader.format(), "reader", e);
            }
        } else {
            output = withTimeout(name, options, deadline, () -> readOn(reader, content, options, name));
        }
        if (output == null) {
            throw failed(name, reader.format(), "reader", new IllegalStateException("the reader returned nothing"));
        }
        deadline.check();
        if (output instanceof ReportReader.ReportOutput ro) {
            ParseResult result = new ParseResult(ro.report(), reader.format(), ro.diagnostics());
            if (options.strict() && result.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO)) {
                throw new ReportParseException("cannot read " + name + " in strict mode",
                        result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList());
            }
            return result;
        }
        ReportReader.DocumentOutput doc = (ReportReader.DocumentOutput) output;
        try {
            ParseResult result = new Recognizer().recognize(doc.document(), reader.format(), doc.diagnostics(),
                    options, deadline);
            if (result == null) {
                throw new IllegalStateException("the recognizer returned nothing");
            }
            return result;
        } catch (ReportParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(name, reader.format(), "recognizer", e);
        }
    }

    /** A reader of another library, on a worker: failures inside it become parse exceptions there. */
    private static ReportReader.Output readOn(ReportReader reader, byte[] content, ReaderOptions options,
            String name) {
        try {
            return reader.read(content, options);
        } catch (ReportParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw failed(name, reader.format(), "reader", e);
        }
    }

    private static boolean isBlank(byte[] content) {
        int n = Math.min(content.length, FormatDetector.HEAD_BYTES);
        if (n < content.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int b = content[i];
            if (b > ' ' && b < 0x7F) {
                // decoded as UTF-8 below, a printable ASCII byte is always that character: not blank
                return false;
            }
        }
        String s = new String(content, 0, n, java.nio.charset.StandardCharsets.UTF_8);
        return s.replace("\uFEFF", "").isBlank();
    }

    private static ReportParseException failed(String name, String format, String who, Throwable e) {
        return Problems.error(name, Problems.READER_FAILED, "读取失败（" + format + "）：" + Problems.oneLine(e),
                "the " + format + " " + who + " failed: " + Problems.oneLine(e), e);
    }

    /** The exception with the input's name in front of its message, unless it is already there. */
    private static ReportParseException named(String name, ReportParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("cannot read ")) {
            return e;
        }
        String summary = message.lines().findFirst().orElse("").strip();
        if (summary.endsWith(":")) {
            summary = summary.substring(0, summary.length() - 1);
        }
        return new ReportParseException("cannot read " + name + ": " + summary, e.diagnostics(), e);
    }

    private static ReportParseException timedOut(String name, Deadline deadline, Throwable cause) {
        long ms = deadline.limitMillis();
        return Problems.error(name, Problems.READ_TIMEOUT, "读取超过" + ms + "毫秒的时限，已放弃",
                "reading took longer than the limit of " + ms + " ms and was abandoned", cause);
    }

    private static ReportParseException interrupted(String name, Throwable cause) {
        return Problems.error(name, Problems.READ_INTERRUPTED, "读取被中断", "reading was interrupted", cause);
    }

    private static ReportParseException tooLarge(String name, ReaderOptions options) {
        return Problems.error(name, Problems.INPUT_TOO_LARGE, "输入超过" + options.maxBytes() + "字节的上限",
                "the input is larger than the limit of " + options.maxBytes() + " bytes");
    }

    private static String nameOf(String hint) {
        return hint == null || hint.isBlank() ? STREAM_NAME : hint.strip();
    }

    private static byte[] readBounded(InputStream in, String name, ReaderOptions options) {
        long limit = Math.min(options.maxBytes(), Integer.MAX_VALUE - 16L);
        try {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > options.maxBytes() || (bytes.length > limit)) {
                throw tooLarge(name, options);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a task on a worker and abandons it at the deadline. */
    private static <T> T withTimeout(String name, ReaderOptions options, Deadline deadline, Callable<T> task) {
        Future<T> future = Workers.POOL.submit(task);
        try {
            return future.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(name, deadline, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(name, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportParseException rpe) {
                throw named(name, rpe);
            }
            if (cause instanceof UncheckedIOException uio) {
                throw uio;
            }
            if (cause instanceof RuntimeException || cause instanceof StackOverflowError) {
                throw Problems.error(name, Problems.READER_FAILED, "读取失败：" + Problems.oneLine(cause),
                        "reading failed: " + Problems.oneLine(cause), cause);
            }
            if (cause instanceof OutOfMemoryError) {
                throw Problems.error(name, Problems.READER_FAILED, "内存不足，无法读取",
                        "not enough memory to read the input", cause);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw Problems.error(name, Problems.READER_FAILED, "读取失败：" + Problems.oneLine(cause),
                    "reading failed: " + Problems.oneLine(cause), cause);
        }
    }

    /** The readers, found once. */
    private static final class Registry {
        private static IllegalStateException failure;
        private static final ReaderRegistry INSTANCE = load();

        private static ReaderRegistry load() {
            try {
                return ReaderRegistry.load(ReportParsers.class.getClassLoader());
            } catch (IllegalStateException e) {
                failure = e;
                return null;
            }
        }

        static ReaderRegistry get() {
            if (INSTANCE == null) {
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            return INSTANCE;
        }
    }

    /** Daemon workers, so that an abandoned read never keeps the JVM alive. */
    private static final class Workers {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private static final ThreadFactory FACTORY = r -> {
            Thread t = new Thread(null, r, "ogi-report-parse-" + COUNT.incrementAndGet(), 16L << 20);
            t.setDaemon(true);
            return t;
        };
        static final ExecutorService POOL = Executors.newCachedThreadPool(FACTORY);
    }

}
