package io.github.ogireport.parsers.internal.text;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.rules.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads plain text (as copied from an agency's web page) into the neutral {@link Document}: prose lines become
 * paragraphs, runs of table-cell lines become tables. Shapes taken:
 *
 * <ul>
 *   <li>one cell per line ending with {@code " |"} (an empty cell is a line {@code " |"}), with lines of pipes only
 *       ({@code |||}) between rows;</li>
 *   <li>the same with a lone {@code |} line before each row;</li>
 *   <li>tab-separated rows (a row whose first cells are empty starts with their tabs);</li>
 *   <li>one tab-indented cell per line (one tab before it), blank lines between rows, a lone tab for an empty
 *       cell;</li>
 *   <li>whitespace-aligned columns (two or more spaces between cells, at least one cell a number);</li>
 *   <li>Markdown-like pipe rows {@code | a | b |} (alignment rows are skipped).</li>
 * </ul>
 *
 * <p>Bytes are decoded by a byte-order mark (UTF-8, UTF-16), as UTF-16 when NUL bytes sit only at odd or only at
 * even positions, as UTF-8 when valid, else as GB18030 (with a {@code CHARSET_DETECTED} diagnostic whenever the
 * charset is not UTF-8); {@link ReaderOptions#charset()} overrides detection.
 *
 * <p>Glued text such as {@code 规章000行政规范性文件35128} stays a paragraph; the recognizer splits it. Every
 * block and cell records its line and column. Stateless and thread-safe.
 */
public final class TextReader implements ReportReader, Cooperative {

    private static final Pattern SPACE_GAP = Pattern.compile("(?: {2,}|\u3000+)");

    /** Creates the reader. */
    public TextReader() {
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("txt", "text");
    }

    @Override
    public int detect(byte[] head, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (looksBinary(head)) {
            return 0;
        }
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return 80;
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("<") || text.startsWith("{") || text.startsWith("#")) {
            return 5;
        }
        return text.contains("政府信息公开") ? 40 : 10;
    }

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        if (content.length > options.maxBytes()) {
            throw new ReportParseException("input too large", List.of(new Diagnostic("INPUT_TOO_LARGE",
                    Severity.ERROR, SourceLocation.UNKNOWN, "输入超过 " + options.maxBytes() + " 字节的上限",
                    "input exceeds the limit of " + options.maxBytes() + " bytes")));
        }
        int zero = TextDecoder.firstZero(content, Math.min(content.length, TextDecoder.UTF16_HEAD));
        Charset utf16 = TextDecoder.utf16WithoutBom(content, zero);
        if (looksBinary(content, utf16, zero)) {
            throw new ReportParseException("not text", List.of(new Diagnostic("BINARY_INPUT", Severity.ERROR,
                    SourceLocation.UNKNOWN, "输入不是文本", "input is not text")));
        }
        Deadline deadline = Deadline.of(options);
        TextDecoder.Decoded decoded = TextDecoder.decode(content, options, utf16);
        List<Diagnostic> diagnostics = new ArrayList<>(TextDecoder.diagnostics(decoded));
        if (decoded.text().isBlank()) {
            throw new ReportParseException("empty input", List.of(new Diagnostic("EMPTY_INPUT", Severity.ERROR,
                    SourceLocation.UNKNOWN, "输入为空", "input is empty")));
        }
        return new DocumentOutput(parse(decoded.text(), deadline), diagnostics);
    }

    /**
     * Turns decoded text (line ends normalized or not) into a document.
     *
     * @param text the text
     * @return the document
     */
    public static Document parse(String text) {
        return parse(text, Deadline.NONE);
    }

    private static Document parse(String text, Deadline deadline) {
        String normalized = TextDecoder.normalizeLineEnds(text);
        List<Line> classified = new ArrayList<>();
        int start = 0;
        for (int i = 0; ; i++) {
            if ((i & 0xFF) == 0) {
                deadline.check();
            }
            int end = normalized.indexOf('\n', start);
            classified.add(classify(normalized, start, end < 0 ? normalized.length() : end, i + 1));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        List<Block> blocks = new ArrayList<>();
        int[] tableNo = {0};
        int i = 0;
        while (i < classified.size()) {
            Line l = classified.get(i);
            if (l.kind == Kind.BLANK) {
                i++;
                continue;
            }
            if (l.kind == Kind.TEXT) {
                blocks.add(paragraph(l));
                i++;
                continue;
            }
            // a run of table lines; blank lines inside are kept when a table line follows
            int end = i;
            int j = i;
            while (j < classified.size()) {
                Kind k = classified.get(j).kind;
                if (k == Kind.TEXT) {
                    break;
                }
                if (k != Kind.BLANK) {
                    end = j;
                }
                j++;
            }
            List<Line> run = classified.subList(i, end + 1);
            emitRun(run, blocks, tableNo);
            i = end + 1;
        }
        return new Document(blocks);
    }

    private static void emitRun(List<Line> run, List<Block> blocks, int[] tableNo) {
        boolean structural = false;
        boolean anyValue = false;
        for (Line l : run) {
            if (l.kind != Kind.TAB_CELL && l.kind != Kind.BLANK) {
                structural = true;
            }
            for (int c = 0; c < l.size() && !anyValue; c++) {
                String cell = l.text(c);
                anyValue = cell.isEmpty() || isValue(cell);
            }
            if (structural && anyValue) {
                break; // a table: nothing more to learn
            }
        }
        if (!structural && !anyValue) {
            // tab-indented prose, not a table: each line's one cell is its text without surrounding whitespace
            for (Line l : run) {
                if (l.kind != Kind.BLANK) {
                    blocks.add(paragraph(l));
                }
            }
            return;
        }
        tableNo[0]++;
        int t = tableNo[0];
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> current = new ArrayList<>();
        for (Line l : run) {
            switch (l.kind) {
                case PIPE_SEPARATOR, BLANK -> flush(rows, current);
                case PIPE_CELL, TAB_CELL -> current.add(cell(l, 0, t, rows.size() + 1, current.size() + 1));
                case MD_ALIGN -> {
                    // alignment row of a Markdown table: no content
                }
                default -> {
                    flush(rows, current);
                    for (int c = 0; c < l.size(); c++) {
                        current.add(cell(l, c, t, rows.size() + 1, c + 1));
                    }
                    flush(rows, current);
                }
            }
        }
        flush(rows, current);
        if (!rows.isEmpty()) {
            Line first = run.get(0);
            blocks.add(new Table(rows, SourceLocation.text(first.number, 1).withCell(t, 0, 0)));
        }
    }

    /** The paragraph of a line of text, or of a tab-indented line of prose: its one cell, where it starts. */
    private static Paragraph paragraph(Line l) {
        return new Paragraph(l.text(0), SourceLocation.text(l.number, l.column(0)));
    }

    private static Table.Cell cell(Line l, int index, int table, int row, int cellNo) {
        return Table.Cell.of(l.text(index), new SourceLocation(l.number, l.column(index), table, row, cellNo));
    }

    private static void flush(List<Table.Row> rows, List<Table.Cell> current) {
        if (!current.isEmpty()) {
            rows.add(new Table.Row(current)); // the row copies the cells
            current.clear();
        }
    }

    private enum Kind { BLANK, TEXT, PIPE_SEPARATOR, PIPE_CELL, MD_ROW, MD_ALIGN, TAB_ROW, TAB_CELL, SPACE_ROW }

    /**
     * One classified source line: its cells (text trimmed) and their 1-based columns; a line of one cell (the usual
     * one) keeps it without arrays. A line of {@link Kind#TEXT} has one "cell": its text without surrounding
     * whitespace. Immutable (the arrays are never changed).
     */
    private static final class Line {
        final Kind kind;
        final int number;
        private final String cell;
        private final int column;
        private final String[] cells;
        private final int[] columns;

        /** A line without cells. */
        Line(Kind kind, int number) {
            this(kind, number, null, 0, null, null);
        }

        /** A line of one cell. */
        Line(Kind kind, int number, String cell, int column) {
            this(kind, number, cell, column, null, null);
        }

        /** A line of cells, one column each. */
        Line(Kind kind, int number, String[] cells, int[] columns) {
            this(kind, number, null, 0, cells, columns);
        }

        private Line(Kind kind, int number, String cell, int column, String[] cells, int[] columns) {
            this.kind = kind;
            this.number = number;
            this.cell = cell;
            this.column = column;
            this.cells = cells;
            this.columns = columns;
        }

        int size() {
            return cells != null ? cells.length : cell != null ? 1 : 0;
        }

        String text(int index) {
            return cells != null ? cells[index] : cell;
        }

        int column(int index) {
            return columns != null ? columns[index] : column;
        }
    }

    /** Classifies the line {@code s[from, to)} (no line end inside); columns count from {@code from}. */
    private static Line classify(String s, int from, int to, int number) {
        // the text without surrounding whitespace is [start, end) (as strip() and isBlank() see it)
        int start = from;
        while (start < to && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        int end = to;
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        boolean blank = start == to;
        boolean tab = indexOf(s, '\t', from, to) >= 0;
        if (blank && !tab) {
            return new Line(Kind.BLANK, number);
        }
        if (blank) {
            // a lone tab: an empty cell of the one-cell-per-line shape
            return new Line(Kind.TAB_CELL, number, "", to - from + 1);
        }
        if (isEmptyPipeCell(s, from, to)) {
            // " |": an empty cell of the one-cell-per-line pipe shape
            return new Line(Kind.PIPE_CELL, number, "", indexOf(s, '|', from, to) - from + 1);
        }
        if (isPipesOnly(s, from, to)) {
            return new Line(Kind.PIPE_SEPARATOR, number);
        }
        char first = s.charAt(start);
        char last = s.charAt(end - 1);
        if (first == '|' && last == '|' && end - start > 1) {
            if (isMarkdownAlignment(s.substring(start, end))) {
                return new Line(Kind.MD_ALIGN, number);
            }
            return split(s, from, to, number, Kind.MD_ROW, '|', true);
        }
        if (last == '|' && indexOf(s, '|', start, to) == end - 1) {
            int textEnd = end - 1; // the text before the pipe, without the whitespace before it
            while (textEnd > start && Character.isWhitespace(s.charAt(textEnd - 1))) {
                textEnd--;
            }
            return new Line(Kind.PIPE_CELL, number, s.substring(start, textEnd), start - from + 1);
        }
        if (tab) {
            int tabs = from;
            while (tabs < to && s.charAt(tabs) == '\t') {
                tabs++;
            }
            if (tabs == from + 1 && indexOf(s, '\t', tabs, to) < 0) {
                // one tab, one cell: the tab-indented shape. Two or more tabs before the only text are the blank
                // cells of a tab-separated row (a row copied from a web page whose first cells are empty).
                return new Line(Kind.TAB_CELL, number, s.substring(start, end), start - from + 1);
            }
            return split(s, from, to, number, Kind.TAB_ROW, '\t', false);
        }
        Line spaced = spaceRow(s, from, number, start, end);
        if (spaced != null) {
            return spaced;
        }
        return new Line(Kind.TEXT, number, s.substring(start, end), start - from + 1);
    }

    /** The index of the first {@code c} in {@code s[from, to)}, or -1. */
    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The placeholders a cell may hold instead of a number. */
    private static final Set<String> PLACEHOLDERS = Set.of("-", "—", "–", "/", "无", "－", "／", "--", "——", "\\");

    /**
     * Whether a cell text is a value: {@code [+\-－]?[0-9０-９][0-9０-９,，.．]*\s*(?:万元|元|件|个|条|项)?} or a
     * placeholder.
     */
    static boolean isValue(String c) {
        int n = c.length();
        int i = 0;
        if (i < n && (c.charAt(i) == '+' || c.charAt(i) == '-' || c.charAt(i) == '－')) {
            i++;
        }
        if (i < n && isDigit(c.charAt(i))) {
            i++;
            while (i < n && (isDigit(c.charAt(i)) || ",，.．".indexOf(c.charAt(i)) >= 0)) {
                i++;
            }
            i = skipAsciiSpace(c, i);
            if (c.startsWith("万元", i)) {
                i += 2;
            } else if (i < n && "元件个条项".indexOf(c.charAt(i)) >= 0) {
                i++;
            }
            if (i == n) {
                return true;
            }
        }
        return PLACEHOLDERS.contains(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** {@code " |"}: one or more spaces, then a pipe, nothing else (in {@code raw[from, to)}). */
    private static boolean isEmptyPipeCell(String raw, int from, int to) {
        int last = to - 1;
        if (last - from < 1 || raw.charAt(last) != '|') {
            return false;
        }
        for (int i = from; i < last; i++) {
            if (raw.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** {@code [ \t]*\|+[ \t]*}: pipes only, maybe between spaces and tabs (in {@code raw[from, to)}). */
    private static boolean isPipesOnly(String raw, int from, int to) {
        int n = to;
        int i = from;
        while (i < n && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        int pipes = i;
        while (i < n && raw.charAt(i) == '|') {
            i++;
        }
        if (i == pipes) {
            return false;
        }
        while (i < n && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        return i == n;
    }

    /**
     * The alignment row of a Markdown table, {@code \s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*} (read
     * without a regular expression, whose repeated group would recurse once per cell).
     */
    static boolean isMarkdownAlignment(String s) {
        int n = s.length();
        int i = skipAsciiSpace(s, 0);
        if (i < n && s.charAt(i) == '|') {
            i = skipAsciiSpace(s, i + 1);
        }
        i = alignmentCell(s, i);
        if (i < 0) {
            return false;
        }
        while (i < n) {
            if (s.charAt(i) != '|') {
                return false;
            }
            i = skipAsciiSpace(s, i + 1);
            if (i == n) {
                return true; // the closing pipe
            }
            i = alignmentCell(s, i);
            if (i < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code :?-{3,}:?\s*} at {@code i}: the index after it, or -1. */
    private static int alignmentCell(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == ':') {
            i++;
        }
        int dashes = i;
        while (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i - dashes < 3) {
            return -1;
        }
        if (i < n && s.charAt(i) == ':') {
            i++;
        }
        return skipAsciiSpace(s, i);
    }

    /** The index after the ASCII whitespace ({@code \s}) at {@code i}. */
    private static int skipAsciiSpace(String s, int i) {
        while (i < s.length() && isAsciiSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Whether {@code s[from, to)} has a column gap: two spaces, or an ideographic space. */
    private static boolean hasSpaceGap(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == ' ' && i + 1 < to && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The cells of the line {@code raw[lineFrom, lineTo)} between separators (and outer pipes). */
    private static Line split(String raw, int lineFrom, int lineTo, int number, Kind kind, char sep,
            boolean outerPipes) {
        int from = lineFrom;
        int to = lineTo;
        if (outerPipes) {
            from = indexOf(raw, '|', lineFrom, lineTo) + 1;
            to = lineTo - 1;
            while (raw.charAt(to) != '|') {
                to--; // the last pipe
            }
        }
        int count = 1;
        for (int i = indexOf(raw, sep, from, to); i >= 0; i = indexOf(raw, sep, i + 1, to)) {
            count++;
        }
        String[] cells = new String[count];
        int[] cols = new int[count];
        int start = from;
        for (int k = 0; k < count; k++) {
            int i = k == count - 1 ? to : indexOf(raw, sep, start, to);
            // the piece raw[start, i) without surrounding whitespace, as strip() makes it
            int a = start;
            while (a < i && Character.isWhitespace(raw.charAt(a))) {
                a++;
            }
            int b = i;
            while (b > a && Character.isWhitespace(raw.charAt(b - 1))) {
                b--;
            }
            cells[k] = raw.substring(a, b);
            cols[k] = a - lineFrom + 1;
            start = i + 1;
        }
        return new Line(kind, number, cells, cols);
    }

    /**
     * A whitespace-aligned row, or null; the line starts at {@code from}, and without surrounding whitespace it is
     * {@code raw[start, end)}.
     */
    private static Line spaceRow(String raw, int from, int number, int start, int end) {
        if (raw.charAt(end - 1) == '。' || !hasSpaceGap(raw, start, end)) {
            return null;
        }
        String trimmed = raw.substring(start, end);
        int offset = start - from;
        String[] parts = SPACE_GAP.split(trimmed);
        if (parts.length < 2) {
            return null;
        }
        boolean anyValue = false;
        for (String p : parts) {
            if (isValue(p.strip())) {
                anyValue = true;
            }
        }
        if (!anyValue) {
            return null;
        }
        String[] cells = new String[parts.length];
        int[] cols = new int[parts.length];
        int pos = 0;
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            int at = trimmed.indexOf(p, pos);
            cells[k] = p.strip();
            cols[k] = offset + at + 1;
            pos = at + p.length();
        }
        return new Line(Kind.SPACE_ROW, number, cells, cols);
    }

    private static boolean looksBinary(byte[] bytes) {
        int zero = TextDecoder.firstZero(bytes, Math.min(bytes.length, TextDecoder.UTF16_HEAD));
        return looksBinary(bytes, TextDecoder.utf16WithoutBom(bytes, zero), zero);
    }

    /**
     * Whether bytes that are not UTF-16 without a byte-order mark ({@code utf16} null) have a NUL byte among their
     * first 8 KiB; {@code firstZero} is the index of their first NUL byte among the first 64 KiB, -1 if none.
     */
    private static boolean looksBinary(byte[] bytes, Charset utf16, int firstZero) {
        if (utf16 != null) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        return firstZero >= 0 && firstZero < n;
    }
}
