package io.github.ogireport.parsers.internal.recognize;

import java.text.Normalizer;
import java.util.List;

/**
 * Label normalization and similarity matching against catalog labels. Normalization: NFKC (Kangxi radicals and
 * full-width forms to their usual forms), no whitespace, one form of quotes and dashes, one form of each numbering
 * ({@code 1.} for {@code 1、 1． (1) （1）}; {@code (一)} for {@code （一）}; {@code 一、} for {@code 一. 一．}).
 * Similarity is one minus the edit distance over the longer length. Stateless.
 */
public final class Labels {

    /** The least similarity for a match that is not exact. */
    public static final double THRESHOLD = 0.75;

    /** Similarities below this are never needed exactly: a match needs {@link #THRESHOLD}, a tie 0.05 less. */
    private static final double IRRELEVANT = THRESHOLD - 0.1;

    /** The longest text the edit distance looks at. */
    private static final int DISTANCE_CAP = 200;

    /** The first character {@link #SIMPLE_NFKC} covers. */
    private static final char SIMPLE_FROM = '\u2000';

    /**
     * For the general punctuation, CJK symbols and full-width forms ({@code U+2000}–{@code U+FF5E}): what NFKC makes
     * of the character when that is one character that never combines with its neighbours (a punctuation mark
     * stays, a full-width letter becomes ASCII), else {@code 0}.
     */
    private static final char[] SIMPLE_NFKC = new char['\uFF5E' - SIMPLE_FROM + 1];

    static {
        for (char c = '\u2000'; c <= '\u206F'; c++) {
            simple(c);
        }
        for (char c = '\u3000'; c <= '\u303F'; c++) {
            simple(c);
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            simple(c);
        }
    }

    private static void simple(char c) {
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        if (n.length() != 1) {
            return;
        }
        char m = n.charAt(0);
        int type = Character.getType(m);
        boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.SURROGATE;
        if (m < 0x80 || m == c && !combining) {
            SIMPLE_NFKC[c - SIMPLE_FROM] = m;
        }
    }

    private Labels() {
    }

