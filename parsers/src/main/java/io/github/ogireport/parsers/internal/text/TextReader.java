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
        Charset utf16 = TextDecoder.utf16WithoutBom(content);
        if (looksBinary(content, utf16)) {
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
        String[] lines = TextDecoder.normalizeLineEnds(text).split("\n", -1);
        List<Line> classified = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            if ((i & 0xFF) == 0) {
                deadline.check();
            }
            classified.add(classify(lines[i], i + 1));
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
                blocks.add(new Paragraph(l.raw.strip(), SourceLocation.text(l.number, firstNonSpace(l.raw) + 1)));
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
            for (int c = 0; c < l.cells.size() && !anyValue; c++) {
                String cell = l.cells.get(c);
                anyValue = cell.isEmpty() || isValue(cell);
            }
            if (structural && anyValue) {
                break; // a table: nothing more to learn
            }
        }
        if (!structural && !anyValue) {
            // tab-indented prose, not a table
            for (Line l : run) {
                if (l.kind != Kind.BLANK) {
                    blocks.add(new Paragraph(l.raw.strip(), SourceLocation.text(l.number, firstNonSpace(l.raw) + 1)));
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
                    for (int c = 0; c < l.cells.size(); c++) {
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

    private static Table.Cell cell(Line l, int index, int table, int row, int cellNo) {
        return Table.Cell.of(l.cells.get(index),
                SourceLocation.text(l.number, l.columns.get(index)).withCell(table, row, cellNo));
    }

    private static void flush(List<Table.Row> rows, List<Table.Cell> current) {
        if (!current.isEmpty()) {
            rows.add(new Table.Row(current)); // the row copies the cells
            current.clear();
        }
    }

    private enum Kind { BLANK, TEXT, PIPE_SEPARATOR, PIPE_CELL, MD_ROW, MD_ALIGN, TAB_ROW, TAB_CELL, SPACE_ROW }

    /** One classified source line: its cells (text trimmed) and their 1-based columns. */
    private record Line(Kind kind, String raw, int number, List<String> cells, List<Integer> columns) {
    }

    private static Line classify(String raw, int number) {
        // the text without surrounding whitespace is [start, end) (as strip() and isBlank() see it)
        int start = leadingSpaces(raw);
        int end = raw.length();
        while (end > start && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        boolean blank = start == raw.length();
        if (blank && raw.indexOf('\t') < 0) {
            return new Line(Kind.BLANK, raw, number, List.of(), List.of());
        }
        if (blank) {
            // a lone tab: an empty cell of the one-cell-per-line shape
            return new Line(Kind.TAB_CELL, raw, number, List.of(""), List.of(raw.length() + 1));
        }
        if (isEmptyPipeCell(raw)) {
            // " |": an empty cell of the one-cell-per-line pipe shape
            return new Line(Kind.PIPE_CELL, raw, number, List.of(""), List.of(raw.indexOf('|') + 1));
        }
        if (isPipesOnly(raw)) {
            return new Line(Kind.PIPE_SEPARATOR, raw, number, List.of(), List.of());
        }
        String trimmed = raw.substring(start, end);
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
            if (isMarkdownAlignment(trimmed)) {
                return new Line(Kind.MD_ALIGN, raw, number, List.of(), List.of());
            }
            return split(raw, number, Kind.MD_ROW, '|', true);
        }
        if (trimmed.endsWith("|") && trimmed.indexOf('|') == trimmed.length() - 1) {
            String text = trimmed.substring(0, trimmed.length() - 1).strip();
            return new Line(Kind.PIPE_CELL, raw, number, List.of(text), List.of(start + 1));
        }
        if (raw.indexOf('\t') >= 0) {
            int tabs = 0;
            while (tabs < raw.length() && raw.charAt(tabs) == '\t') {
                tabs++;
            }
            if (tabs == 1 && raw.indexOf('\t', tabs) < 0) {
                // one tab, one cell: the tab-indented shape. Two or more tabs before the only text are the blank
                // cells of a tab-separated row (a row copied from a web page whose first cells are empty).
                return new Line(Kind.TAB_CELL, raw, number, List.of(trimmed), List.of(start + 1));
            }
            return split(raw, number, Kind.TAB_ROW, '\t', false);
        }
        Line spaced = spaceRow(raw, number);
        if (spaced != null) {
            return spaced;
        }
        return new Line(Kind.TEXT, raw, number, List.of(), List.of());
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

    /** {@code " |"}: one or more spaces, then a pipe, nothing else. */
    private static boolean isEmptyPipeCell(String raw) {
        int last = raw.length() - 1;
        if (last < 1 || raw.charAt(last) != '|') {
            return false;
        }
        for (int i = 0; i < last; i++) {
            if (raw.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** {@code [ \t]*\|+[ \t]*}: pipes only, maybe between spaces and tabs. */
    private static boolean isPipesOnly(String raw) {
        int n = raw.length();
        int i = 0;
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

    /** Whether a text has a column gap: two spaces, or an ideographic space. */
    private static boolean hasSpaceGap(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u3000' || c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    private static Line split(String raw, int number, Kind kind, char sep, boolean outerPipes) {
        List<String> cells = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        int start = 0;
        int from = 0;
        int to = raw.length();
        if (outerPipes) {
            from = raw.indexOf('|') + 1;
            to = raw.lastIndexOf('|');
        }
        start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || raw.charAt(i) == sep) {
                String piece = raw.substring(start, i);
                cells.add(piece.strip());
                cols.add(start + leadingSpaces(piece) + 1);
                start = i + 1;
            }
        }
        return new Line(kind, raw, number, List.copyOf(cells), List.copyOf(cols));
    }

    private static Line spaceRow(String raw, int number) {
        String trimmed = raw.strip();
        if (trimmed.endsWith("。") || !hasSpaceGap(trimmed)) {
            return null;
        }
        int offset = raw.indexOf(trimmed);
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
        List<String> cells = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        int pos = 0;
        for (String p : parts) {
            int at = trimmed.indexOf(p, pos);
            cells.add(p.strip());
            cols.add(offset + at + 1);
            pos = at + p.length();
        }
        return new Line(Kind.SPACE_ROW, raw, number, List.copyOf(cells), List.copyOf(cols));
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int firstNonSpace(String s) {
        return Math.min(leadingSpaces(s), s.length());
    }

    private static boolean looksBinary(byte[] bytes) {
        return looksBinary(bytes, TextDecoder.utf16WithoutBom(bytes));
    }

    private static boolean looksBinary(byte[] bytes, Charset utf16) {
        if (utf16 != null) {
            return false;
        }
        int n = Math.min(bytes.length, 8192);
        if (n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
