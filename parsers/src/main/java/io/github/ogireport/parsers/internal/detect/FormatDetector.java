package io.github.ogireport.parsers.internal.detect;

import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the reader for some content: an explicit format name wins; otherwise every reader scores the first bytes
 * ({@link ReportReader#detect}) and a reader whose file extension matches the name gets a bonus. Stateless.
 */
public final class FormatDetector {

    /** How many bytes readers see for detection. */
    public static final int HEAD_BYTES = 64 * 1024;

    /** Score bonus for a matching file extension. */
    static final int EXTENSION_BONUS = 30;

    /** A reader's score at or above which binary-looking content is accepted as its format. */
    static final int CONFIDENT = 50;

    private final ReaderRegistry registry;

    /** A detector over a registry. */
    public FormatDetector(ReaderRegistry registry) {
        this.registry = registry;
    }

    /**
     * The reader for the content.
     *
     * @param content the content (at least one byte)
     * @param hint    a format name, an extension or a file name; may be empty
     * @param name    the name to use in messages
     * @throws ReportParseException if the content is binary or no reader recognizes it
     */
    public ReportReader choose(byte[] content, String hint, String name) {
        byte[] head = content.length <= HEAD_BYTES ? content : Arrays.copyOf(content, HEAD_BYTES);
        String h = hint == null ? "" : hint.strip();
        Optional<ReportReader> explicit = registry.reader(h);
        String fileName = explicit.isPresent() ? "" : h;
        String ext = explicit.isPresent() ? "" : extension(h);
        ReportReader best = explicit.orElse(null);
        int bestScore = best == null ? 0 : score(best, head, fileName);
        if (best == null) {
            int bestCombined = 0;
            for (ReportReader r : registry.readers()) {
                int s = score(r, head, fileName);
                int combined = s + (!ext.isEmpty() && r.fileExtensions().contains(ext) ? EXTENSION_BONUS : 0);
                if (combined > bestCombined) {
                    best = r;
                    bestCombined = combined;
                    bestScore = s;
                }
            }
        }
        if (bestScore < CONFIDENT && looksBinary(head)) {
            throw Problems.error(name, Problems.INPUT_BINARY, "内容是二进制数据，不是文本形式的年度报告",
                    "the content is binary, not a report in a format any reader takes");
        }
        if (best == null) {
            throw Problems.error(name, Problems.FORMAT_UNKNOWN, "无法识别内容的格式",
                    "no reader recognizes the content (readers: " + registry.readers().stream()
                            .map(ReportReader::format).toList() + ")");
        }
        return best;
    }

    private static int score(ReportReader r, byte[] head, String fileName) {
        try {
            return Math.max(0, Math.min(100, r.detect(head, fileName)));
        } catch (RuntimeException | StackOverflowError e) {
            return 0;
        }
    }

    /** The lower-case extension of a file name (a bare extension counts too), or empty. */
    static String extension(String hint) {
        String base = hint.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String ext = dot >= 0 ? base.substring(dot + 1) : base;
        return ext.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the bytes look binary: a NUL byte, or more than 5% control characters other than tab, line ends, form
     * feed and escape. Content with a UTF-16 byte order mark is text.
     */
    public static boolean looksBinary(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return head.length > 0 && control * 20L > head.length;
    }
}
