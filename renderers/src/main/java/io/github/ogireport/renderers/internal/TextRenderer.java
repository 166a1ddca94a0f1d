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
 * Writes a report as plain text the way agencies' pages copy out (samples 002 and 003): the title, section headings
 * and narrative blocks as lines separated by blank lines, tables as tab-separated rows with the grid of the official
 * layout (the text of a merged cell in its first position, the positions it covers empty), one blank line after each
 * table.
 *
 * <p>Plain text has no markup, so: a tab, a line break or any other control character inside a text (a paragraph,
 * a heading, a table cell) is replaced by one space, so that every block stays one line and every row keeps its
 * columns; sub-headings are lines like paragraphs. UTF-8, {@code \n} line ends, a BOM with
 * {@link RenderOptions#bom()}. Stateless and thread-safe.
 */
public final class TextRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        StringBuilder b = new StringBuilder(8192);
        if (options.bom()) {
            b.append('\uFEFF');
        }
        for (Part p : Layout.of(report)) {
            if (p instanceof Title t) {
                b.append(oneLine(t.text())).append("\n\n");
            } else if (p instanceof Heading h) {
                b.append(oneLine(h.text())).append("\n\n");
            } else if (p instanceof Paragraph para) {
                b.append(oneLine(para.text())).append("\n\n");
            } else if (p instanceof DateLine d) {
                b.append(d.text()).append("\n\n");
            } else if (p instanceof Grid g) {
                for (List<String> row : g.flatten()) {
                    for (int i = 0; i < row.size(); i++) {
                        if (i > 0) {
                            b.append('\t');
                        }
                        b.append(oneLine(row.get(i)));
                    }
                    b.append('\n');
                }
                b.append('\n');
            }
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A text as one line: every tab, line break and other control character becomes one space, and the result is
     * trimmed.
     */
    public static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' ? ' ' : ch);
        }
        return b.toString().strip();
    }
}
