package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown tables stay intact whatever the text holds (pipes and line breaks escaped), and plain text keeps one block
 * per line and one table row per line (tabs and line breaks inside text become spaces).
 */
class PlainFormatsEscapingTest {

    private static String render(String format, AnnualReport r, RenderOptions o) {
        return new String(ReportRenderers.forFormat(format).orElseThrow().render(r, o), StandardCharsets.UTF_8);
    }

    /** The number of unescaped pipes in a Markdown line. */
    private static int pipes(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    @Test
    void markdownTablesKeepTheirColumnsWhateverTheTextHolds() {
        String md = render("markdown", Fixtures.hostile(), RenderOptions.DEFAULT);
        List<String> lines = Arrays.asList(md.split("\n", -1));
        // every line of a table has as many unescaped pipes as the table's separator line
        int tables = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| ---")) {
                tables++;
                assertEquals(pipes(lines.get(i)), pipes(lines.get(i - 1)), lines.get(i - 1));
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    assertEquals(pipes(lines.get(i)), pipes(lines.get(j)), lines.get(j));
                }
            }
        }
        assertEquals(5, tables, "tables 2, 3, 4, the fees and the extra table");
        assertTrue(md.contains("| a\\|b | \\<script\\>alert(\"x\")\\</script\\> & 'q' \\| a\tb |"), md);
        assertTrue(md.contains("\\<script\\>alert(\"x\")\\</script\\> & 'q' \\| a\tb<br>第二行\n"));
        assertFalse(md.contains("<script>"));
        assertTrue(md.contains("\n## " + Section.APPLICATIONS.headingZh() + "\n"));
        assertTrue(md.contains("| " + ApplicantColumn.BALANCE_NOTE_ZH + " | | | "
                + ApplicantColumn.APPLICANTS_HEADER_ZH + " |"));
    }

    @Test
    void markdownEscapesWhatWouldStartAListOrAHeading() {
        AnnualReport r = Fixtures.full2021().toBuilder().problems(io.github.ogireport.model.Narrative.ofParagraphs(
                "# not a heading", "- not a list", "1. not a list", "1.一是 stays", "*x*_y_`z`[l]")).build();
        String md = render("markdown", r, RenderOptions.DEFAULT);
        assertTrue(md.contains("\n\\# not a heading\n"));
        assertTrue(md.contains("\n\\- not a list\n"));
        assertTrue(md.contains("\n1\\. not a list\n"));
        assertTrue(md.contains("\n1.一是 stays\n"));
        assertTrue(md.contains("\n\\*x\\*\\_y\\_\\`z\\`\\[l\\]\n"));
    }

    @Test
    void textKeepsOneBlockPerLineAndOneRowPerLine() {
        String txt = render("text", Fixtures.hostile(), RenderOptions.DEFAULT);
        String flat = Fixtures.HOSTILE.replace('\t', ' ');
        assertTrue(txt.startsWith(flat + "2023年政府信息公开工作年度报告\n\n"));
        assertTrue(txt.contains("\n（一）" + flat + "\n\n" + flat + " 第二行\n\n"));
        assertTrue(txt.contains("\na|b\t" + flat + "\n1\t2\n\n"));
        for (String line : txt.split("\n")) {
            int tabs = line.length() - line.replace("\t", "").length();
            assertTrue(tabs == 0 || tabs == 1 || tabs == 2 || tabs == 3 || tabs == 9 || tabs == 14, line);
        }
    }

    @Test
    void textWithABomStartsWithIt() {
        String plain = render("text", Fixtures.full2019(), RenderOptions.DEFAULT);
        String bom = render("text", Fixtures.full2019(), RenderOptions.DEFAULT.withBom(true));
        assertEquals("\uFEFF" + plain, bom);
        assertFalse(plain.contains("\r"));
    }
}
