package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reading one cell's text as a value: a number (thousands separators, a unit of money or a count unit inside the
 * cell, a sign), a placeholder ({@code -}, {@code —}, {@code /}, {@code 无}, …) or a blank. Stateless.
 */
public final class Values {

    /** The longest text (after NFKC) read as a number. */
    private static final int MAX_LENGTH = 200;

    /** The length of the longest placeholder: no longer text is looked up. */
    private static final int LONGEST_PLACEHOLDER = Cell.KNOWN_PLACEHOLDERS.stream().mapToInt(String::length).max()
            .orElse(0);

    /** The values of the texts {@code 0} to {@code 255}, the usual cell, read once. */
    private static final List<Optional<Value>> SMALL = IntStream.range(0, 256)
            .mapToObj(v -> number(Integer.toString(v), Integer.toString(v))).toList();

    private Values() {
    }

    /**
     * A value read from a cell.
     *
     * @param cell the cell
     * @param unit the unit of money written in the cell, if any
     * @param raw  the text as written, trimmed
     */
    public record Value(Cell cell, Optional<MoneyUnit> unit, String raw) {
        /** Whether the cell is a number whose digits have leading zeros or could hide glued numbers. */
        public boolean gluedCandidate() {
            return raw.length() > 1 && asciiDigits(raw);
        }

        /** Whether the raw text is a digit run that cannot be one number (it has a leading zero). */
        public boolean certainlyGlued() {
            return raw.length() > 1 && raw.charAt(0) == '0' && asciiDigits(raw);
        }
    }

    /**
     * Reads a cell text.
     *
     * @param text the text as written
     * @return the value, or empty if the text is not a value
     */
    public static Optional<Value> parse(String text) {
        String raw = text.strip();
        if (raw.isEmpty()) {
            return Optional.of(new Value(Cell.blank(), Optional.empty(), raw));
        }
        if (raw.length() <= LONGEST_PLACEHOLDER && Cell.KNOWN_PLACEHOLDERS.contains(raw)) {
            return Optional.of(new Value(Cell.placeholder(raw), Optional.empty(), raw));
        }
        if (raw.length() <= MAX_LENGTH && asciiDigits(raw)) {
            // what NFKC and the steps below leave as it is
            if (raw.length() <= 3 && (raw.length() == 1 || raw.charAt(0) != '0')) {
                int v = Integer.parseInt(raw);
                if (v < SMALL.size()) {
                    return SMALL.get(v); // the same value, read once
                }
            }
            return number(raw, raw);
        }
        char first = raw.charAt(0);
        if (Labels.isIdeograph(first)) {
            return Optional.empty(); // NFKC keeps an ideograph first, and no number starts with one
        }
        if (first < 0x80 && first != '+' && first != '-' && (first < '0' || first > '9') && first != ' '
                && first != '\t' && first != '\n' && first != 0x0B && first != '\f' && first != '\r') {
            return Optional.empty(); // an ASCII character that NFKC keeps and no number starts with
        }
        String nfkc = Labels.simpleNfkc(raw);
        String n = withoutAsciiSpace(nfkc != null ? nfkc : Normalizer.normalize(raw, Normalizer.Form.NFKC))
                .replace('，', ',').replace('－', '-');
        if (n.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        return number(n, raw);
    }

    /**
     * Reads {@code [+-]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元|件|个|条|项|次)?} (ASCII digits), the whole text.
     */
    private static Optional<Value> number(String n, String raw) {
        int len = n.length();
        int i = 0;
        String sign = "";
        if (i < len && (n.charAt(i) == '+' || n.charAt(i) == '-')) {
            sign = n.substring(0, 1);
            i++;
        }
        int intStart = i;
        while (i < len && isDigit(n.charAt(i))) {
            i++;
        }
        if (i == intStart) {
            return Optional.empty();
        }
        boolean grouped = false;
        if (i - intStart <= 3) {
            // thousands groups: a comma and exactly three digits, as many as there are
            while (i + 3 < len && n.charAt(i) == ',' && isDigit(n.charAt(i + 1)) && isDigit(n.charAt(i + 2))
                    && isDigit(n.charAt(i + 3))) {
                i += 4;
                grouped = true;
            }
        }
        int intEnd = i;
        String fraction = null;
        if (i + 1 < len && n.charAt(i) == '.' && isDigit(n.charAt(i + 1))) {
            int f = i + 1;
            while (f < len && isDigit(n.charAt(f))) {
                f++;
            }
            fraction = n.substring(i, f);
            i = f;
        }
        String unitText = null;
        if (n.startsWith("万元", i)) {
            unitText = "万元";
            i += 2;
        } else if (i < len && "元件个条项次".indexOf(n.charAt(i)) >= 0) {
            unitText = n.substring(i, i + 1);
            i++;
        }
        if (i != len) {
            return Optional.empty();
        }
        String integer = n.substring(intStart, intEnd);
        String digits = grouped ? integer.replace(",", "") : integer;
        if (digits.length() > 1 && digits.charAt(0) == '0' && fraction == null && !grouped) {
            // a run such as 000 cannot be one count: it is glued; keep the digits for the splitter
            return Optional.of(new Value(Cell.of(new BigDecimal(digits)), Optional.empty(), digits));
        }
        BigDecimal decimal;
        if (fraction == null && digits.length() <= 18) {
            // the same BigDecimal (scale 0) without parsing a string
            long v = 0;
            for (int k = 0; k < digits.length(); k++) {
                v = v * 10 + (digits.charAt(k) - '0');
            }
            decimal = BigDecimal.valueOf(sign.equals("-") ? -v : v);
        } else {
            decimal = new BigDecimal(sign + digits + (fraction == null ? "" : fraction));
        }
        Optional<MoneyUnit> unit = Optional.empty();
        if ("万元".equals(unitText)) {
            unit = Optional.of(MoneyUnit.WAN_YUAN);
        } else if ("元".equals(unitText)) {
            unit = Optional.of(MoneyUnit.YUAN);
        }
        return Optional.of(new Value(Cell.of(decimal), unit, raw));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a text is one or more ASCII digits and nothing else. */
    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** The text without ASCII whitespace (what {@code \\s} matches: space, tab, line ends, form feed, vertical tab). */
    private static String withoutAsciiSpace(String s) {
        int k = 0;
        while (k < s.length() && !asciiSpace(s.charAt(k))) {
            k++;
        }
        if (k == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, k);
        for (int i = k; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!asciiSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
