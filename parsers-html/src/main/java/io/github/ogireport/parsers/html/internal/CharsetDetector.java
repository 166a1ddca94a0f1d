package io.github.ogireport.parsers.html.internal;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parsers.internal.detect.Utf8;
import io.github.ogireport.rules.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: an explicit charset wins; else a byte order mark; else the charset a
 * {@code <meta charset>} or {@code http-equiv} declaration names; else UTF-8 if the bytes are valid UTF-8, otherwise
 * GB18030. GB2312 and GBK are decoded as GB18030, their superset, since pages that declare them often use
 * characters outside them. Stateless.
 */
public final class CharsetDetector {

    /** The diagnostic code said when a page is decoded with another charset than UTF-8. */
    public static final String CHARSET_DETECTED = "CHARSET_DETECTED";

    /** The diagnostic code said when a declared charset is unknown or contradicted by the bytes. */
    public static final String CHARSET_DECLARATION_IGNORED = "CHARSET_DECLARATION_IGNORED";

    private static final Pattern META = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final int META_SCAN_BYTES = 8192;

    private CharsetDetector() {
    }

    /** Decoded text, without a byte order mark. */
    public record Decoded(String text, Charset charset) {
    }

    /**
     * Decodes a page. Bytes that are declared or sniffed as UTF-8 are decoded once ({@link #utf8}); only if they
     * turn out not to be UTF-8 are they decoded again, as GB18030.
     *
     * @param content     the bytes
     * @param override    the charset to use, if the caller knows it
     * @param diagnostics where to say which charset was detected, when not UTF-8
     */
    public static Decoded decode(byte[] content, Optional<Charset> override, List<Diagnostic> diagnostics) {
        if (override.isPresent()) {
            return new Decoded(stripBom(new String(content, override.get())), override.get());
        }
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(stripBom(new String(content, 3, content.length - 3, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return detected(new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, "byte order mark", "字节顺序标记", diagnostics);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return detected(new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, "byte order mark", "字节顺序标记", diagnostics);
        }
        Optional<String> declared = declared(content);
        if (declared.isPresent()) {
            Optional<Charset> cs = charset(declared.get());
            if (cs.isEmpty()) {
                diagnostics.add(new Diagnostic(CHARSET_DECLARATION_IGNORED, Severity.WARNING, SourceLocation.UNKNOWN,
                        "网页声明的字符集 " + declared.get() + " 无法识别，已自动判断",
                        "the page declares an unknown charset " + declared.get() + "; detected instead"));
            } else if (cs.get().equals(StandardCharsets.UTF_8)) {
                String text = utf8(content);
                if (text != null) {
                    return new Decoded(text, StandardCharsets.UTF_8);
                }
                diagnostics.add(new Diagnostic(CHARSET_DECLARATION_IGNORED, Severity.WARNING, SourceLocation.UNKNOWN,
                        "网页声明为 UTF-8，但内容不是有效的 UTF-8，已按 GB18030 解码",
                        "the page declares UTF-8 but is not valid UTF-8; decoded as GB18030"));
                return detected(new String(content, GB18030), GB18030, "content", "内容", diagnostics);
            } else {
                return detected(new String(content, cs.get()), cs.get(), "<meta> declaration " + declared.get(),
                        "<meta> 声明 " + declared.get(), diagnostics);
            }
        }
        String text = utf8(content);
        if (text != null) {
            return new Decoded(text, StandardCharsets.UTF_8);
        }
        return detected(new String(content, GB18030), GB18030, "content (not valid UTF-8)", "内容（不是有效的 UTF-8）",
                diagnostics);
    }

    /**
     * The bytes decoded as UTF-8, or null if they are not well-formed UTF-8. One decoding pass: the decoder replaces
     * every malformed sequence with U+FFFD, so a text without U+FFFD came from well-formed bytes; only a text with
     * one (malformed input, or a U+FFFD the page itself has) is checked again.
     */
    static String utf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 || Utf8.isUtf8(content) ? text : null;
    }

    private static Decoded detected(String text, Charset cs, String how, String howZh, List<Diagnostic> diagnostics) {
        diagnostics.add(new Diagnostic(CHARSET_DETECTED, Severity.INFO, SourceLocation.UNKNOWN,
                "按 " + howZh + " 以 " + cs.name() + " 解码", "decoded as " + cs.name() + " from the " + how));
        return new Decoded(stripBom(text), cs);
    }

    /** The charset a {@code <meta>} tag in the first bytes declares, if any. */
    static Optional<String> declared(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        // every match starts with <meta: the search starts at the first one (case-insensitive regexes scan slowly)
        int first = indexOfIgnoreCase(head, "<meta");
        if (first < 0) {
            return Optional.empty();
        }
        Matcher m = META.matcher(head);
        return m.find(first) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first index of a lower-case ASCII word, ASCII letters compared without case (as the pattern does). */
    private static int indexOfIgnoreCase(String s, String lower) {
        char first = lower.charAt(0);
        for (int i = s.indexOf(first); i >= 0 && i + lower.length() <= s.length(); i = s.indexOf(first, i + 1)) {
            int k = 1;
            while (k < lower.length() && (s.charAt(i + k) | 0x20) == lower.charAt(k)) {
                k++;
            }
            if (k == lower.length()) {
                return i;
            }
        }
        return -1;
    }

    /** A charset by its declared name; GB2312 and GBK become GB18030. */
    static Optional<Charset> charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("gb18030")
                || n.equals("euc-cn") || n.equals("x-euc-cn")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
