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
import io.github.ogireport.rules.Severity;
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
 *   <li>tab-separated rows;</li>
 *   <li>one tab-indented cell per line, blank lines between rows, a lone tab for an empty cell;</li>
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
public final class TextReader implements ReportReader {

    private static final Pattern EMPTY_PIPE_CELL = Pattern.compile("^ +\\|$");
    private static final Pattern PIPES_ONLY = Pattern.compile("^[ \\t]*\\|+[ \\t]*$");
    private static final Pattern MD_ALIGN = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern SPACE_GAP = Pattern.compile("(?: {2,}|\u3000+)");
    private static final Pattern VALUE = Pattern.compile(
            "^[+\\-－]?[0-9０-９][0-9０-９,，.．]*\\s*(?:万元|元|件|个|条|项)?$|^(?:-|—|–|/|无|－|／|--|——|\\\\)$");

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
        if (looksBinary(content)) {
            throw new ReportParseException("not text", List.of(new Diagnostic("BINARY_INPUT", Severity.ERROR,
                    SourceLocation.UNKNOWN, "输入不是文本", "input is not text")));
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(content, options);
        List<Diagnostic> diagnostics = new ArrayList<>(TextDecoder.diagnostics(decoded));
        if (decoded.text().isBlank()) {
            throw new ReportParseException("empty input", List.of(new Diagnostic("EMPTY_INPUT", Severity.ERROR,
                    SourceLocation.UNKNOWN, "输入为空", "input is empty")));
        }
        return new DocumentOutput(parse(decoded.text()), diagnostics);
    }

    /**
     * Turns decoded text (line ends normalized or not) into a document.
     *
     * @param text the text
     * @return the document
     */
    public static Document parse(String text) {
        String[] lines = TextDecoder.normalizeLineEnds(text).split("\n", -1);
        List<Line> classified = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
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
            for (String c : l.cells) {
                if (c.isEmpty() || VALUE.matcher(c).matches()) {
                    anyValue = true;
                }
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
            rows.add(new Table.Row(List.copyOf(current)));
            current.clear();
        }
    }

    private enum Kind { BLANK, TEXT, PIPE_SEPARATOR, PIPE_CELL, MD_ROW, MD_ALIGN, TAB_ROW, TAB_CELL, SPACE_ROW }

    /** One classified source line: its cells (text trimmed) and their 1-based columns. */
    private record Line(Kind kind, String raw, int number, List<String> cells, List<Integer> columns) {
    }

    private static Line classify(String raw, int number) {
        if (raw.isBlank() && raw.indexOf('\t') < 0) {
            return new Line(Kind.BLANK, raw, number, List.of(), List.of());
        }
        if (raw.isBlank()) {
            // a lone tab: an empty cell of the one-cell-per-line shape
            return new Line(Kind.TAB_CELL, raw, number, List.of(""), List.of(raw.length() + 1));
        }
        if (EMPTY_PIPE_CELL.matcher(raw).matches()) {
            // " |": an empty cell of the one-cell-per-line pipe shape
            return new Line(Kind.PIPE_CELL, raw, number, List.of(""), List.of(raw.indexOf('|') + 1));
        }
        if (PIPES_ONLY.matcher(raw).matches()) {
            return new Line(Kind.PIPE_SEPARATOR, raw, number, List.of(), List.of());
        }
        String trimmed = raw.strip();
        if (trimmed.startsWith("|") && trimmed.endsWith("|") && trimmed.length() > 1) {
            if (MD_ALIGN.matcher(trimmed).matches()) {
                return new Line(Kind.MD_ALIGN, raw, number, List.of(), List.of());
            }
            return split(raw, number, Kind.MD_ROW, '|', true);
        }
        if (trimmed.endsWith("|") && trimmed.indexOf('|') == trimmed.length() - 1) {
            int start = firstNonSpace(raw);
            String text = trimmed.substring(0, trimmed.length() - 1).strip();
            return new Line(Kind.PIPE_CELL, raw, number, List.of(text), List.of(start + 1));
        }
        if (raw.indexOf('\t') >= 0) {
            String rest = raw.replaceFirst("^\\t+", "");
            if (rest.indexOf('\t') < 0 && raw.startsWith("\t")) {
                int col = raw.length() - rest.length() + 1 + leadingSpaces(rest);
                return new Line(Kind.TAB_CELL, raw, number, List.of(rest.strip()), List.of(col));
            }
            return split(raw, number, Kind.TAB_ROW, '\t', false);
        }
        Line spaced = spaceRow(raw, number);
        if (spaced != null) {
            return spaced;
        }
        return new Line(Kind.TEXT, raw, number, List.of(), List.of());
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
        if (trimmed.endsWith("。") || !SPACE_GAP.matcher(trimmed).find()) {
            return null;
        }
        int offset = raw.indexOf(trimmed);
        String[] parts = SPACE_GAP.split(trimmed);
        if (parts.length < 2) {
            return null;
        }
        boolean anyValue = false;
        for (String p : parts) {
            if (VALUE.matcher(p.strip()).matches()) {
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
        if (TextDecoder.utf16WithoutBom(bytes) != null) {
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
