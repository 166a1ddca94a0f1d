package io.github.ogireport.parsers.html.internal;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a parsed page into blocks, iteratively (jsoup's {@link NodeTraversor}, no recursion, so deeply nested
 * markup cannot exhaust the stack). Headings {@code <h1>}–{@code <h6>} become {@link Heading}s; the text of every
 * other block element ({@code <p>}, {@code <div>}, …, and the cells of layout tables) becomes a {@link Paragraph}
 * per line ({@code <br>} ends a line); a table without nested tables becomes a {@link Table} with its spans, each
 * cell's lines joined with {@code \n}. Whitespace is collapsed as a browser does (a line break between two Chinese
 * characters disappears), {@code &nbsp;} becomes a space, and every text is trimmed. One instance per page; not
 * thread-safe.
 */
public final class PageWalker {

    /** Diagnostic code: chrome around the article was dropped. */
    public static final String MARKUP_DROPPED = "MARKUP_DROPPED";

    /** Diagnostic code: a rowspan or colspan that is not a number from 1 to 1000. */
    public static final String SPAN_INVALID = "SPAN_INVALID";

    /** Diagnostic code: a rowspan reaching past the end of its table, read as ending there. */
    public static final String SPAN_CLAMPED = "SPAN_CLAMPED";

    private static final Set<String> BLOCKS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address", "center", "figure", "figcaption",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "hr", "fieldset", "details",
            "summary", "legend", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup");

    private static final Set<String> SILENT = Set.of("head", "script", "style", "noscript", "template", "link",
            "meta", "title", "base", "xml");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern SPAN = Pattern.compile("^\\s*(\\d{1,9})");

    private static final char BREAK = '\u2028';

    private static final int MAX_SPAN = 1000;

    private final List<Block> blocks = new ArrayList<>();
    private final List<Diagnostic> diagnostics;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private SourceLocation firstDrop = SourceLocation.UNKNOWN;
    private int tables;

    private final Deadline deadline;

    /** A walker that adds its diagnostics to a list. */
    public PageWalker(List<Diagnostic> diagnostics) {
        this(diagnostics, Deadline.NONE);
    }

    /** A walker that adds its diagnostics to a list and gives up at a deadline. */
    public PageWalker(List<Diagnostic> diagnostics, Deadline deadline) {
        this.diagnostics = diagnostics;
        this.deadline = deadline;
    }

    /** The blocks of a page's root element, in source order. */
    public List<Block> walk(Element root) {
        Flow flow = new Flow();
        NodeTraversor.filter(flow, root);
        flow.flush();
        if (!dropped.isEmpty()) {
            StringBuilder what = new StringBuilder();
            dropped.forEach((k, v) -> what.append(what.length() == 0 ? "" : ", ").append(k).append(" ×").append(v));
            diagnostics.add(new Diagnostic(MARKUP_DROPPED, Severity.INFO, firstDrop,
                    "已略去网页的导航、页眉页脚等非正文部分：" + what,
                    "dropped site chrome around the article: " + what));
        }
        return blocks;
    }

    private void noteDropped(Element e) {
        String tag = e.normalName();
        if (SILENT.contains(tag)) {
            return;
        }
        String key = tag;
        if (!e.id().isEmpty()) {
            key += "#" + e.id();
        } else if (!e.className().isEmpty()) {
            key += "." + SPACES.split(e.className().trim())[0];
        }
        if (dropped.isEmpty()) {
            firstDrop = location(e);
        }
        dropped.merge(key, 1, Integer::sum);
    }

    /** The flow of the page outside data tables. */
    private final class Flow implements NodeFilter {
        private final StringBuilder text = new StringBuilder();
        private SourceLocation start = SourceLocation.UNKNOWN;
        private int headingLevel;

