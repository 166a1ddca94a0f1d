package io.github.ogireport.parsers.internal.text;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parsers.internal.detect.Utf8;
import io.github.ogireport.rules.Severity;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to text: a byte-order mark decides (UTF-8, UTF-16); otherwise valid UTF-8 is taken as UTF-8 and anything
 * else as GB18030 (which decodes every byte sequence). An explicit charset in the options wins. Line ends are
 * normalized to {@code \n}. Stateless.
 */
final class TextDecoder {

    /** The decoded text and the charset used. */
    record Decoded(String text, Charset charset, boolean fromBom) {
    }

    /** How many bytes {@link #utf16WithoutBom} looks at. */
    static final int UTF16_HEAD = 65536;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, ReaderOptions options) {
        return decode(bytes, options, utf16WithoutBom(bytes));
    }

    /** As {@link #decode(byte[], ReaderOptions)}, with what {@link #utf16WithoutBom} says of the bytes. */
    static Decoded decode(byte[] bytes, ReaderOptions options, Charset utf16) {
        if (options.charset().isPresent()) {
            Charset cs = options.charset().get();
            return new Decoded(normalizeLineEnds(stripBom(new String(bytes, cs))), cs, false);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(normalizeLineEnds(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(normalizeLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)),
                    StandardCharsets.UTF_16BE, true);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(normalizeLineEnds(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)),
                    StandardCharsets.UTF_16LE, true);
        }
        if (utf16 != null) {
            return new Decoded(normalizeLineEnds(new String(bytes, utf16)), utf16, false);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(normalizeLineEnds(utf8), StandardCharsets.UTF_8, false);
        }
        Charset gb = Charset.forName("GB18030");
        return new Decoded(normalizeLineEnds(new String(bytes, gb)), gb, false);
    }

    /** The diagnostic for a charset other than UTF-8, if any. */
    static List<Diagnostic> diagnostics(Decoded d) {
        if (d.charset().equals(StandardCharsets.UTF_8)) {
            return List.of();
        }
        String name = d.charset().name();
        return List.of(new Diagnostic("CHARSET_DETECTED", Severity.INFO, SourceLocation.text(1, 1),
                "文本按 " + name + " 编码解码", "decoded the text as " + name));
    }

    /**
     * UTF-16 without a byte-order mark: NUL bytes (the high bytes of ASCII characters such as digits and line
     * ends) mostly at odd positions (little-endian) or mostly at even positions (big-endian); null otherwise.
     */
    static Charset utf16WithoutBom(byte[] bytes) {
        return utf16WithoutBom(bytes, firstZero(bytes, Math.min(bytes.length, UTF16_HEAD)));
    }

    /**
     * As {@link #utf16WithoutBom(byte[])}, given the index of the first NUL byte among the first {@link #UTF16_HEAD}
     * bytes ({@link #firstZero}), -1 if none.
     */
    static Charset utf16WithoutBom(byte[] bytes, int firstZero) {
        int n = Math.min(bytes.length, UTF16_HEAD) & ~1;
        if (firstZero < 0 || firstZero >= n) {
            return null; // no NUL byte: not UTF-16 (the usual case)
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (bytes.length % 2 != 0 || even + odd < 2) {
            return null;
        }
        // a few CJK characters (一 is U+4E00) have a NUL low byte too: the other side must clearly dominate
        if (odd >= 2 && even * 3 < odd) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= 2 && odd * 3 < even) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** The index of the first NUL byte among the first {@code n} bytes, or -1; eight bytes at a time. */
    static int firstZero(byte[] bytes, int n) {
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long v = (long) LONGS.get(bytes, i);
            if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
                break; // a NUL byte among these eight
            }
        }
        for (; i < n; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bytes decoded as UTF-8 if they are well-formed UTF-8, else null. One decoding pass: the JDK's decoder puts
     * U+FFFD for every ill-formed sequence, so text without U+FFFD was well-formed; only text holding one (ill-formed,
     * or a U+FFFD written in the source) is checked again.
     */
    private static String strictUtf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.indexOf('\uFFFD') < 0 || Utf8.isUtf8(bytes) ? s : null;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    static String normalizeLineEnds(String s) {
        String t = stripBom(s);
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
