package io.github.ogireport.parsers.internal.detect;

/** UTF-8 validation without decoding. Stateless. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Whether bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or code points past
     * U+10FFFF), as a reporting UTF-8 decoder sees them.
     */
    public static boolean isUtf8(byte[] b) {
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (i + need >= n) {
                return false; // truncated
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }
}
