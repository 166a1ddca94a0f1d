package io.github.ogireport.parsers.html;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parsers.html.internal.CharsetDetector;
import io.github.ogireport.parsers.html.internal.PageWalker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 *       buttons, hidden elements), with a {@code MARKUP_DROPPED} diagnostic listing what; Word markup
 *       ({@code <o:p>}, {@code mso-} styles, conditional comments) is read as the text it shows.</li>
 *   <li>Headings {@code <h1>}–{@code <h6>} become headings, other text one paragraph per line; each table
 *       without nested tables becomes a table with its {@code rowspan}/{@code colspan}, {@code <br>} inside a cell
 *       a {@code \n}, {@code &nbsp;} a space. Tables that hold other tables are page layout: their cells are read
 *       as text.</li>
 *   <li>Locations: table, row and cell numbers (1-based), and the line and column in the page.</li>
 * </ul>
 */
public final class HtmlReader implements ReportReader {

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
        String s = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (s.contains("<!doctype html") || s.contains("<html")) {
            return 95;
        }
        if (s.contains("<table") || s.contains("<body")) {
            return 80;
        }
        if (s.contains("<p>") || s.contains("<p ") || s.contains("<div") || s.contains("<h1")
                || s.contains("<br")) {
            return 50;
        }
        return 0;
    }

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        CharsetDetector.Decoded decoded = CharsetDetector.decode(content, options.charset(), diagnostics);
        String html = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
        Element root = page.body() != null ? page.body() : page;
        List<Block> blocks = new PageWalker(diagnostics).walk(root);
        return new DocumentOutput(new Document(blocks), diagnostics);
    }
}
