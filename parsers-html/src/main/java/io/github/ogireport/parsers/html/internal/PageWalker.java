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
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a parsed page into blocks, iteratively (jsoup's {@link NodeTraversor}, no recursion, so deeply nested
 * markup cannot exhaust the stack). Headings {@code <h1>}–{@code <h6>} become {@link Heading}s; the text of every
 * other block element ({@code <p>}, {@code <div>}, …, and the cells of layout tables) becomes a {@link Paragraph}
 * per line ({@code <br>} ends a line); a table without nested tables becomes a {@link Table} with its spans, each
 * cell's lines joined with {@code \n}. Whitespace is collapsed as a browser does (a line break between two Chinese
 * characters disappears), {@code &nbsp;} becomes a space, and every text is trimmed.
 *
 * <p>Chrome ({@link Chrome}): what is never content and what is hidden is dropped; what only looks like chrome is
 * dropped unless it holds the report ({@link ReportContent}, looked for once, only on pages that have such
 * elements) — or, for an element named like chrome, any table. What is dropped is said in one
 * {@link #MARKUP_DROPPED} diagnostic, and every dropped table in a {@link #TABLE_DROPPED} diagnostic.
 *
 * <p>Locations are table, row and cell numbers in the page: table <i>n</i> is the page's <i>n</i>-th
 * {@code <table>} element in document order (layout tables and dropped tables count), row <i>r</i> its
 * <i>r</i>-th {@code <tr>}, cell <i>c</i> that row's <i>c</i>-th {@code <td>} or {@code <th>}. Text outside
 * tables has no location. One instance per page; not thread-safe.
 */
public final class PageWalker {

    /** Diagnostic code: chrome around the article was dropped. */
    public static final String MARKUP_DROPPED = "MARKUP_DROPPED";

    /**
     * Diagnostic code: a dropped element (hidden, never content, or chrome without the report) held tables; a
     * warning if one of them has the labels of the report's tables.
     */
    public static final String TABLE_DROPPED = "TABLE_DROPPED";

    /** Diagnostic code: a rowspan or colspan that is not a number from 1 to 1000. */
    public static final String SPAN_INVALID = "SPAN_INVALID";

    /** Diagnostic code: a rowspan reaching past the end of its table, read as ending there. */
    public static final String SPAN_CLAMPED = "SPAN_CLAMPED";

    private static final Set<String> BLOCKS = Set.of("html", "body", "p", "div", "section", "article", "main",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "address", "center", "figure", "figcaption",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "hr", "fieldset", "details",
            "summary", "legend", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "form", "nav", "aside",
            "footer", "menu");

    private static final Set<String> SILENT = Set.of("head", "script", "style", "noscript", "template", "link",
            "meta", "title", "base", "xml");

    /** Elements whose content is raw text, never markup: no table can be inside. */
    private static final Set<String> RAW = Set.of("script", "style", "title", "textarea", "xmp", "iframe",
            "noembed", "noframes", "plaintext");

    private static final Pattern SPAN = Pattern.compile("^\\s*(\\d{1,9})");

    private static final char BREAK = '\u2028';

    private static final int MAX_SPAN = 1000;

    private final List<Block> blocks = new ArrayList<>();
    private final List<Diagnostic> diagnostics;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private SourceLocation firstDrop = SourceLocation.UNKNOWN;
    private int tables;
    private Element root;
    private ReportContent content;

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
        this.root = root;
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

    /** Whether an element is dropped; if it is, says so (the location is where it is, if known). */
    private boolean drop(Element e, SourceLocation at) {
        Chrome.Kind kind = Chrome.kind(e);
        switch (kind) {
            case CONTENT:
                return false;
            case LANDMARK:
                if (content().holdsReport(e)) {
                    return false;
                }
                break;
            case NAMED:
                if (content().holdsReport(e) || content().holdsTable(e)) {
                    return false;
                }
                break;
            default:
                break;
        }
        noteDropped(e, kind, at);
        return true;
    }

    /** What in the page holds the report, looked for the first time an element looks like chrome. */
    private ReportContent content() {
        if (content == null) {
            content = ReportContent.of(root, deadline);
        }
        return content;
    }

    private void noteDropped(Element e, Chrome.Kind kind, SourceLocation at) {
        String tag = e.normalName();
        if (!RAW.contains(tag)) {
            int inside = e.getElementsByTag("table").size();
            if (inside > 0) {
                droppedTables(e, kind, inside);
            }
        }
        if (SILENT.contains(tag)) {
            return;
        }
        if (dropped.isEmpty()) {
            firstDrop = at;
        }
        dropped.merge(key(e), 1, Integer::sum);
    }

    /** Numbers the tables inside a dropped element, as the page does, and says they were dropped. */
    private void droppedTables(Element e, Chrome.Kind kind, int inside) {
        int first = tables + 1;
        tables += inside;
        deadline.check();
        boolean report = ReportContent.hasTableLabels(e);
        String which = inside == 1 ? "table " + first : "tables " + first + "–" + tables;
        String whichZh = inside == 1 ? "第 " + first + " 个" : "第 " + first + "–" + tables + " 个";
        String why = kind == Chrome.Kind.HIDDEN ? "hidden" : kind == Chrome.Kind.NEVER ? "non-content" : "site chrome";
        String whyZh = kind == Chrome.Kind.HIDDEN ? "隐藏的" : kind == Chrome.Kind.NEVER ? "非正文的" : "导航、页眉页脚等非正文的";
        diagnostics.add(new Diagnostic(TABLE_DROPPED, report ? Severity.WARNING : Severity.INFO,
                SourceLocation.cell(first, 0, 0),
                "已略去" + whyZh + "元素 " + key(e) + " 中的表格（网页" + whichZh + "表格）"
                        + (report ? "，其中有报告表格的标签，其数字未读取" : ""),
                "dropped " + which + " of the page inside the " + why + " element " + key(e)
                        + (report ? "; they have labels of the report's tables, whose numbers are not read" : "")));
    }

    private static String key(Element e) {
        String key = e.normalName();
        if (!e.id().isEmpty()) {
            return key + "#" + e.id();
        }
        String cls = e.className().strip();
        if (!cls.isEmpty()) {
            int space = 0;
            while (space < cls.length() && !Character.isWhitespace(cls.charAt(space))) {
                space++;
            }
            return key + "." + cls.substring(0, space);
        }
        return key;
    }

    /** The flow of the page outside data tables. */
    private final class Flow implements NodeFilter {
        private final StringBuilder text = new StringBuilder();
        private int headingLevel;

        private int visited;

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 0x3FF) == 0) {
                deadline.check();
            }
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (drop(e, SourceLocation.UNKNOWN)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (headingLevel == 0) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
            if (tag.equals("table")) {
                int tableNo = ++tables;
                if (!holdsTable(e)) {
                    flush();
                    table(e, tableNo);
                    return FilterResult.SKIP_ENTIRELY;
                }
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

        void flush() {
            if (text.length() == 0) {
                return;
            }
            String s = Text.normalize(text);
            text.setLength(0);
            if (s.isEmpty()) {
                return;
            }
            if (headingLevel > 0) {
                blocks.add(new Heading(headingLevel, s, SourceLocation.UNKNOWN));
            } else {
                blocks.add(new Paragraph(s, SourceLocation.UNKNOWN));
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
            n = nextInside(n, e);
        }
        return false;
    }

    /** The node after {@code n} in document order, descending into children, or null past the end of {@code root}. */
    static Node nextInside(Node n, Node root) {
        if (n.childNodeSize() > 0) {
            return n.childNode(0);
        }
        Node x = n;
        while (x != root && x.nextSibling() == null) {
            x = x.parentNode();
        }
        return x == root ? null : x.nextSibling();
    }

    private static int headingLevel(String tag) {
        if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
            return tag.charAt(1) - '0';
        }
        return 0;
    }

    /** A table without tables inside: its caption, then the table (unless no row has a cell). */
    private void table(Element table, int tableNo) {
        SourceLocation at = SourceLocation.cell(tableNo, 0, 0);
        List<Element> trs = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "caption" -> {
                    if (!drop(child, at)) {
                        String c = cellText(child, at);
                        if (!c.isEmpty()) {
                            blocks.add(new Paragraph(c.replace('\n', ' '), at));
                        }
                    }
                }
                case "thead", "tbody", "tfoot" -> {
                    if (!drop(child, at)) {
                        for (Element tr : child.children()) {
                            if (tr.normalName().equals("tr")) {
                                trs.add(tr);
                            }
                        }
                    }
                }
                case "tr" -> trs.add(child);
                default -> {
                    // colgroup, and what the parser leaves in a table without content (an empty form, a script)
                }
            }
        }
        List<Table.Row> rows = new ArrayList<>(trs.size());
        boolean anyCell = false;
        deadline.check();
        for (int r = 0; r < trs.size(); r++) {
            int rowNo = r + 1;
            if ((rowNo & 0xFF) == 0) {
                deadline.check();
            }
            Element tr = trs.get(r);
            if (drop(tr, SourceLocation.cell(tableNo, rowNo, 0))) {
                continue;
            }
            List<Table.Cell> cells = new ArrayList<>();
            int cellNo = 0;
            for (Element td : tr.children()) {
                String tag = td.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                SourceLocation cellAt = SourceLocation.cell(tableNo, rowNo, ++cellNo);
                if (drop(td, cellAt)) {
                    continue;
                }
                cells.add(new Table.Cell(cellText(td, cellAt), span(td, "rowspan", cellAt), span(td, "colspan", cellAt),
                        cellAt));
            }
            anyCell |= !cells.isEmpty();
            rows.add(new Table.Row(cells));
        }
        if (!anyCell) {
            return;
        }
        blocks.add(new Table(clampRowspans(rows), at));
    }

    /** Rowspans that reach past the last row end there, as in a browser (and cannot blow up the grid). */
    private List<Table.Row> clampRowspans(List<Table.Row> rows) {
        List<Table.Row> out = null;
        for (int r = 0; r < rows.size(); r++) {
            int left = rows.size() - r;
            List<Table.Cell> cells = rows.get(r).cells();
            for (int k = 0; k < cells.size(); k++) {
                Table.Cell c = cells.get(k);
                if (c.rowspan() <= left) {
                    continue;
                }
                diagnostics.add(new Diagnostic(SPAN_CLAMPED, Severity.INFO, c.location(),
                        "单元格的 rowspan " + c.rowspan() + " 超出表格末尾，按 " + left + " 处理",
                        "rowspan " + c.rowspan() + " reaches past the end of the table; read as " + left));
                if (out == null) {
                    out = new ArrayList<>(rows);
                }
                List<Table.Cell> fixed = new ArrayList<>(out.get(r).cells());
                fixed.set(k, new Table.Cell(c.text(), left, c.colspan(), c.location()));
                out.set(r, new Table.Row(fixed));
            }
        }
        return out == null ? rows : out;
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
    private String cellText(Element cell, SourceLocation at) {
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
                    if (drop(e, at)) {
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
