package io.github.ogireport.parsers.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backslash before any ASCII punctuation character is removed, as CommonMark reads it, in paragraphs, headings and
 * table cells alike; a backslash before anything else is text.
 */
class MarkdownBackslashEscapesTest {

    /** The 32 ASCII punctuation characters CommonMark lets a backslash escape. */
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static List<Block> blocks(String md) {
        ReportReader.Output out = new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        return ((ReportReader.DocumentOutput) out).document().blocks();
    }

    private static String escapedPunctuation() {
        StringBuilder b = new StringBuilder();
        for (char c : PUNCTUATION.toCharArray()) {
            b.append('\\').append(c);
        }
        return b.toString();
    }

    private static List<String> cells(Table t, int row) {
        return t.rows().get(row).cells().stream().map(Table.Cell::text).toList();
    }

    @Test
    void everyEscapedAsciiPunctuationCharacterReadsAsItselfInAParagraph() {
        Paragraph p = assertInstanceOf(Paragraph.class, blocks("文" + escapedPunctuation() + "字\n").get(0));
        assertEquals("文" + PUNCTUATION + "字", p.text());
    }

    @Test
    void everyEscapedAsciiPunctuationCharacterReadsAsItselfInHeadings() {
        List<Block> b = blocks("## 标" + escapedPunctuation() + "题\n\n标" + escapedPunctuation() + "题\n---\n");
        assertEquals("标" + PUNCTUATION + "题", assertInstanceOf(Heading.class, b.get(0)).text());
        assertEquals("标" + PUNCTUATION + "题", assertInstanceOf(Heading.class, b.get(1)).text());
    }

    @Test
    void everyEscapedAsciiPunctuationCharacterReadsAsItselfInATableCell() {
        Table t = assertInstanceOf(Table.class,
                blocks("| 甲 | 乙 |\n| --- | --- |\n| 文" + escapedPunctuation() + "字 | 1 |\n").get(0));
        assertEquals(List.of("文" + PUNCTUATION + "字", "1"), cells(t, 1));
    }

    @Test
    void theAngleBracketAmpersandAndPipeEscapesOfTheRendererAreRemoved() {
        Paragraph p = assertInstanceOf(Paragraph.class, blocks("我们\\<加强\\>信息\\&公开\\|工作。\n").get(0));
        assertEquals("我们<加强>信息&公开|工作。", p.text());
    }

    @Test
    void aBackslashBeforeAnythingButAsciiPunctuationIsText() {
        Paragraph p = assertInstanceOf(Paragraph.class, blocks("路径 a\\b\\中\\1 \\ 结束\n").get(0));
        assertEquals("路径 a\\b\\中\\1 \\ 结束", p.text());
    }

    @Test
    void anEscapedBackslashBeforeAPipeEndsTheCell() {
        Table t = assertInstanceOf(Table.class, blocks("| 甲 | 乙 |\n| --- | --- |\n| a\\\\| b\\\\\\| |\n").get(0));
        assertEquals(List.of("a\\", "b\\|"), cells(t, 1));
    }

    @Test
    void anEscapedBackslashBeforeTheClosingPipeLeavesThePipeAClosingPipe() {
        Table t = assertInstanceOf(Table.class, blocks("| 甲 | 乙 |\n| --- | --- |\n| 1 | 2\\\\|\n").get(0));
        assertEquals(List.of("1", "2\\"), cells(t, 1));
    }

    @Test
    void escapedEmphasisMarkersAreTextNotEmphasis() {
        Paragraph p = assertInstanceOf(Paragraph.class, blocks("\\*\\*重点\\*\\*\n").get(0));
        assertEquals("**重点**", p.text());
        assertEquals("重点", ((Paragraph) blocks("**重点**\n").get(0)).text());
    }

    @Test
    void anEscapedBackslashAtTheEndOfAParagraphIsTextAndAHardBreakBackslashIsDropped() {
        List<Block> b = blocks("结尾是反斜杠\\\\\n硬换行\\\n");
        assertEquals("结尾是反斜杠\\", ((Paragraph) b.get(0)).text());
        assertEquals("硬换行", ((Paragraph) b.get(1)).text());
    }

    @Test
    void escapedBlockStartsAreParagraphs() {
        List<Block> b = blocks("\\# 不是标题\n\\- 不是列表\n1\\. 不是编号\n\\> 不是引用\n");
        assertEquals(List.of("# 不是标题", "- 不是列表", "1. 不是编号", "> 不是引用"),
                b.stream().map(x -> assertInstanceOf(Paragraph.class, x).text()).toList());
    }

    @Test
    void fencedCodeKeepsItsBackslashes() {
        List<Block> b = blocks("```\n代码\\<br\\>\n```\n");
        assertEquals("代码\\<br\\>", ((Paragraph) b.get(0)).text());
    }
}
