package io.github.ogireport.parsers.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.markdown.MarkdownReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown becomes headings, pipe tables and one paragraph per line, each with its line and column. */
class MarkdownReaderTest {

    private static final String MD = String.join("\n",
            "# 某某区2023年政府信息公开工作年度报告",
            "",
            "一、总体情况",
            "  本年度**工作**情况如下：  ",
            "",
            "## 二、主动公开政府信息情况 ##",
            "",
            "| 信息内容 | 本年制发件数 | 本年废止件数 |",
            "|:---|---:|:---:|",
            "| 规章 | 1 | |",
            "| 行政规范性文件 | **3** | 不\\|适用<br>第二行 |",
            "",
            "---",
            "<!-- 注释",
            "   跨行 -->",
            "五、存在的主要问题及改进情况",
            "=====",
            "> 引用的一行",
            "");

    private static List<Block> blocks(String md) {
        ReportReader.Output out = new MarkdownReader().read(md.getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        return ((ReportReader.DocumentOutput) out).document().blocks();
    }

    @Test
    void blocksComeInSourceOrderWithTheirKinds() {
        List<Block> b = blocks(MD);
        assertEquals(7, b.size(), b.toString());
        Heading title = assertInstanceOf(Heading.class, b.get(0));
        assertEquals(1, title.level());
        assertEquals("某某区2023年政府信息公开工作年度报告", title.text());
        assertEquals(SourceLocation.text(1, 1), title.location());
        assertEquals(new Paragraph("一、总体情况", SourceLocation.text(3, 1)), b.get(1));
        assertEquals(new Paragraph("本年度**工作**情况如下：", SourceLocation.text(4, 3)), b.get(2));
        Heading h2 = assertInstanceOf(Heading.class, b.get(3));
        assertEquals(2, h2.level());
        assertEquals("二、主动公开政府信息情况", h2.text());
        assertInstanceOf(Table.class, b.get(4));
        Heading setext = assertInstanceOf(Heading.class, b.get(5));
        assertEquals("五、存在的主要问题及改进情况", setext.text());
        assertEquals(16, setext.location().line());
        assertEquals(new Paragraph("引用的一行", SourceLocation.text(18, 1)), b.get(6));
    }

    @Test
    void pipeTableCellsKeepEmptyCellsEscapedPipesAndLineBreaks() {
        Table t = (Table) blocks(MD).get(4);
        assertEquals(3, t.rows().size(), "the delimiter row is not a row");
        assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数"),
                t.rows().get(0).cells().stream().map(Table.Cell::text).toList());
        assertEquals(List.of("规章", "1", ""), t.rows().get(1).cells().stream().map(Table.Cell::text).toList());
        assertEquals(List.of("行政规范性文件", "3", "不|适用\n第二行"),
                t.rows().get(2).cells().stream().map(Table.Cell::text).toList());
        Table.Cell three = t.rows().get(2).cells().get(1);
        assertEquals(new SourceLocation(11, 13, 1, 3, 2), three.location());
        assertEquals(8, t.location().line());
        assertEquals(1, t.location().table());
    }

    @Test
    void tablesAreNumberedInOrderAndRowsWithoutOuterPipesWork() {
        List<Block> b = blocks("a | b\n--|--\n1 | 2\n\nx|y\n-|-\n3|4\n");
        Table second = assertInstanceOf(Table.class, b.get(1));
        assertEquals(2, second.location().table());
        assertEquals(List.of("3", "4"), second.rows().get(1).cells().stream().map(Table.Cell::text).toList());
    }

    @Test
    void quoteMarkersAreDroppedAndFencedContentIsKept() {
        List<Block> b = blocks("> 引用\n```\n代码 | 不是表格\n```\n");
        assertEquals(List.of("引用", "代码 | 不是表格"),
                b.stream().map(x -> ((Paragraph) x).text()).toList());
    }

    @Test
    void gb18030ContentIsDecodedAndSaidSo() {
        byte[] gbk = "# 标题\n正文".getBytes(Charset.forName("GB18030"));
        ReportReader.Output out = new MarkdownReader().read(gbk, ReaderOptions.DEFAULT);
        assertEquals("标题", ((Heading) ((ReportReader.DocumentOutput) out).document().blocks().get(0)).text());
        assertEquals("CHARSET_DETECTED", out.diagnostics().get(0).code());
        ReportReader.Output forced = new MarkdownReader().read(gbk,
                ReaderOptions.DEFAULT.withCharset(Charset.forName("GBK")));
        assertTrue(forced.diagnostics().isEmpty());
    }

    @Test
    void detectionNeedsHeadingsOrDelimiterRows() {
        MarkdownReader r = new MarkdownReader();
        byte[] both = MD.getBytes(StandardCharsets.UTF_8);
        assertEquals(70, r.detect(both, ""));
        assertEquals(30, r.detect("# 标题\n正文".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(0, r.detect("第二十条第(一)项 |\n|||\n信息内容 |".getBytes(StandardCharsets.UTF_8), ""));
    }
}
