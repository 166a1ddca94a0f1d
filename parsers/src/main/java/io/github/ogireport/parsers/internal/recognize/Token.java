package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a table region in reading order: the text of a table cell, or a label or number run of a paragraph.
 * Immutable; its normalized text ({@link Labels#normalize}) is computed once, when first asked for.
 */
final class Token {

    private final String text;
    private final Optional<Values.Value> value;
    private final SourceLocation location;
    private final int row;
    private final int col;
    private String normalized;

    /**
     * @param text     the text as written, trimmed
     * @param value    the value, if the text is one (number, placeholder, blank)
     * @param location where it is
     * @param row      an id of the source row it sits in (tokens of one table row or one paragraph share it)
     * @param col      the grid column of a table cell, -1 for text of a paragraph
     */
    Token(String text, Optional<Values.Value> value, SourceLocation location, int row, int col) {
        this.text = Objects.requireNonNull(text, "text");
        this.value = Objects.requireNonNull(value, "value");
        this.location = location;
        this.row = row;
        this.col = col;
    }

    /** The text as written, trimmed. */
    String text() {
        return text;
    }

    /** The value, if the text is one (number, placeholder, blank). */
    Optional<Values.Value> value() {
        return value;
    }

    /** Where it is. */
    SourceLocation location() {
        return location;
    }

    /** An id of the source row it sits in (tokens of one table row or one paragraph share it). */
    int row() {
        return row;
    }

    /** The grid column of a table cell, -1 for text of a paragraph. */
    int col() {
        return col;
    }

    /** The text normalized ({@link Labels#normalize}). */
    String normalized() {
        String n = normalized;
        if (n == null) {
            n = Labels.normalize(text);
            normalized = n;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.text.equals(text) && t.value.equals(value)
                && Objects.equals(t.location, location) && t.row == row && t.col == col;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, value, location, row, col);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", value=" + value + ", location=" + location + ", row=" + row + ", col=" + col
                + "]";
    }

    /** Whether this token is a value (number, placeholder or blank). */
    boolean isValue() {
        return value.isPresent();
    }

    /** Whether this token is a blank value. */
    boolean isBlank() {
        return value.isPresent() && text.isEmpty();
    }

    /** The most tokens read from one region. */
    static final int MAX_TOKENS = 50_000;

    /**
     * The tokens of a table block in grid order; a cell spanning several positions appears once.
     *
     * @param table the table
     * @param rowId the first row id to use
     * @param out   where to add the tokens
     * @return the next row id
     */
    static int ofTable(Table table, int rowId, List<Token> out) {
        int cells = 0;
        boolean spans = false;
        for (Table.Row r : table.rows()) {
            for (Table.Cell c : r.cells()) {
                cells++;
                spans |= c.rowspan() > 1 || c.colspan() > 1;
            }
        }
        // without spans the grid is the rows as they are, each position a cell of its own
        List<List<Table.Cell>> grid = spans ? table.grid() : null;
        int lines = spans ? grid.size() : table.rows().size();
        Map<Table.Cell, Boolean> seen = spans ? new IdentityHashMap<>(cells) : null;
        int id = rowId;
        for (int r = 0; r < lines; r++) {
            List<Table.Cell> line = spans ? grid.get(r) : table.rows().get(r).cells();
            for (int col = 0; col < line.size(); col++) {
                Table.Cell c = line.get(col);
                if (c == null || out.size() >= MAX_TOKENS || seen != null && seen.put(c, Boolean.TRUE) != null) {
                    continue;
                }
                String text = c.text().strip();
                Optional<Values.Value> v = Values.parse(text);
                List<Token> parts = v.isEmpty() && hasDigit(text) && severalRuns(text)
                        ? split(new Paragraph(text, c.location()), id, col, false) : List.of();
                if (parts.size() > 1) {
                    // a cell holding a label glued to its numbers
                    out.addAll(parts);
                } else {
                    out.add(new Token(text, v, c.location(), id, col));
                }
            }
            id++;
        }
        return id;
    }

    /**
     * The tokens of a paragraph inside a table region: runs of label text and runs of digits. A numbering prefix
     * ({@code 1.}, {@code (一)}, {@code 二、}) starts a new label; a digit run followed by 年, 月, 日 or 号 stays text.
     */
    static List<Token> ofParagraph(Paragraph p, int rowId) {
        return split(p, rowId, -1, true);
    }

    /**
     * Splits a text into label and number runs.
     *
     * @param gaps whether two or more spaces (or a tab, an ideographic space) end a label, as between columns
     */
    static List<Token> split(Paragraph p, int rowId, int col, boolean gaps) {
        List<Token> out = new ArrayList<>();
        runs(p.text(), gaps, p, rowId, col, out, MAX_TOKENS);
        return out;
    }

    /** Whether {@link #split} (without gaps) makes more than one token of a text; counted, none made. */
    static boolean severalRuns(String s) {
        return runs(s, false, null, 0, 0, null, 2) > 1;
    }

    /**
     * The label and number runs of a text: made into tokens when {@code out} is not null, else only counted.
     *
     * @param limit the most runs to find
     * @return how many runs were found
     */
    private static int runs(String s, boolean gaps, Paragraph p, int rowId, int col, List<Token> out, int limit) {
        // the current label run: its length, and its text when tokens are made
        StringBuilder cur = out == null ? null : new StringBuilder();
        int curLen = 0;
        int count = 0;
        int curStart = 0;
        int i = 0;
        int n = s.length();
        while (i < n && count < limit) {
            char c = s.charAt(i);
            int prefix = numberingPrefix(s, i);
            if (prefix > i) {
                count += flush(out, cur, curLen, curStart, p, rowId, col);
                curStart = i;
                curLen = append(cur, s, i, prefix);
                i = prefix;
                continue;
            }
            if (isDigit(c)) {
                int j = i;
                while (j < n && (isDigit(s.charAt(j))
                        || (s.charAt(j) == ',' || s.charAt(j) == '.') && j + 1 < n && isDigit(s.charAt(j + 1)))) {
                    j++;
                }
                char next = j < n ? s.charAt(j) : ' ';
                boolean inText = next == '年' || next == '月' || next == '日' || next == '号' || next == '条'
                        || next == '项' && curLen > 0;
                if (inText) {
                    if (curLen == 0) {
                        curStart = i;
                    }
                    curLen += append(cur, s, i, j);
                    i = j;
                    continue;
                }
                count += flush(out, cur, curLen, curStart, p, rowId, col);
                curLen = 0;
                int k = j;
                if (s.startsWith("万元", k)) {
                    k += 2;
                } else if (k < n && (s.charAt(k) == '元' || s.charAt(k) == '件')) {
                    k++;
                }
                if (out != null) {
                    String num = s.substring(i, k);
                    out.add(new Token(num, Values.parse(num), at(p, i), rowId, col));
                }
                count++;
                i = k;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                while (j < n && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
                    j++;
                }
                if (gaps && (j - i >= 2 || c == '\t' || c == '\u3000')) {
                    // a column gap: ends the label
                    count += flush(out, cur, curLen, curStart, p, rowId, col);
                    curLen = 0;
                } else if (curLen > 0) {
                    curLen += append(cur, s, i, i + 1);
                }
                i = j;
                continue;
            }
            boolean sectionNumber = isChineseNumeral(c) && i + 1 < n && s.charAt(i + 1) == '、'
                    && (i == 0 || !isChineseNumeral(s.charAt(i - 1)));
            if (sectionNumber && curLen > 0) {
                count += flush(out, cur, curLen, curStart, p, rowId, col);
                curLen = 0;
            }
            if (curLen == 0) {
                curStart = i;
            }
            curLen += append(cur, s, i, i + 1);
            i++;
        }
        count += flush(out, cur, curLen, curStart, p, rowId, col);
        return count;
    }

    /** Appends {@code s[from, to)} to the run's text, if it is kept; returns how many characters that is. */
    private static int append(StringBuilder cur, String s, int from, int to) {
        if (cur != null) {
            cur.append(s, from, to);
        }
        return to - from;
    }

    /**
     * The end of a numbering prefix at {@code i} ({@code 1.}, {@code 1 、}, {@code (1)}, {@code （一）}), spaces
     * allowed inside; {@code i} itself if there is none. {@code 第（一）项} is no numbering.
     */
    static int numberingPrefix(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '(' || c == '（') {
            if (i > 0 && s.charAt(i - 1) == '第') {
                return i;
            }
            int j = skipSpaces(s, i + 1);
            int k = j;
            while (k < n && k - j < 3 && (isDigit(s.charAt(k)) || isChineseNumeral(s.charAt(k)))) {
                k++;
            }
            if (k == j) {
                return i;
            }
            int m = skipSpaces(s, k);
            if (m < n && (s.charAt(m) == ')' || s.charAt(m) == '）')) {
                return m + 1;
            }
            return i;
        }
        if (isDigit(c) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
            int k = i;
            while (k < n && isDigit(s.charAt(k))) {
                k++;
            }
            if (k - i > 2) {
                return i;
            }
            int m = skipSpaces(s, k);
            if (m < n && (s.charAt(m) == '.' || s.charAt(m) == '、' || s.charAt(m) == '．')) {
                int after = skipSpaces(s, m + 1);
                if (after < n && !isDigit(s.charAt(after))) {
                    return m + 1;
                }
            }
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        int k = i;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\u3000')) {
            k++;
        }
        return k;
    }

    /** The tokens of a list of blocks (tables and paragraphs) in order. */
    static List<Token> of(List<Block> blocks) {
        List<Token> out = new ArrayList<>();
        int row = 0;
        for (Block b : blocks) {
            if (b instanceof Table t) {
                row = ofTable(t, row, out);
            } else if (b instanceof Paragraph p) {
                out.addAll(ofParagraph(p, row++));
            } else if (b instanceof io.github.ogireport.parse.doc.Heading h) {
                out.addAll(ofParagraph(new Paragraph(h.text(), h.location()), row++));
            }
            if (out.size() >= MAX_TOKENS) {
                break;
            }
        }
        return out;
    }

    /**
     * Ends the current label run of {@code length} characters: a token of its text unless blank (only counted when
     * {@code out} is null: a run never starts with whitespace, so a run of any length is not blank).
     *
     * @return how many tokens that makes, 0 or 1
     */
    private static int flush(List<Token> out, StringBuilder cur, int length, int start, Paragraph p, int rowId,
            int col) {
        if (out == null) {
            return length > 0 ? 1 : 0;
        }
        String t = cur.toString().strip();
        cur.setLength(0);
        if (t.isEmpty()) {
            return 0;
        }
        out.add(new Token(t, Optional.empty(), at(p, start), rowId, col));
        return 1;
    }

    private static SourceLocation at(Paragraph p, int offset) {
        SourceLocation l = p.location();
        if (l.line() > 0) {
            return new SourceLocation(l.line(), Math.max(1, l.column() + offset), l.table(), l.row(), l.cell());
        }
        return l;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean isChineseNumeral(int c) {
        return switch (c) {
            case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十' -> true;
            default -> false;
        };
    }
}
