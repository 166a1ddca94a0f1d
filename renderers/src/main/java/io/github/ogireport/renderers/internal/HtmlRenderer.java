package io.github.ogireport.renderers.internal;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.internal.Layout.DateLine;
import io.github.ogireport.renderers.internal.Layout.Grid;
import io.github.ogireport.renderers.internal.Layout.GridCell;
import io.github.ogireport.renderers.internal.Layout.Heading;
import io.github.ogireport.renderers.internal.Layout.Paragraph;
import io.github.ogireport.renderers.internal.Layout.Part;
import io.github.ogireport.renderers.internal.Layout.Role;
import io.github.ogireport.renderers.internal.Layout.Title;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as HTML in the official layout: the template's section headings, the three tables with the
 * template's merged cells ({@code rowspan}/{@code colspan}), borders on every cell. A whole page with inline CSS and
 * a print stylesheet, or with {@link RenderOptions#fragment()} only the {@code <article>}.
 *
 * <p>Every text is escaped. A value cell carries its JSON Pointer in {@code data-cell}; a blank cell is an empty
 * {@code td}; a cell not reported is an empty {@code td} with the attribute {@code data-not-reported} (and class
 * {@code nr}), so nothing is invented. Line breaks inside a paragraph become {@code <br>}. Stateless and thread-safe.
 */
public final class HtmlRenderer implements ReportRenderer {

    static final String CSS = """
            .ogi-report{font-family:"SimSun","Songti SC","Noto Serif CJK SC","Noto Sans CJK SC",serif;\
            max-width:60em;margin:1em auto;padding:0 1em;line-height:1.7;color:#000}
            .ogi-report h1{text-align:center;font-size:1.6em}
            .ogi-report h2{font-size:1.2em;margin:1.2em 0 .5em}
            .ogi-report h3{font-size:1em;margin:.8em 0 .3em}
            .ogi-report p{text-indent:2em;margin:.3em 0}
            .ogi-report table{border-collapse:collapse;width:100%;margin:.5em 0 1em}
            .ogi-report th,.ogi-report td{border:1px solid #000;padding:.3em .4em;text-align:center;\
            vertical-align:middle}
            .ogi-report th{font-weight:normal}
            .ogi-report td.label{text-align:left}
            .ogi-report .ogi-table3 td[data-cell]{width:6.5%}
            .ogi-report .ogi-table4 td[data-cell]{width:6.6%}
            .ogi-report th.caption{font-weight:bold}
            .ogi-report p.date{text-align:right;text-indent:0}
            @media print{
            @page{size:A4;margin:2cm}
            .ogi-report{max-width:none;margin:0;padding:0;font-size:10.5pt}
            .ogi-report h2,.ogi-report h3{page-break-after:avoid}
            .ogi-report tr{page-break-inside:avoid}
            .ogi-report thead{display:table-header-group}
            }
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        StringBuilder b = new StringBuilder(16_384);
        if (!options.fragment()) {
            b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<meta name=\"generator\" content=\"ogi-report\">\n")
                    .append("<title>").append(escape(pageTitle(report.metadata()))).append("</title>\n")
                    .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        }
        article(report, b);
        if (!options.fragment()) {
            b.append("</body>\n</html>\n");
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The page title: the report's title, else the agency and the year, else the generic name. */
    static String pageTitle(ReportMetadata m) {
        if (m.title().isPresent() && !m.title().get().isBlank()) {
            return m.title().get();
        }
        String agency = m.agency().orElse("");
        String year = m.reportYear().map(String::valueOf).orElse("");
        String t = (agency + " " + year).strip();
        return t.isEmpty() ? "ogi-report" : t;
    }

    private static void article(AnnualReport report, StringBuilder b) {
        b.append("<article class=\"ogi-report\" data-edition=\"").append(report.edition().id()).append("\"");
        report.metadata().agency().ifPresent(a -> b.append(" data-agency=\"").append(escape(a)).append('"'));
        report.metadata().reportYear().ifPresent(y -> b.append(" data-report-year=\"").append(y).append('"'));
        b.append(">\n");
        for (Part p : Layout.of(report)) {
            if (p instanceof Title t) {
                b.append("<h1>").append(escapeLines(t.text())).append("</h1>\n");
            } else if (p instanceof Heading h) {
                b.append("<h").append(h.level()).append('>').append(escapeLines(h.text()))
                        .append("</h").append(h.level()).append(">\n");
            } else if (p instanceof Paragraph para) {
                b.append("<p>").append(escapeLines(para.text())).append("</p>\n");
            } else if (p instanceof DateLine d) {
                b.append("<p class=\"date\">").append(escape(d.text())).append("</p>\n");
            } else if (p instanceof Grid g) {
                table(g, b);
            }
        }
        b.append("</article>\n");
    }

    private static void table(Grid g, StringBuilder b) {
        b.append("<table class=\"").append(g.kind().cssClass()).append("\">\n");
        int head = headRows(g);
        for (int r = 0; r < g.rows().size(); r++) {
            if (r == 0 && head > 0) {
                b.append("<thead>\n");
            }
            if (r == head) {
                b.append("<tbody>\n");
            }
            b.append("<tr>");
            for (GridCell c : g.rows().get(r)) {
                cell(c, g.width(), b);
            }
            b.append("</tr>\n");
            if (r == head - 1) {
                b.append("</thead>\n");
            }
        }
        if (head < g.rows().size()) {
            b.append("</tbody>\n");
        }
        b.append("</table>\n");
    }

    /**
     * The header rows that a printed page repeats: the leading rows of headers only, for every table but table 2
     * (whose header rows belong to its captioned blocks).
     */
    private static int headRows(Grid g) {
        if (g.kind() == Layout.GridKind.TABLE2 || g.kind() == Layout.GridKind.EXTRA) {
            return 0;
        }
        int n = 0;
        while (n < g.rows().size() && g.rows().get(n).stream().allMatch(c -> c.role() == Role.HEADER)) {
            n++;
        }
        return n;
    }

    private static void cell(GridCell c, int width, StringBuilder b) {
        String tag = c.role() == Role.HEADER ? "th" : "td";
        b.append('<').append(tag);
        if (c.role() == Role.HEADER && c.colspan() == width) {
            b.append(" class=\"caption\"");
        } else if (c.role() == Role.LABEL) {
            b.append(" class=\"label\"");
        } else if (c.notReported()) {
            b.append(" class=\"nr\"");
        }
        if (c.rowspan() > 1) {
            b.append(" rowspan=\"").append(c.rowspan()).append('"');
        }
        if (c.colspan() > 1) {
            b.append(" colspan=\"").append(c.colspan()).append('"');
        }
        c.ref().ifPresent(r -> b.append(" data-cell=\"").append(escape(r.pointer())).append('"'));
        if (c.notReported()) {
            b.append(" data-not-reported");
        } else if (c.blank()) {
            b.append(" data-blank");
        }
        b.append('>').append(escapeLines(c.text())).append("</").append(tag).append('>');
    }

    /** Escapes text for element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\r' -> {
                    // a CR LF pair is one line break; a lone CR is dropped
                }
                default -> {
                    if (ch < 0x20 && ch != '\n' && ch != '\t') {
                        b.append(' ');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Escapes text and turns its line breaks into {@code <br>}. */
    static String escapeLines(String s) {
        return escape(s).replace("\n", "<br>");
    }
}
