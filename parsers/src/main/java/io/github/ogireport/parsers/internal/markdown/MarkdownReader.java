package io.github.ogireport.parsers.internal.markdown;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.rules.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown (CommonMark with GitHub pipe tables) into the neutral document: ATX ({@code #}) and setext
 * headings become {@link Heading}s, pipe tables (a header row followed by a delimiter row such as
 * {@code |---|---|}) become {@link Table}s, and every other non-blank line becomes a {@link Paragraph} (one per
 * line, as the recognizer expects). Thematic breaks, HTML comments and fence lines are dropped; the content of
 * fenced code is kept as paragraphs. Every block and cell carries its line and column. Format {@code markdown},
 * extensions {@code md} and {@code markdown}. Stateless and thread-safe.
 *
 * <p>Inline text, as CommonMark and the HTML reader read it: a backslash before any ASCII punctuation character is
 * removed and the character kept literally ({@code \<br>} is the text {@code <br>}); a {@code <br>} ({@code <br/>},
 * {@code <br />}, any case) ends a line: in a paragraph each line becomes a paragraph of its own (empty lines
 * dropped), in a table cell the lines are joined with {@code \n} (empty lines dropped), in a heading it separates
 * nothing (the heading's text runs on, as in an HTML heading). Whitespace runs become one space; texts are trimmed.
 */
public final class MarkdownReader implements ReportReader, Cooperative {

    // ATX headings, thematic breaks, delimiter rows and block-quote markers are read without regular expressions
    // (atx, isThematicBreak, isDelimiterRow, quoteEnd): in one pass each, as a deadline checked between lines needs
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+).*$");
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    /** How many lines are read between two looks at the deadline. */
    private static final int LINES_PER_CHECK = 256;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("md", "markdown");
    }

    /**
     * 70 when the content has both an ATX heading and a pipe table with a delimiter row, 50 for a delimiter row
     * alone, 30 for ATX headings alone, 0 otherwise (plain text with {@code |} cell ends is not Markdown).
     */
    @Override
    public int detect(byte[] head, String fileName) {
        String text = new String(head, StandardCharsets.UTF_8);
        boolean heading = false;
        boolean table = false;
        String previous = "";
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (atx(line) != null && !line.strip().equals("#")) {
                heading = true;
            }
            if (line.contains("|") && line.contains("-") && isDelimiterRow(line)
                    && previous.contains("|")) {
                table = true;
            }
            if (heading && table) {
                return 70;
            }
            previous = line;
        }
        return table ? 50 : heading ? 30 : 0;
    }

    /**
     * {@inheritDoc} The time limit of the options is checked between lines, on the caller's thread: past it the read
     * ends with {@link Deadline.Exceeded}.
     */
    @Override
    public Output read(byte[] content, ReaderOptions options) {
        Deadline deadline = Deadline.of(options);
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = decode(content, options, diagnostics);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        List<Block> blocks = new ArrayList<>();
        boolean inComment = false;
        String fence = null;
        int i = 0;
        int steps = 0;
        while (i < lines.size()) {
            if (steps++ % LINES_PER_CHECK == 0) {
                deadline.check();
            }
            String line = lines.get(i);
            int lineNo = i + 1;
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                } else if (!line.isBlank()) {
                    blocks.add(new Paragraph(line.strip(), at(lineNo, line)));
                }
                i++;
                continue;
            }
            if (inComment) {
                inComment = !line.contains("-->");
                i++;
                continue;
            }
            String stripped = line.strip();
            if (stripped.startsWith("<!--")) {
                inComment = !stripped.contains("-->");
                i++;
                continue;
            }
            Matcher fm = FENCE.matcher(line);
            if (fm.matches()) {
                fence = fm.group(1).substring(0, 3);
                i++;
                continue;
            }
            if (stripped.isEmpty() || isThematicBreak(line)) {
                i++;
                continue;
            }
            Atx atx = atx(line);
            if (atx != null) {
                String h = headingText(atx.text());
                if (!h.isEmpty()) {
                    blocks.add(new Heading(atx.level(), h, at(lineNo, line)));
                }
                i++;
                continue;
            }
            if (hasPipe(line) && i + 1 < lines.size() && isDelimiterRow(lines.get(i + 1))
                    && lines.get(i + 1).contains("-")) {
                i = table(lines, i, blocks, deadline);
                continue;
            }
            if (i + 1 < lines.size() && SETEXT.matcher(lines.get(i + 1)).matches()) {
                int level = lines.get(i + 1).strip().startsWith("=") ? 1 : 2;
                blocks.add(new Heading(level, headingText(stripped), at(lineNo, line)));
                i += 2;
                continue;
            }
            paragraphs(line, lineNo, blocks);
            i++;
        }
        return new DocumentOutput(new Document(blocks), diagnostics);
    }

    /** Reads a table starting at a header line; returns the index of the first line after it. */
    private static int table(List<String> lines, int start, List<Block> blocks, Deadline deadline) {
        List<Table.Row> rows = new ArrayList<>();
        int tableNo = (int) blocks.stream().filter(Table.class::isInstance).count() + 1;
        rows.add(row(lines.get(start), start + 1, tableNo, 1));
        int i = start + 2;
        while (i < lines.size() && lines.get(i).contains("|") && !lines.get(i).isBlank()) {
            if ((i - start) % LINES_PER_CHECK == 0) {
                deadline.check();
            }
            rows.add(row(lines.get(i), i + 1, tableNo, rows.size() + 1));
            i++;
        }
        blocks.add(new Table(rows, at(start + 1, lines.get(start)).withCell(tableNo, 0, 0)));
        return i;
    }

    private static Table.Row row(String line, int lineNo, int tableNo, int rowNo) {
        int from = 0;
        int to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        if (from < to && line.charAt(from) == '|') {
            from++;
        }
        if (to > from && line.charAt(to - 1) == '|' && !escaped(line, from, to - 1)) {
            to--;
        }
        List<Table.Cell> cells = new ArrayList<>();
        int cellStart = from;
        int k = from;
        while (k <= to) {
            char c = k < to ? line.charAt(k) : '|';
            if (c == '\\' && k + 1 < to && punctuation(line.charAt(k + 1))) {
                k += 2; // an escaped character (\| included) stays in the cell, unescaped with the cell's text
                continue;
            }
            if (c == '|') {
                int col = cellStart;
                while (col < k && Character.isWhitespace(line.charAt(col))) {
                    col++;
                }
                col = col == k ? cellStart : col;
                SourceLocation loc = new SourceLocation(lineNo, col + 1, tableNo, rowNo, cells.size() + 1);
                cells.add(Table.Cell.of(cellText(line.substring(cellStart, k)), loc));
                cellStart = k + 1;
            }
            k++;
        }
        return new Table.Row(cells);
    }

    /** Whether a line has an unescaped {@code |} (an escaped {@code \\|} is text and starts no table). */
    private static boolean hasPipe(String line) {
        for (int k = line.indexOf('|'); k >= 0; k = line.indexOf('|', k + 1)) {
            if (!escaped(line, 0, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code at} follows an odd number of backslashes (from {@code from} on). */
    private static boolean escaped(String s, int from, int at) {
        int n = 0;
        for (int k = at - 1; k >= from && s.charAt(k) == '\\'; k--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** A cell's text: its lines ({@code <br>}) joined with {@code \n}, empty lines dropped, as the HTML reader does. */
    private static String cellText(String raw) {
        List<String> out = new ArrayList<>();
        for (int[] piece : lines(raw)) {
            String t = inline(raw.substring(piece[0], piece[1]));
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return String.join("\n", out);
    }

    /** A heading's text: a {@code <br>} separates nothing, as in an HTML heading. */
    private static String headingText(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int[] piece : lines(raw)) {
            b.append(raw, piece[0], piece[1]);
        }
        return inline(b.toString());
    }

    /**
     * The paragraphs of one line: a block quote's markers and a trailing hard-break backslash dropped, one paragraph
     * per {@code <br>}-separated line (empty ones dropped), as the HTML reader splits a {@code <p>} at its
     * {@code <br>}s. The first paragraph is located at the line's first character, each further one at its own.
     */
    private static void paragraphs(String line, int lineNo, List<Block> blocks) {
        int from = 0;
        int to = line.length();
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        if (from < to && line.charAt(from) == '>') {
            from = quoteEnd(line, from, to);
        }
        if (to > from && line.charAt(to - 1) == '\\' && !escaped(line, from, to - 1)) {
            to--; // a hard line break: the line ends the block anyway
        }
        String raw = line.substring(from, to);
        boolean first = true;
        for (int[] piece : lines(raw)) {
            String t = inline(raw.substring(piece[0], piece[1]));
            if (t.isEmpty()) {
                continue;
            }
            SourceLocation loc;
            if (first) {
                loc = at(lineNo, line);
            } else {
                int col = from + piece[0];
                while (Character.isWhitespace(line.charAt(col))) {
                    col++;
                }
                loc = SourceLocation.text(lineNo, col + 1);
            }
            blocks.add(new Paragraph(t, loc));
            first = false;
        }
    }

    /**
     * The lines of an inline text: the {@code [start, end)} ranges between its unescaped {@code <br>}s (an escaped
     * {@code \<br>} is text).
     */
    private static List<int[]> lines(String raw) {
        List<int[]> out = new ArrayList<>();
        Matcher br = BR.matcher(raw);
        int start = 0;
        int k = 0;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            if (c == '\\' && k + 1 < raw.length() && punctuation(raw.charAt(k + 1))) {
                k += 2;
            } else if (c == '<' && br.region(k, raw.length()).lookingAt()) {
                out.add(new int[] {start, k});
                start = br.end();
                k = start;
            } else {
                k++;
            }
        }
        out.add(new int[] {start, raw.length()});
        return out;
    }

    /**
     * Inline markup removed: strong/emphasis markers around the whole text, backslash escapes (a backslash before an
     * ASCII punctuation character); whitespace runs collapsed to one space, the text trimmed.
     */
    private static String inline(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        for (String marker : new String[] {"**", "__"}) {
            if (t.length() > 2 * marker.length() && t.startsWith(marker) && t.endsWith(marker)
                    && !escaped(t, 0, t.length() - marker.length())) {
                t = t.substring(marker.length(), t.length() - marker.length()).strip();
            }
        }
        return unescape(t);
    }

    /** The text with every backslash escape of an ASCII punctuation character replaced by the character. */
    private static String unescape(String t) {
        if (t.indexOf('\\') < 0) {
            return t;
        }
        StringBuilder b = new StringBuilder(t.length());
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '\\' && k + 1 < t.length() && punctuation(t.charAt(k + 1))) {
                c = t.charAt(++k);
            }
            b.append(c);
        }
        return b.toString();
    }

    /** An ATX heading: its level and its text as written (empty when it has none). */
    private record Atx(int level, String text) {
    }

    /**
     * The ATX heading of a line, {@code ^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$} (the text is group 2),
     * or null: one to six {@code #} after at most three spaces, then the end of the line or spaces and tabs; the text
     * runs to the trailing spaces and tabs, or to a closing run of {@code #} after spaces and tabs. A line holding a
     * line separator ({@code .} does not match U+0085, U+2028, U+2029) is no heading.
     */
    private static Atx atx(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        int h = i;
        while (h < n && line.charAt(h) == '#') {
            h++;
        }
        int level = h - i;
        if (level < 1 || level > 6) {
            return null;
        }
        if (h == n) {
            return new Atx(level, "");
        }
        if (!spaceOrTab(line.charAt(h))) {
            return null;
        }
        for (int k = h; k < n; k++) {
            char c = line.charAt(k);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        int from = h;
        while (from < n && spaceOrTab(line.charAt(from))) {
            from++;
        }
        int end = n;
        while (end > from && spaceOrTab(line.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > from && line.charAt(hashes - 1) == '#') {
            hashes--;
        }
        int gap = hashes;
        while (gap > from && spaceOrTab(line.charAt(gap - 1))) {
            gap--;
        }
        if (hashes < end && gap < hashes) {
            end = gap; // the closing run of # and the spaces before it
        }
        return new Atx(level, line.substring(from, end));
    }

    /** A thematic break, {@code ^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$}: three or more of one of - * _, spaces between. */
    private static boolean isThematicBreak(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i == n) {
            return false;
        }
        char mark = line.charAt(i);
        if (mark != '-' && mark != '*' && mark != '_') {
            return false;
        }
        int marks = 0;
        for (; i < n; i++) {
            char c = line.charAt(i);
            if (c == mark) {
                marks++;
            } else if (!spaceOrTab(c)) {
                return false;
            }
        }
        return marks >= 3;
    }

    /**
     * The delimiter row of a pipe table, {@code ^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$}
     * (read without a regular expression, whose repeated group would recurse once per cell).
     */
    private static boolean isDelimiterRow(String line) {
        int n = line.length();
        int i = skipSpacesAndTabs(line, 0);
        if (i < n && line.charAt(i) == '|') {
            i = skipSpacesAndTabs(line, i + 1);
        }
        i = delimiterCell(line, i);
        while (i >= 0 && i < n) {
            if (line.charAt(i) != '|') {
                return false;
            }
            i = skipSpacesAndTabs(line, i + 1);
            if (i == n) {
                return true; // the closing pipe
            }
            i = delimiterCell(line, i);
        }
        return i >= 0;
    }

    /** {@code :?-+:?[ \t]*} at {@code i}: the index after it, or -1. */
    private static int delimiterCell(String line, int i) {
        int n = line.length();
        if (i < n && line.charAt(i) == ':') {
            i++;
        }
        int dashes = i;
        while (i < n && line.charAt(i) == '-') {
            i++;
        }
        if (i == dashes) {
            return -1;
        }
        if (i < n && line.charAt(i) == ':') {
            i++;
        }
        return skipSpacesAndTabs(line, i);
    }

    /** The end of the block-quote markers {@code (>[ \t]?)+} at {@code from} (a {@code >}), within {@code to}. */
    private static int quoteEnd(String line, int from, int to) {
        int i = from;
        while (i < to && line.charAt(i) == '>') {
            i++;
            if (i < to && spaceOrTab(line.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static int skipSpacesAndTabs(String s, int i) {
        while (i < s.length() && spaceOrTab(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean spaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** ASCII punctuation, the characters CommonMark lets a backslash escape. */
    private static boolean punctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private static SourceLocation at(int lineNo, String line) {
        int col = 1;
        while (col <= line.length() && Character.isWhitespace(line.charAt(col - 1))) {
            col++;
        }
        return SourceLocation.text(lineNo, col > line.length() ? 1 : col);
    }

    private static String decode(byte[] content, ReaderOptions options, List<Diagnostic> diagnostics) {
        if (options.charset().isPresent()) {
            return new String(content, options.charset().get());
        }
        int bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content, bom, content.length - bom)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            Charset gb = Charset.forName("GB18030");
            diagnostics.add(new Diagnostic("CHARSET_DETECTED", Severity.INFO, SourceLocation.UNKNOWN,
                    "内容不是有效的 UTF-8，已按 GB18030 解码", "the content is not valid UTF-8; decoded as GB18030"));
            return new String(content, gb);
        }
    }
}
