package io.github.ogireport.parsers.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code <br>} ({@code <br/>}, {@code <br />}, any case) is read as the HTML reader reads it: in a paragraph it ends
 * the block (one paragraph per line, empty lines dropped), in a table cell it is a {@code \n} (empty lines dropped),
 * in a heading it separates nothing; an escaped {@code \<br>} is text.
 */
class MarkdownLineBreakTagTest {

    private static List<Block> blocks(String md) {
        ReportReader.Output out = new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        return ((ReportReader.DocumentOutput) out).document().blocks();
    }

    @Test
    void everySpellingOfTheTagSplitsAParagraphIntoParagraphsLocatedWhereTheyStart() {
        List<Block> b = blocks("\n  第一行<br>第二行<BR/>第三行<br />  第四行\n");
        assertEquals(List.of(
                new Paragraph("第一行", SourceLocation.text(2, 3)),
                new Paragraph("第二行", SourceLocation.text(2, 10)),
                new Paragraph("第三行", SourceLocation.text(2, 18)),
                new Paragraph("第四行", SourceLocation.text(2, 29))), b);
    }

    @Test
    void emptyLinesAroundTagsAreDroppedAndEachLineIsTrimmed() {
        List<Block> b = blocks("<br> 甲 <br><br>  <br>乙<br>\n");
        assertEquals(List.of("甲", "乙"), b.stream().map(x -> assertInstanceOf(Paragraph.class, x).text()).toList());
    }

    @Test
    void aQuotedParagraphSplitsToo() {
        List<Block> b = blocks("> 甲<br>乙\n");
        assertEquals(List.of("甲", "乙"), b.stream().map(x -> assertInstanceOf(Paragraph.class, x).text()).toList());
    }

    @Test
    void emphasisAroundEachLineIsRemoved() {
        List<Block> b = blocks("**甲**<br>**乙**\n");
        assertEquals(List.of("甲", "乙"), b.stream().map(x -> ((Paragraph) x).text()).toList());
    }

    @Test
    void anEscapedTagIsTextAndAnEscapedBackslashBeforeATagIsText() {
        List<Block> b = blocks("甲\\<br\\>乙\n丙\\\\<br>丁\n");
        assertEquals(List.of("甲<br>乙", "丙\\", "丁"), b.stream().map(x -> ((Paragraph) x).text()).toList());
    }

    @Test
    void inATableCellTheTagIsALineBreakAndEmptyLinesAreDropped() {
        Table t = assertInstanceOf(Table.class, blocks(
                "| 甲 | 乙 | 丙 |\n| --- | --- | --- |\n| a<br/>b<BR>c | x<br><br>y<br> | \\<br\\> |\n").get(0));
        assertEquals(List.of("a\nb\nc", "x\ny", "<br>"),
                t.rows().get(1).cells().stream().map(Table.Cell::text).toList());
    }

    @Test
    void inAHeadingTheTagSeparatesNothingAsInAnHtmlHeading() {
        List<Block> b = blocks("## 标题<br>续<br/> 完\n");
        Heading h = assertInstanceOf(Heading.class, b.get(0));
        assertEquals("标题续 完", h.text());
        assertEquals(1, b.size());
    }

    @Test
    void textThatOnlyLooksLikeTheTagIsKept() {
        List<Block> b = blocks("a<bra>b <b>粗</b> <br/ >\n");
        assertEquals("a<bra>b <b>粗</b> <br/ >", ((Paragraph) b.get(0)).text());
    }
}
