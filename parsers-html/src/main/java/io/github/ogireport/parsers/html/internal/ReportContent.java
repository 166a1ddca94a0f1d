package io.github.ogireport.parsers.html.internal;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CatalogColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.TableId;
import io.github.ogireport.parsers.internal.detect.Deadline;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which elements of a page hold the report, so that an element that only looks like site chrome (a {@code <header>}
 * or {@code <nav>} around the article, a wrapper named like chrome) is not dropped with the report in it. The report
 * is recognized by what the catalog says it prints:
 *
 * <ul>
 *   <li>a table with at least {@value #TABLE_LABELS} distinct labels of the catalog (the row labels of tables 3 and 4
 *       and the fee block, the group labels of table 3, the column headers and block captions of every table; table
 *       2's row labels 行政许可, 行政处罚, … are left out, since site menus list them too), compared without spaces
 *       and numbering;</li>
 *   <li>a section heading: a numeral, {@code 、} and the wording of one of the six template headings;</li>
 *   <li>the title: a heading element {@code <h1>}–{@code <h6>}, not a link, ending with 政府信息公开工作年度报告.</li>
 * </ul>
 *
 * <p>Hidden elements and elements that are never content are not looked into. One pass over the page, made only when
 * the page has an element that looks like chrome; each element's text is looked at up to {@value #MAX_CHARS}
 * characters. Immutable once made; one instance per page.
 */
final class ReportContent {

    /** How many distinct catalog labels make a table the report's. */
    static final int TABLE_LABELS = 3;

    /** Labels and headings are short: longer texts are not compared. */
    static final int MAX_CHARS = 80;

    /** Nodes looked at for one element's text at most. */
    private static final int MAX_NODES = 256;

    private static final Set<String> LABELS = labels();

    private static final Set<String> SECTION_BODIES = sectionBodies();

    private static final String TITLE_END = Catalog.TITLE_SUFFIX_ZH.substring(1);

    private static final String NUMERALS = "一二三四五六七八九十";

    private static final Set<String> TEXT_HOSTS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "td", "th",
            "li", "dt", "dd", "caption", "center", "b", "strong", "span", "font");

    private final Set<Element> report = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Element> tables = Collections.newSetFromMap(new IdentityHashMap<>());

    private ReportContent() {
    }

    /** Looks through a page once. */
    static ReportContent of(Element root, Deadline deadline) {
        ReportContent c = new ReportContent();
        NodeTraversor.filter(c.new Pass(deadline), root);
        return c;
    }

    /** Whether an element holds (or is) a table, a heading or the title of the report. */
    boolean holdsReport(Element e) {
        return report.contains(e);
    }

    /** Whether an element has a shown table inside it. */
    boolean holdsTable(Element e) {
        return tables.contains(e);
    }

    /**
     * Whether the table cells inside an element have at least {@value #TABLE_LABELS} distinct catalog labels (one
     * pass over the element, whatever the number of tables in it).
     */
    static boolean hasTableLabels(Element e) {
        Set<String> found = new HashSet<>();
        for (Element cell : e.select("td, th")) {
            String key = key(text(cell));
            if (LABELS.contains(key) && found.add(key) && found.size() >= TABLE_LABELS) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Set<Element> set, Element from) {
        for (Element e = from; e != null && set.add(e); e = e.parent()) {
            // every element in the set has its ancestors in it: stop at the first one already there
        }
    }

    /** The pass over the page. */
    private final class Pass implements NodeFilter {
        private final Deadline deadline;
        private final Deque<Set<String>> open = new ArrayDeque<>();
        private final Deque<Element> openTables = new ArrayDeque<>();
        private int links;
        private int visited;

        Pass(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if ((++visited & 0x3FF) == 0) {
                deadline.check();
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            Chrome.Kind kind = Chrome.kind(e);
            if (kind == Chrome.Kind.NEVER || kind == Chrome.Kind.HIDDEN) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            switch (tag) {
                case "a" -> links++;
                case "table" -> {
                    if (e.parent() != null) {
                        mark(tables, e.parent());
                    }
                    open.push(new HashSet<>());
                    openTables.push(e);
                }
                default -> {
                }
            }
            if (!TEXT_HOSTS.contains(tag)) {
                return FilterResult.CONTINUE;
            }
            String text = text(e);
            if (text == null) {
                return FilterResult.CONTINUE;
            }
            if ((tag.equals("td") || tag.equals("th")) && !open.isEmpty()) {
                String key = key(text);
                Set<String> found = open.peek();
                if (LABELS.contains(key) && found.add(key) && found.size() == TABLE_LABELS) {
                    mark(report, openTables.peek());
                }
            }
            if (isSectionHeading(text) || links == 0 && isTitle(tag, text)) {
                mark(report, e);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "a" -> links--;
                    case "table" -> {
                        open.pop();
                        openTables.pop();
                    }
                    default -> {
                    }
                }
            }
            return FilterResult.CONTINUE;
        }
    }

    private static boolean isTitle(String tag, String text) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                && text.endsWith(TITLE_END);
    }

    /** A numeral, {@code 、} and the wording of a template heading, e.g. 三、收到和处理政府信息公开申请情况. */
    private static boolean isSectionHeading(String text) {
        int i = 0;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i > 0 && i < text.length() && text.charAt(i) == '、' && SECTION_BODIES.contains(text.substring(i + 1));
    }

    /**
     * An element's text without white space, or null if it is longer than {@value #MAX_CHARS} characters or spread
     * over more than {@value #MAX_NODES} nodes (prose, or a whole part of the page: no label or heading).
     */
    static String text(Element e) {
        if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode only) {
            return squeeze(only);
        }
        StringBuilder sb = new StringBuilder();
        int nodes = 0;
        Node n = e.childNodeSize() > 0 ? e.childNode(0) : null;
        while (n != null && n != e) {
            if (++nodes > MAX_NODES) {
                return null;
            }
            if (n instanceof TextNode t && append(sb, t.getWholeText())) {
                return null;
            }
            n = PageWalker.nextInside(n, e);
        }
        return sb.toString();
    }

    private static String squeeze(TextNode t) {
        StringBuilder sb = new StringBuilder();
        return append(sb, t.getWholeText()) ? null : sb.toString();
    }

    /** Appends a text without its white space; true if the result grew past {@value #MAX_CHARS} characters. */
    private static boolean append(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                if (sb.length() == MAX_CHARS) {
                    return true;
                }
                sb.append(c);
            }
        }
        return false;
    }

    /** A label without its numbering: 一、, （一）, (1), 1., 1．, 1、 in front. */
    static String key(String squeezed) {
        if (squeezed == null || squeezed.isEmpty()) {
            return "";
        }
        String s = squeezed;
        char first = s.charAt(0);
        int i = 0;
        if (first == '（' || first == '(') {
            i = 1;
            while (i < s.length() && isNumeral(s.charAt(i))) {
                i++;
            }
            if (i > 1 && i < s.length() && (s.charAt(i) == '）' || s.charAt(i) == ')')) {
                return s.substring(i + 1);
            }
            return s;
        }
        while (i < s.length() && isNumeral(s.charAt(i))) {
            i++;
        }
        if (i > 0 && i < s.length() && ".．、".indexOf(s.charAt(i)) >= 0) {
            return s.substring(i + 1);
        }
        return s;
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || NUMERALS.indexOf(c) >= 0;
    }

    private static Set<String> labels() {
        Set<String> all = new HashSet<>();
        for (Edition edition : Edition.values()) {
            for (CatalogRow row : Catalog.rows(edition)) {
                if (row.table() != TableId.TABLE2) {
                    all.add(key(squeezed(row.labelZh())));
                }
                for (CatalogColumn column : row.columns()) {
                    all.add(key(squeezed(column.labelZh())));
                }
            }
        }
        for (Table3Group g : Table3Group.values()) {
            all.add(key(squeezed(g.labelZh())));
        }
        for (Table2Block b : Table2Block.values()) {
            all.add(key(squeezed(b.captionZh())));
        }
        all.removeIf(label -> label.length() < 4);
        return Set.copyOf(all);
    }

    private static Set<String> sectionBodies() {
        Set<String> bodies = new HashSet<>();
        for (Section s : Section.values()) {
            String h = squeezed(s.headingZh());
            bodies.add(h.substring(h.indexOf('、') + 1));
        }
        return Set.copyOf(bodies);
    }

    private static String squeezed(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
