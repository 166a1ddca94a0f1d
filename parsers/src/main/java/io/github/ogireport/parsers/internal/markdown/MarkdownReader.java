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
public final class MarkdownReader implements ReportReader {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern DELIMITER = Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```+|~~~+).*$");
    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("(>[ \\t]?)+");

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
            if (ATX.matcher(line).matches() && !line.strip().equals("#")) {
                heading = true;
            }
            if (line.contains("|") && line.contains("-") && DELIMITER.matcher(line).matches()
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

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = decode(content, options, diagnostics);
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        List<Block> blocks = new ArrayList<>();
        boolean inComment = false;
        String fence = null;
        int i = 0;
        while (i < lines.size()) {
            if ((i & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("the read was abandoned");
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
            if (stripped.isEmpty() || BREAK.matcher(line).matches()) {
                i++;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                String h = atx.group(2) == null ? "" : headingText(atx.group(2));
                if (!h.isEmpty()) {
                    blocks.add(new Heading(atx.group(1).length(), h, at(lineNo, line)));
                }
                i++;
                continue;
            }
            if (hasPipe(line) && i + 1 < lines.size() && DELIMITER.matcher(lines.get(i + 1)).matches()
                    && lines.get(i + 1).contains("-")) {
                i = table(lines, i, blocks);
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
    private static int table(List<String> lines, int start, List<Block> blocks) {
        List<Table.Row> rows = new ArrayList<>();
        int tableNo = (int) blocks.stream().filter(Table.class::isInstance).count() + 1;
        rows.add(row(lines.get(start), start + 1, tableNo, 1));
        int i = start + 2;
        while (i < lines.size() && lines.get(i).contains("|") && !lines.get(i).isBlank()) {
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
            Matcher quote = QUOTE.matcher(line).region(from, to);
            if (quote.lookingAt()) {
                from = quote.end();
            }
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
