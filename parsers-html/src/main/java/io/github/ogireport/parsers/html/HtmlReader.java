package io.github.ogireport.parsers.html;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parsers.html.internal.CharsetDetector;
import io.github.ogireport.parsers.html.internal.PageWalker;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.parsers.internal.detect.Deadline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads reports published as web pages, with jsoup. Format {@code html}, extensions {@code html}, {@code htm},
 * {@code xhtml}, {@code shtml}. Stateless and thread-safe.
 *
 * <ul>
 *   <li>Charset: {@link ReaderOptions#charset()} if given; else a byte order mark; else a {@code <meta charset>} or
 *       {@code http-equiv} declaration; else UTF-8 if the bytes are valid UTF-8, otherwise GB18030. GB2312 and GBK
 *       are decoded as GB18030. A {@code CHARSET_DETECTED} diagnostic says when the page was not UTF-8.</li>
 *   <li>Site chrome is dropped ({@code <script>}, {@code <style>}, {@code <nav>}, footers, breadcrumbs, share
 *       buttons, hidden elements), with a {@code MARKUP_DROPPED} diagnostic listing what — but an element that only
 *       looks like chrome ({@code <header>}, {@code <nav>}, {@code <aside>}, a class or id such as {@code nav}) is
 *       kept when it holds the report (a table with the catalog's labels, a section heading, the title), and a
 *       {@code <form>} is never chrome: many sites wrap the whole page in one. Hidden stays hidden. A
 *       {@code TABLE_DROPPED} diagnostic gives the number of every table dropped with its element (a warning if
 *       the table has the report's labels). Word markup ({@code <o:p>}, {@code mso-} styles, conditional comments)
 *       is read as the text it shows.</li>
 *   <li>Headings {@code <h1>}–{@code <h6>} become headings, other text one paragraph per line; each table
 *       without nested tables becomes a table with its {@code rowspan}/{@code colspan}, {@code <br>} inside a cell
 *       a {@code \n}, {@code &nbsp;} a space. Tables that hold other tables are page layout: their cells are read
 *       as text.</li>
 *   <li>Locations: table, row and cell numbers (1-based): the page's <i>n</i>-th {@code <table>} element in
 *       document order (layout and dropped tables count), its <i>r</i>-th {@code <tr>}, that row's <i>c</i>-th
 *       cell. Text outside tables has no location (the page is parsed without position tracking, which would
 *       double the cost of parsing).</li>
 * </ul>
 */
public final class HtmlReader implements ReportReader, Cooperative {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("html", "htm", "xhtml", "shtml");
    }

    /**
     * 95 for a page with a doctype or {@code <html>} tag, 80 for a {@code <table>} or {@code <body>}, 50 for other
     * common block tags, 0 otherwise.
     */
    @Override
    public int detect(byte[] head, String fileName) {
        if (has(head, "<!doctype html") || has(head, "<html")) {
            return 95;
        }
        if (has(head, "<table") || has(head, "<body")) {
            return 80;
        }
        if (has(head, "<p>") || has(head, "<p ") || has(head, "<div") || has(head, "<h1") || has(head, "<br")) {
            return 50;
        }
        return 0;
    }

    /** Whether the bytes hold a lower-case ASCII word, its letters in either case (no string is made of them). */
    private static boolean has(byte[] b, String lower) {
        int n = lower.length();
        byte first = (byte) lower.charAt(0);
        for (int i = 0; i + n <= b.length; i++) {
            if (b[i] != first) {
                continue;
            }
            int k = 1;
            while (k < n && same(b[i + k], lower.charAt(k))) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(byte b, char lower) {
        return lower >= 'a' && lower <= 'z' ? (b | 0x20) == lower : b == lower;
    }

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        Deadline deadline = Deadline.of(options);
        List<Diagnostic> diagnostics = new ArrayList<>();
        CharsetDetector.Decoded decoded = CharsetDetector.decode(content, options.charset(), diagnostics);
        // no position tracking: it doubles jsoup's parse, and locations are table, row and cell numbers
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser());
        Element root = page.body() != null ? page.body() : page;
        deadline.check();
        List<Block> blocks = new PageWalker(diagnostics, deadline).walk(root);
        return new DocumentOutput(new Document(blocks), diagnostics);
    }
}
