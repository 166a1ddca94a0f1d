package io.github.ogireport.parsers.internal.detect;

import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import java.util.Arrays;
import java.util.List;
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

    /** The highest score a reader can give. */
    private static final int MAX_SCORE = 100;

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
            List<ReportReader> readers = registry.readers();
            int[] scores = new int[readers.size()];
            Arrays.fill(scores, -1);
            int bestCombined = 0;
            if (!ext.isEmpty()) {
                // readers taking the extension first: one above the highest score another reader can have (100)
                // wins whatever the others say, so they are not asked
                for (int k = 0; k < readers.size(); k++) {
                    ReportReader r = readers.get(k);
                    if (r.fileExtensions().contains(ext)) {
                        scores[k] = score(r, head, fileName);
                        if (scores[k] + EXTENSION_BONUS > bestCombined) {
                            best = r;
                            bestCombined = scores[k] + EXTENSION_BONUS;
                            bestScore = scores[k];
                        }
                    }
                }
                if (bestCombined <= MAX_SCORE) {
                    best = null;
                    bestCombined = 0;
                    bestScore = 0;
                }
            }
            if (best == null) {
                for (int k = 0; k < readers.size(); k++) {
                    ReportReader r = readers.get(k);
                    int s = scores[k] >= 0 ? scores[k] : score(r, head, fileName);
                    int combined = s + (!ext.isEmpty() && r.fileExtensions().contains(ext) ? EXTENSION_BONUS : 0);
                    if (combined > bestCombined) {
                        best = r;
                        bestCombined = combined;
                        bestScore = s;
                    }
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
            return Math.max(0, Math.min(MAX_SCORE, r.detect(head, fileName)));
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
