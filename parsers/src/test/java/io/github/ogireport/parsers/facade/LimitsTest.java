package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.parsers.internal.detect.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maxBytes} refuses larger input without reading it all; {@code timeout} abandons a read that hangs. */
class LimitsTest {

    private static final byte[] GOLDEN = GoldenFiles.goldenText("000").getBytes(StandardCharsets.UTF_8);

    @Test
    void bytesOverTheLimitAreRefused() {
        ReaderOptions options = ReaderOptions.DEFAULT.withMaxBytes(GOLDEN.length - 1);
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParsers.read(GOLDEN, "000.json", options));
        assertEquals(Problems.INPUT_TOO_LARGE, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().contains("000.json"), e.getMessage());
        assertEquals(GoldenFiles.report("000"),
                ReportParsers.read(GOLDEN, "000.json", options.withMaxBytes(GOLDEN.length)).report());
    }

    @Test
    void aStreamIsReadNoFurtherThanOneByteOverTheLimit() {
        CountingEndless in = new CountingEndless();
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParsers.read(in, "big.json", ReaderOptions.DEFAULT.withMaxBytes(1000)));
        assertEquals(Problems.INPUT_TOO_LARGE, e.diagnostics().get(0).code());
        assertEquals(1001, in.count);
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("000.json"), GOLDEN);
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParsers.read(f, ReaderOptions.DEFAULT.withMaxBytes(10)));
        assertEquals(Problems.INPUT_TOO_LARGE, e.diagnostics().get(0).code());
    }

    @Test
    void aStreamThatNeverAnswersIsAbandonedAtTheTimeout() {
        InputStream hanging = new InputStream() {
            @Override
            public int read() {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        ReportParseException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                ReportParseException.class, () -> ReportParsers.read(hanging, "slow.json",
                        ReaderOptions.DEFAULT.withTimeout(Duration.ofMillis(300)))));
        assertEquals(Problems.READ_TIMEOUT, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().contains("slow.json"), e.getMessage());
    }

    @Test
    void aFailingStreamIsAnIOException() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> ReportParsers.read(failing, "x.json", ReaderOptions.DEFAULT));
        assertEquals("disk gone", e.getMessage());
    }

    /** An endless stream of spaces that counts what was read. */
    private static final class CountingEndless extends InputStream {
        long count;

        @Override
        public int read() {
            count++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            count += len;
            return len;
        }
    }
}
