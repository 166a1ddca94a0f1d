package io.github.ogireport.parsers.internal.detect;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.rules.Severity;
import java.time.Duration;
import java.util.List;

/**
 * The moment a read must end: {@link ReaderOptions#timeout()} after it began. The project's readers and the
 * recognizer check it in their loops ({@link #check()}), so a read is abandoned on the caller's own thread — no
 * worker thread per read, and nothing keeps running after the caller has been told. Immutable and thread-safe; a
 * check costs one {@link System#nanoTime()} call (callers check every few hundred iterations).
 */
public final class Deadline {

    /** A deadline that never passes (the thread's interruption is still checked). */
    public static final Deadline NONE = new Deadline(0, Long.MAX_VALUE, Long.MAX_VALUE);

    private final long start;
    private final long nanos;
    private final long limitMillis;

    private Deadline(long start, long nanos, long limitMillis) {
        this.start = start;
        this.nanos = nanos;
        this.limitMillis = limitMillis;
    }

    /** A deadline {@code timeout} from now. */
    public static Deadline after(Duration timeout) {
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        long millis;
        try {
            millis = timeout.toMillis();
        } catch (ArithmeticException e) {
            millis = Long.MAX_VALUE;
        }
        return new Deadline(System.nanoTime(), Math.max(0, nanos), millis);
    }

    /** The deadline of a read that begins now with these options. */
    public static Deadline of(ReaderOptions options) {
        return after(options.timeout());
    }

    /** Whether the deadline has passed. */
    public boolean passed() {
        return nanos != Long.MAX_VALUE && System.nanoTime() - start > nanos;
    }

    /** The time left, at least one nanosecond (so that it is a valid {@link ReaderOptions#timeout()}). */
    public Duration remaining() {
        if (nanos == Long.MAX_VALUE) {
            return Duration.ofNanos(Long.MAX_VALUE);
        }
        return Duration.ofNanos(Math.max(1, nanos - (System.nanoTime() - start)));
    }

    /** The limit the deadline was made from, in milliseconds. */
    public long limitMillis() {
        return limitMillis;
    }

    /**
     * Throws if the deadline has passed or the thread has been interrupted.
     *
     * @throws Exceeded with a {@link Problems#READ_TIMEOUT} or {@link Problems#READ_INTERRUPTED} diagnostic
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded(true, limitMillis);
        }
        if (passed()) {
            throw new Exceeded(false, limitMillis);
        }
    }

    /**
     * A read abandoned at its deadline (or because its thread was interrupted). The facade turns it into its own
     * {@link ReportParseException} naming the input; a reader called directly throws it as is.
     */
    public static final class Exceeded extends ReportParseException {

        private static final long serialVersionUID = 1L;

        private final boolean interrupted;

        Exceeded(boolean interrupted, long limitMillis) {
            super(interrupted ? "reading was interrupted" : "reading took too long", List.of(interrupted
                    ? new Diagnostic(Problems.READ_INTERRUPTED, Severity.ERROR, SourceLocation.UNKNOWN, "读取被中断",
                            "reading was interrupted")
                    : new Diagnostic(Problems.READ_TIMEOUT, Severity.ERROR, SourceLocation.UNKNOWN,
                            "读取超过" + limitMillis + "毫秒的时限，已放弃",
                            "reading took longer than the limit of " + limitMillis + " ms and was abandoned")));
            this.interrupted = interrupted;
        }

        /** Whether the thread was interrupted (rather than the time limit reached). */
        public boolean interrupted() {
            return interrupted;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // control flow out of deep loops: the stack trace says nothing
        }
    }
}
