package io.github.ogireport.renderers.internal;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.internal.Layout.DateLine;
import io.github.ogireport.renderers.internal.Layout.Grid;
import io.github.ogireport.renderers.internal.Layout.Heading;
import io.github.ogireport.renderers.internal.Layout.Paragraph;
import io.github.ogireport.renderers.internal.Layout.Part;
import io.github.ogireport.renderers.internal.Layout.Title;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as GitHub-flavoured Markdown: the title as {@code #}, the template's section headings (and the
 * headings of extra content) as {@code ##}, narrative sub-headings as {@code ###}, paragraphs, and the tables as pipe
 * tables over the grid of the official layout. Pipe tables cannot merge cells: the text of a merged cell stands in
 * its first (top-left) position and the positions it covers are empty, as in the tab-separated text the agencies
 * publish; the first row of the grid is the table's header row.
 *
 * <p>Escaping, so that tables stay intact and text reads back as written: in every text a backslash and the
 * characters {@code # * _ ` [ ] < > |} are escaped with a backslash; a paragraph that would start a list or a
 * setext underline ({@code +}, {@code -}, {@code =}, {@code 1. }) has that character escaped; a line break inside a
 * text becomes {@code <br>} (in a table cell, a paragraph or a heading alike); leading and trailing whitespace is
 * trimmed. A tab stays a tab. UTF-8, {@code \n} line ends. Stateless and thread-safe.
 */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown; charset=UTF-8";
    }

    @Override
    public void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        StringBuilder b = new StringBuilder(8192);
        for (Part p : Layout.of(report)) {
            if (p instanceof Title t) {
                b.append("# ").append(escape(t.text())).append("\n\n");
            } else if (p instanceof Heading h) {
                b.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
            } else if (p instanceof Paragraph para) {
                b.append(escapeBlockStart(escape(para.text()))).append("\n\n");
            } else if (p instanceof DateLine d) {
                b.append(d.text()).append("\n\n");
            } else if (p instanceof Grid g) {
                table(g, b);
            }
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void table(Grid g, StringBuilder b) {
        List<List<String>> rows = g.flatten();
        for (int r = 0; r < rows.size(); r++) {
            b.append('|');
            for (String cell : rows.get(r)) {
                String t = escape(cell);
                b.append(' ').append(t).append(t.isEmpty() ? "|" : " |");
            }
            b.append('\n');
            if (r == 0) {
                b.append('|');
                for (int i = 0; i < g.width(); i++) {
                    b.append(" --- |");
                }
                b.append('\n');
            }
        }
        b.append('\n');
    }

    /**
     * Escapes Markdown inline syntax and pipes; line breaks become {@code <br>}. Leading and trailing whitespace is
     * trimmed (Markdown would drop it anyway).
     */
    static String escape(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder b = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            switch (ch) {
                case '\\', '#', '*', '_', '`', '[', ']', '<', '>', '|' -> b.append('\\').append(ch);
                case '\n' -> b.append("<br>");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /** Escapes the first character of a paragraph that Markdown would read as the start of a heading or list. */
    static String escapeBlockStart(String escaped) {
        if (escaped.isEmpty()) {
            return escaped;
        }
        char first = escaped.charAt(0);
        if (first == '+' || first == '-' || first == '=') {
            return "\\" + escaped;
        }
        int i = 0;
        while (i < escaped.length() && i < 9 && Character.isDigit(escaped.charAt(i))) {
            i++;
        }
        if (i > 0 && i < escaped.length() - 1 && (escaped.charAt(i) == '.' || escaped.charAt(i) == ')')
                && escaped.charAt(i + 1) == ' ') {
            return escaped.substring(0, i) + "\\" + escaped.substring(i);
        }
        return escaped;
    }
}
