package io.github.ogireport.parsers.internal.recognize;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Label normalization and similarity matching against catalog labels. Normalization: NFKC (Kangxi radicals and
 * full-width forms to their usual forms), no whitespace, one form of quotes and dashes, one form of each numbering
 * ({@code 1.} for {@code 1、 1． (1) （1）}; {@code (一)} for {@code （一）}; {@code 一、} for {@code 一. 一．}).
 * Similarity is one minus the edit distance over the longer length. Stateless.
 */
public final class Labels {

    /** The least similarity for a match that is not exact. */
    public static final double THRESHOLD = 0.75;

    private static final Pattern ARABIC_NUMBERING = Pattern.compile("^(?:\\((\\d{1,2})\\)|(\\d{1,2})[.、,:])");
    private static final Pattern CHINESE_SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})[、.,:]");
    private static final Pattern CHINESE_SUB = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)");

    private Labels() {
    }

    /** The normalized form of a label. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            switch (c) {
                case '“', '”', '„', '"', '「', '」' -> sb.append('"');
                case '‘', '’' -> sb.append('\'');
                case '—', '–', '－', '‐', '‑' -> sb.append('-');
                case '〔', '［', '【' -> sb.append('[');
                case '〕', '］', '】' -> sb.append(']');
                case '，' -> sb.append(',');
                case '：' -> sb.append(':');
                case '；' -> sb.append(';');
                case '．', '。' -> sb.append(c == '．' ? '.' : '。');
                default -> sb.append(c);
            }
        }
        String out = sb.toString();
        Matcher m = ARABIC_NUMBERING.matcher(out);
        if (m.find()) {
            String num = m.group(1) != null ? m.group(1) : m.group(2);
            out = num + "." + out.substring(m.end());
        } else {
            Matcher cs = CHINESE_SECTION.matcher(out);
            if (cs.find()) {
                out = cs.group(1) + "、" + out.substring(cs.end());
            }
        }
        return out;
    }

    /** The normalized label without its leading numbering ({@code 1.}, {@code (一)}, {@code 一、}). */
    public static String body(String normalized) {
        Matcher m = ARABIC_NUMBERING.matcher(normalized);
        if (m.find()) {
            return normalized.substring(m.end());
        }
        m = CHINESE_SUB.matcher(normalized);
        if (m.find()) {
            return normalized.substring(m.end());
        }
        m = CHINESE_SECTION.matcher(normalized);
        if (m.find()) {
            return normalized.substring(m.end());
        }
        return normalized;
    }

    /** The leading Chinese section numeral ({@code 一} of {@code 一、总体情况}), or empty. */
    public static String sectionNumeral(String normalized) {
        Matcher m = CHINESE_SECTION.matcher(normalized);
        return m.find() ? m.group(1) : "";
    }

    /** Similarity of two normalized strings, 0 to 1. */
    public static double similarity(String a, String b) {
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
        return 1.0 - (double) distance(a, b) / max;
    }

    /** Levenshtein distance (two rows, O(|a|·|b|) time); inputs are capped at 200 characters. */
    public static int distance(String a, String b) {
        String x = a.length() > 200 ? a.substring(0, 200) : a;
        String y = b.length() > 200 ? b.substring(0, 200) : b;
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            char ci = x.charAt(i - 1);
            for (int j = 1; j <= y.length(); j++) {
                int cost = ci == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
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
        return bestNormalized(normalize(text), candidates, labels, labels.stream().map(Labels::normalize).toList());
    }

    /**
     * As {@link #best}, with the text and the labels already normalized (for callers that match many texts).
     *
     * @param <T>        the candidates' type
     * @param n          the normalized source text
     * @param candidates the candidates
     * @param labels     each candidate's raw label
     * @param normalized each candidate's normalized label
     * @return the match, or null
     */
    public static <T> Match<T> bestNormalized(String n, List<T> candidates, List<String> labels,
            List<String> normalized) {
        if (n.isEmpty()) {
            return null;
        }
        T best = null;
        String bestLabel = null;
        double bestScore = -1;
        double second = -1;
        for (int i = 0; i < candidates.size(); i++) {
            String l = normalized.get(i);
            int max = Math.max(n.length(), l.length());
            // the distance is at least the difference in length: skip what cannot reach the threshold
            double s = 1.0 - (double) Math.abs(n.length() - l.length()) / max < THRESHOLD - 0.05 ? 0.0
                    : similarity(n, l);
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = candidates.get(i);
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