    /** The normalized form of a label. */
    public static String normalize(String s) {
        String n = simpleNfkc(s);
        if (n == null) {
            n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        // the text is copied from its first character that is dropped or unified on; most labels have none
        int first = 0;
        while (first < n.length() && kept(n.charAt(first))) {
            first++;
        }
        String out = n;
        if (first < n.length()) {
            char[] buf = new char[n.length()];
            n.getChars(0, first, buf, 0);
            int len = first;
            for (int i = first; i < n.length(); i++) {
                char u = unified(n.charAt(i));
                if (u != DROPPED) {
                    buf[len++] = u;
                }
            }
            out = new String(buf, 0, len);
        }
        int end = arabicNumbering(out);
        if (end > 0) {
            // (12)… or 12.… : the digits, then a dot
            boolean paren = out.charAt(0) == '(';
            if (!paren && out.charAt(end - 1) == '.') {
                return out; // written so already
            }
            String num = paren ? out.substring(1, end - 1) : out.substring(0, end - 1);
            return num + "." + out.substring(end);
        }
        end = chineseSection(out);
        if (end > 0 && out.charAt(end - 1) != '、') {
            return out.substring(0, end - 1) + "、" + out.substring(end);
        }
        return out;
    }

    /** What {@link #unified} makes of the characters {@link #normalize} drops: a space, itself one of them. */
    private static final char DROPPED = ' ';

    /** Whether {@link #normalize} writes a character as it is. */
    private static boolean kept(char c) {
        char u = unified(c);
        return u == c && u != DROPPED;
    }

    /**
     * One character of NFKC text as {@link #normalize} writes it: itself, the one form of a quote, dash, bracket or
     * punctuation mark, or {@link #DROPPED} for whitespace.
     */
    private static char unified(char c) {
        if (c > ' ' && c < 0x7F || isIdeograph(c)) {
            return c; // neither space nor a form to unify
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return DROPPED;
        }
        return switch (c) {
            case '“', '”', '„', '"', '「', '」' -> '"';
            case '‘', '’' -> '\'';
            case '—', '–', '－', '‐', '‑' -> '-';
            case '〔', '［', '【' -> '[';
            case '〕', '］', '】' -> ']';
            case '，' -> ',';
            case '：' -> ':';
            case '；' -> ';';
            case '．' -> '.';
            default -> c;
        };
    }

    /**
     * Whether {@link #normalize} certainly makes a text longer than {@code max} characters, without normalizing it:
     * each printable ASCII character and each CJK ideograph stays one character, and the numbering rewrite
     * ({@code (1)} to {@code 1.}) removes at most one.
     */
    public static boolean normalizedLongerThan(String s, int max) {
        if (s.length() <= max + 1) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F || isIdeograph(c)) {
                kept++;
            }
        }
        return kept - 1 > max;
    }

    /**
     * NFKC without the normalizer, for the text of reports: when every character is ASCII, a CJK unified ideograph,
     * or a punctuation mark, CJK symbol or full-width form that NFKC maps to one character, none of them composes
     * with its neighbours and NFKC maps each character on its own. Null for any other text.
     */
    static String simpleNfkc(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80 || isIdeograph(c)) {
                i++;
                continue;
            }
            if (c < SIMPLE_FROM || c > '\uFF5E') {
                return null;
            }
            char m = SIMPLE_NFKC[c - SIMPLE_FROM];
            if (m == c) {
                i++;
                continue;
            }
            if (m == 0) {
                return null;
            }
            break;
        }
        if (i == n) {
            return s;
        }
        char[] out = s.toCharArray();
        for (; i < n; i++) {
            char c = out[i];
            if (c < 0x80 || isIdeograph(c)) {
                continue;
            }
            if (c < SIMPLE_FROM || c > '\uFF5E') {
                return null;
            }
            char m = SIMPLE_NFKC[c - SIMPLE_FROM];
            if (m == 0) {
                return null;
            }
            out[i] = m;
        }
        return new String(out);
    }

    /** Whether a character is a CJK unified ideograph (the basic block or extension A). */
    static boolean isIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    /**
     * The end of a leading arabic numbering ({@code (1)}, {@code (12)}, {@code 1.}, {@code 1、}, {@code 1,},
     * {@code 1:} — one or two ASCII digits), or 0.
     */
    private static int arabicNumbering(String s) {
        int n = s.length();
        if (n == 0) {
            return 0;
        }
        if (s.charAt(0) == '(') {
            int d = digitsAt(s, 1);
            return d >= 1 && d <= 2 && 1 + d < n && s.charAt(1 + d) == ')' ? d + 2 : 0;
        }
        int d = digitsAt(s, 0);
        if (d >= 1 && d <= 2 && d < n) {
            char c = s.charAt(d);
            if (c == '.' || c == '、' || c == ',' || c == ':') {
                return d + 1;
            }
        }
        return 0;
    }

    private static int digitsAt(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        return k - from;
    }

    private static int numeralsAt(String s, int from) {
        int k = from;
        while (k < s.length() && "一二三四五六七八九十".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k - from;
    }

    /** The end of a leading Chinese section numbering ({@code 一、}, {@code 十二.}; one to three numerals), or 0. */
    private static int chineseSection(String s) {
        int d = numeralsAt(s, 0);
        if (d >= 1 && d <= 3 && d < s.length()) {
            char c = s.charAt(d);
            if (c == '、' || c == '.' || c == ',' || c == ':') {
                return d + 1;
            }
        }
        return 0;
    }

    /** The end of a leading Chinese sub-numbering ({@code (一)}; one to three numerals), or 0. */
    private static int chineseSub(String s) {
        if (s.isEmpty() || s.charAt(0) != '(') {
            return 0;
        }
        int d = numeralsAt(s, 1);
        return d >= 1 && d <= 3 && 1 + d < s.length() && s.charAt(1 + d) == ')' ? d + 2 : 0;
    }

    /** The normalized label without its leading numbering ({@code 1.}, {@code (一)}, {@code 一、}). */
    public static String body(String normalized) {
        int end = arabicNumbering(normalized);
        if (end == 0) {
            end = chineseSub(normalized);
        }
        if (end == 0) {
            end = chineseSection(normalized);
        }
        return normalized.substring(end);
    }

    /** The leading Chinese section numeral ({@code 一} of {@code 一、总体情况}), or empty. */
    public static String sectionNumeral(String normalized) {
        int end = chineseSection(normalized);
        return end > 0 ? normalized.substring(0, end - 1) : "";
    }

    /** Similarity of two normalized strings, 0 to 1. */
    public static double similarity(String a, String b) {
        return similarityAtLeast(a, b, 0.0); // with no floor the edit distance never stops early
    }

    /**
     * {@link #similarity}, exact when it is at least {@code floor}; below it, some value below {@code floor} (the
     * edit distance stops early).
     */
    static double similarityAtLeast(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        if (Math.abs(a.length() - b.length()) > max / 2) {
            return 0.0;
        }
        // the largest distance whose similarity reaches the floor
        int limit = (int) Math.ceil((1.0 - floor) * max) + 1;
        while (limit >= 0 && 1.0 - (double) limit / max < floor) {
            limit--;
        }
        if (limit < 0) {
            return 0.0;
        }
        int d = distance(a, b, limit);
        return d > limit ? 0.0 : 1.0 - (double) d / max;
    }

    /** Levenshtein distance (two rows, O(|a|·|b|) time); inputs are capped at 200 characters. */
    public static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * Levenshtein distance of the first 200 characters of each string if it is at most {@code limit}; otherwise
     * some number above {@code limit} (the computation stops once every path costs more).
     */
    static int distance(String a, String b, int limit) {
        int xl = Math.min(a.length(), DISTANCE_CAP);
        int yl = Math.min(b.length(), DISTANCE_CAP);
        if (Math.abs(xl - yl) > limit) {
            return limit + 1;
        }
        int[] prev = new int[yl + 1];
        int[] cur = new int[yl + 1];
        for (int j = 0; j <= yl; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= xl; i++) {
            cur[0] = i;
            int rowMin = i;
            char ci = a.charAt(i - 1);
            for (int j = 1; j <= yl; j++) {
                int cost = ci == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[yl];
    }

    /**
     * The best match of a text among candidates.
     *
     * @param <T>        the candidates' type
     * @param text       the source text (raw)
     * @param candidates the candidates
     * @param labels     each candidate's label (raw, as in the catalog), same order
     * @return the match, or null when none reaches the threshold or two candidates tie
     */
    public static <T> Match<T> best(String text, List<T> candidates, List<String> labels) {
        return Choices.of(candidates, labels).best(normalize(text));
    }

    /**
     * Candidates with their labels normalized once, for matching many texts: an exact match (after normalization)
     * is a map look-up; only other texts are compared by edit distance, with candidates of a length that cannot
     * reach the threshold skipped, and what the edit distance found for a text is remembered (a bounded memo per
     * {@code Choices}: reports, and the reports of a folder, repeat their labels). Thread-safe.
     *
     * @param <T> the candidates' type
     */
    public static final class Choices<T> {
        /** The most texts each memo keeps (it starts over when full). */
        private static final int MEMO_SIZE = 2048;
        /** The longest text the memos keep. */
        private static final int MEMO_TEXT = 80;
        private static final Object NONE = new Object();

        private final List<T> values;
        private final List<String> labels;
        private final List<String> normalized;
        private final java.util.Map<String, Integer> exact;
        /** Fuzzy results by normalized text: reports repeat their labels and headers, and so do reports. */
        private final java.util.concurrent.ConcurrentHashMap<String, Object> fuzzy =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, Object> other =
                new java.util.concurrent.ConcurrentHashMap<>();

        private Choices(List<T> values, List<String> labels) {
            if (values.size() != labels.size()) {
                throw new IllegalArgumentException("one label per candidate");
            }
            this.values = List.copyOf(values);
            this.labels = List.copyOf(labels);
            List<String> norm = new java.util.ArrayList<>(labels.size());
            java.util.Map<String, Integer> first = new java.util.HashMap<>();
            boolean shortLabels = true;
            for (int i = 0; i < labels.size(); i++) {
                String n = normalize(labels.get(i));
                norm.add(n);
                first.putIfAbsent(n, i);
                shortLabels &= n.length() < DISTANCE_CAP;
            }
            this.normalized = List.copyOf(norm);
            // with labels under the distance cap, similarity 1 means equal texts: a look-up finds the first one
            this.exact = shortLabels ? java.util.Map.copyOf(first) : java.util.Map.of();
        }

        /** Candidates and their raw labels, same order. */
        public static <T> Choices<T> of(List<T> values, List<String> labels) {
            return new Choices<>(values, labels);
        }

        /** The candidates. */
        public List<T> values() {
            return values;
        }

        /** The raw labels. */
        public List<String> labels() {
            return labels;
        }

        /** The normalized labels. */
        public List<String> normalized() {
            return normalized;
        }

        /**
         * The best match of a normalized text.
         *
         * @param n the normalized source text
         * @return the match, or null when none reaches the threshold or two candidates tie
         */
        public Match<T> best(String n) {
            if (n.isEmpty()) {
                return null;
            }
            Integer hit = exact.get(n);
            if (hit != null) {
                return new Match<>(values.get(hit), labels.get(hit), 1.0);
            }
            return remembered(fuzzy, n, this::fuzzy);
        }

        /**
         * What a pure function of the candidates makes of a normalized text, remembered for the next time (by text;
         * one function per {@code Choices}).
         *
         * @param <R>     the result type
         * @param n       the normalized text
         * @param compute the function; may return null
         * @return its result
         */
        public <R> R remembered(String n, java.util.function.Function<String, R> compute) {
            return remembered(other, n, compute);
        }

        @SuppressWarnings("unchecked")
        private static <R> R remembered(java.util.concurrent.ConcurrentHashMap<String, Object> memo, String n,
                java.util.function.Function<String, R> compute) {
            if (n.length() > MEMO_TEXT) {
                return compute.apply(n);
            }
            Object known = memo.get(n);
            if (known != null) {
                return known == NONE ? null : (R) known;
            }
            R result = compute.apply(n);
            if (memo.size() >= MEMO_SIZE) {
                memo.clear();
            }
            memo.put(n, result == null ? NONE : result);
            return result;
        }

        private Match<T> fuzzy(String n) {
            T best = null;
            String bestLabel = null;
            double bestScore = -1;
            double second = -1;
            for (int i = 0; i < values.size(); i++) {
                String l = normalized.get(i);
                int max = Math.max(n.length(), l.length());
                // the distance is at least the difference in length: skip what cannot reach the threshold
                double s = 1.0 - (double) Math.abs(n.length() - l.length()) / max < THRESHOLD - 0.05 ? 0.0
                        : similarityAtLeast(n, l, IRRELEVANT);
                if (s > bestScore) {
                    second = bestScore;
                    bestScore = s;
                    best = values.get(i);
                    bestLabel = labels.get(i);
                } else if (s > second) {
                    second = s;
                }
            }
            if (best == null || bestScore < THRESHOLD || (bestScore < 1.0 && bestScore - second < 0.05)) {
                return null;
            }
            return new Match<>(best, bestLabel, bestScore);
        }
    }

    /**
     * A match.
     *
     * @param <T>   the candidate type
     * @param value the candidate
     * @param label its catalog label
     * @param score the similarity, 1 for exact (after normalization)
     */
    public record Match<T>(T value, String label, double score) {
        /** Whether the normalized texts were equal. */
        public boolean exact() {
            return score >= 1.0;
        }
    }
}