        private int visited;

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 0x3FF) == 0) {
                deadline.check();
            }
            if (node instanceof TextNode t) {
                append(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (Chrome.isChrome(e)) {
                noteDropped(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (headingLevel == 0) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
            if (tag.equals("table") && !holdsTable(e)) {
                flush();
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            int level = headingLevel(tag);
            if (level > 0) {
                flush();
                headingLevel = level;
            } else if (BLOCKS.contains(tag)) {
                flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (headingLevel(tag) > 0) {
                    flush();
                    headingLevel = 0;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(TextNode t) {
            String s = t.getWholeText();
            if (s.isEmpty()) {
                return;
            }
            if (start == SourceLocation.UNKNOWN && !s.isBlank()) {
                start = location(t);
            }
            text.append(s);
        }

        void flush() {
            String s = Text.normalize(text);
            text.setLength(0);
            SourceLocation at = start;
            start = SourceLocation.UNKNOWN;
            if (s.isEmpty()) {
                return;
            }
            if (headingLevel > 0) {
                blocks.add(new Heading(headingLevel, s, at));
            } else {
                blocks.add(new Paragraph(s, at));
            }
        }
    }

    /** Whether an element has a table inside it (stops at the first; getElementsByTag would collect them all). */
    static boolean holdsTable(Element e) {
        Node n = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (n != null && n != e) {
            if (n instanceof Element x && x.normalName().equals("table")) {
                return true;
            }
            if (n.childNodeSize() > 0) {
                n = n.childNode(0);
                continue;
            }
            while (n != e && n.nextSibling() == null) {
                n = n.parentNode();
            }
            n = n == e ? null : n.nextSibling();
        }
        return false;
    }

    private static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    private void table(Element table) {
        int tableNo = ++tables;
        for (Element caption : table.getElementsByTag("caption")) {
            String c = cellText(caption);
            if (!c.isEmpty()) {
                blocks.add(new Paragraph(c.replace('\n', ' '), location(caption)));
            }
        }
        List<Table.Row> rows = new ArrayList<>();
        deadline.check();
        for (Element tr : table.getElementsByTag("tr")) {
            if (Chrome.isChrome(tr)) {
                noteDropped(tr);
                continue;
            }
            int rowNo = rows.size() + 1;
            if ((rowNo & 0xFF) == 0) {
                deadline.check();
            }
            List<Table.Cell> cells = new ArrayList<>();
            for (Element td : tr.children()) {
                String tag = td.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                if (Chrome.isChrome(td)) {
                    noteDropped(td);
                    continue;
                }
                SourceLocation at = location(td).withCell(tableNo, rowNo, cells.size() + 1);
                cells.add(new Table.Cell(cellText(td), span(td, "rowspan", at), span(td, "colspan", at), at));
            }
            rows.add(new Table.Row(cells));
        }
        if (rows.stream().allMatch(r -> r.cells().isEmpty())) {
            tables--;
            return;
        }
        rows = clampRowspans(rows);
        blocks.add(new Table(rows, location(table).withCell(tableNo, 0, 0)));
    }

    /** Rowspans that reach past the last row end there, as in a browser (and cannot blow up the grid). */
    private List<Table.Row> clampRowspans(List<Table.Row> rows) {
        List<Table.Row> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            int left = rows.size() - r;
            List<Table.Cell> cells = new ArrayList<>();
            for (Table.Cell c : rows.get(r).cells()) {
                if (c.rowspan() > left) {
                    diagnostics.add(new Diagnostic(SPAN_CLAMPED, Severity.INFO, c.location(),
                            "单元格的 rowspan " + c.rowspan() + " 超出表格末尾，按 " + left + " 处理",
                            "rowspan " + c.rowspan() + " reaches past the end of the table; read as " + left));
                    c = new Table.Cell(c.text(), left, c.colspan(), c.location());
                }
                cells.add(c);
            }
            out.add(new Table.Row(cells));
        }
        return out;
    }

    private int span(Element td, String attr, SourceLocation at) {
        if (!td.hasAttr(attr)) {
            return 1;
        }
        String v = td.attr(attr);
        Matcher m = SPAN.matcher(v);
        long n = m.find() ? Long.parseLong(m.group(1)) : -1;
        if (n >= 1 && n <= MAX_SPAN) {
            return (int) n;
        }
        int used = n > MAX_SPAN ? MAX_SPAN : 1;
        diagnostics.add(new Diagnostic(SPAN_INVALID, Severity.WARNING, at,
                "单元格的 " + attr + " 值无效，按 " + used + " 处理",
                "invalid " + attr + " '" + shorten(v) + "'; read as " + used));
        return used;
    }

    private static String shorten(String v) {
        return v.length() > 20 ? v.substring(0, 20) + "…" : v;
    }

    /** A cell's text: lines from {@code <br>} and inner blocks joined with {@code \n}. */
    private String cellText(Element cell) {
        if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode only) {
            // the usual cell: one text, no markup inside
            String whole = only.getWholeText();
            if (whole.indexOf(BREAK) < 0) {
                return Text.normalize(whole);
            }
        }
        StringBuilder sb = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText());
                } else if (node instanceof Element e && depth > 0) {
                    if (Chrome.isChrome(e)) {
                        noteDropped(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        sb.append(BREAK);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && BLOCKS.contains(e.normalName())) {
                    sb.append(BREAK);
                }
                return FilterResult.CONTINUE;
            }
        }, cell);
        List<String> lines = new ArrayList<>();
        for (String line : sb.toString().split(String.valueOf(BREAK), -1)) {
            String s = Text.normalize(line);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return String.join("\n", lines);
    }

    private static SourceLocation location(Node node) {
        Range r = node.sourceRange();
        if (r == null || !r.isTracked()) {
            Node parent = node.parentNode();
            if (node instanceof TextNode && parent != null) {
                return location(parent);
            }
            return SourceLocation.UNKNOWN;
        }
        return SourceLocation.text(Math.max(0, r.start().lineNumber()), Math.max(0, r.start().columnNumber()));
    }

    /** Whitespace as a browser collapses it. */
    static final class Text {
        private Text() {
        }

        static String normalize(CharSequence raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int n = raw.length();
            int i = 0;
            while (i < n) {
                char c = raw.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    boolean lineBreak = false;
                    int j = i;
                    while (j < n && (raw.charAt(j) == ' ' || raw.charAt(j) == '\t' || raw.charAt(j) == '\n'
                            || raw.charAt(j) == '\r' || raw.charAt(j) == '\f')) {
                        lineBreak |= raw.charAt(j) == '\n' || raw.charAt(j) == '\r';
                        j++;
                    }
                    boolean between = out.length() > 0 && j < n && wide(out.charAt(out.length() - 1))
                            && wide(raw.charAt(j));
                    if (!(lineBreak && between)) {
                        out.append(' ');
                    }
                    i = j;
                } else {
                    out.append(c == '\u00A0' ? ' ' : c);
                    i++;
                }
            }
            return out.toString().strip();
        }

        /** Wide (East Asian) characters: CJK ideographs, kana, full-width forms and CJK punctuation. */
        static boolean wide(char c) {
            return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF')
                    || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')
                    || (c >= '\uAC00' && c <= '\uD7AF') || Character.isSurrogate(c);
        }
    }
}
