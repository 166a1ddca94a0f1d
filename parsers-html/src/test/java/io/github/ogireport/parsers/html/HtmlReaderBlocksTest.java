package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the HTML reader makes of markup: blocks, spans, cell text, chrome, Word markup, layout tables, locations. */
class HtmlReaderBlocksTest {

    static ReportReader.DocumentOutput read(String html) {
        return (ReportReader.DocumentOutput) new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
    }

    static List<Block> blocks(String html) {
        return read(html).document().blocks();
    }

    static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(b -> b instanceof Heading h ? "H" + h.level() + ":" + h.text()
                : b instanceof Paragraph p ? "P:" + p.text() : "T:" + ((Table) b).rows().size()).toList();
    }

    @Test
    void headingsParagraphsAndLineBreaksBecomeBlocksInOrder() {
        List<Block> b = blocks("<html><body><h1>某区<br>2023年报告</h1>\n<p>　　第一段&nbsp;文字</p>"
                + "<div>第二段<br/>第三段<span> 续</span></div><h3>一、总体情况</h3>正文</body></html>");
        assertEquals(List.of("H1:某区2023年报告", "P:第一段 文字", "P:第二段", "P:第三段 续", "H3:一、总体情况", "P:正文"),
                texts(b));
    }

    @Test
    void aLineBreakInsideChineseTextDisappearsAsInABrowser() {
        assertEquals(List.of("P:现将工作情况总结如下 the end"),
                texts(blocks("<p>现将工作情\r\n况总结如下\n the\n end</p>")));
    }

    @Test
    void spansAndCellTextArePassedThrough() {
        Table t = (Table) blocks("<table><tr><td rowspan=\"2\" colspan=3>三、本年度<br>办理结果</td>"
                + "<td>&nbsp;</td></tr><tr><td><p class=MsoNormal>1<o:p></o:p></p></td></tr></table>").get(0);
        Table.Cell first = t.rows().get(0).cells().get(0);
        assertEquals("三、本年度\n办理结果", first.text());
        assertEquals(2, first.rowspan());
        assertEquals(3, first.colspan());
        assertEquals("", t.rows().get(0).cells().get(1).text(), "a blank cell stays blank");
        assertEquals("1", t.rows().get(1).cells().get(0).text());
        assertEquals(SourceLocation.cell(1, 1, 1), first.location());
        assertEquals(SourceLocation.cell(1, 2, 1), t.rows().get(1).cells().get(0).location());
        assertEquals(1, t.location().table());
    }

    @Test
    void invalidSpansAreReadAsOneOrCappedAndReported() {
        ReportReader.DocumentOutput out = read("<table><tr><td rowspan=x>a</td><td colspan=99999>b</td>"
                + "<td colspan=\"2px\">c</td></tr></table>");
        List<Table.Cell> cells = ((Table) out.document().blocks().get(0)).rows().get(0).cells();
        assertEquals(1, cells.get(0).rowspan());
        assertEquals(1000, cells.get(1).colspan());
        assertEquals(2, cells.get(2).colspan());
        assertEquals(2, out.diagnostics().stream().filter(d -> d.code().equals("SPAN_INVALID")).count());
    }

    @Test
    void aRowspanPastTheLastRowEndsThereAndIsReported() {
        ReportReader.DocumentOutput out = read("<table><tr><td rowspan=5>a</td><td>b</td></tr><tr><td>c</td></tr>"
                + "</table>");
        Table t = (Table) out.document().blocks().get(0);
        assertEquals(2, t.rows().get(0).cells().get(0).rowspan());
        assertEquals(2, t.grid().size());
        assertEquals("SPAN_CLAMPED", out.diagnostics().get(0).code());
    }

    @Test
    void siteChromeIsDroppedAndReported() {
        ReportReader.DocumentOutput out = read("<html><head><title>站点</title><style>p{}</style></head><body>"
                + "<header><div>某某市人民政府</div></header><nav><a>首页</a></nav>"
                + "<div class=\"breadcrumb\">首页 &gt; 政务公开</div><div class=\"share-box\">分享到：</div>"
                + "<div class=\"article-meta\">发布时间：2024-01-10</div>"
                + "<article><header><h1>标题</h1></header><p>正文</p>"
                + "<p style=\"display:none\">隐藏</p><script>var x='脚本';</script></article>"
                + "<footer>版权所有</footer><div id=\"footer\">网站标识码</div></body></html>");
        assertEquals(List.of("H1:标题", "P:正文"), texts(out.document().blocks()));
        Diagnostic d = out.diagnostics().stream().filter(x -> x.code().equals("MARKUP_DROPPED")).findFirst()
                .orElseThrow();
        assertTrue(d.messageEn().contains("nav") && d.messageEn().contains("div.breadcrumb"), d.messageEn());
    }

    @Test
    void wordMarkupReadsAsTheTextItShows() {
        String word = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                + "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties>"
                + "</xml><![endif]--></head><body lang=ZH-CN style='tab-interval:21.0pt'>"
                + "<p class=MsoNormal style='mso-line-height-rule:exactly'><![if !supportLists]><span>1.</span>"
                + "<![endif]><span style='font-family:宋体;mso-ascii-font-family:Calibri'>属于国家秘密</span>"
                + "<span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
                + "<p class=MsoNormal><span style='mso-hide:all'>隐藏的</span>"
                + "<st1:chsdate Year=\"2023\" Month=\"1\" Day=\"1\">2023年1月1日</st1:chsdate></p></body></html>";
        assertEquals(List.of("P:1.属于国家秘密", "P:2023年1月1日"), texts(blocks(word)));
    }

    @Test
    void layoutTablesAreFlowedAndTheirInnerDataTablesKept() {
        List<Block> b = blocks("<table><tr><td><h2>标题</h2><p>前言</p><table><tr><td>1</td><td>2</td></tr>"
                + "</table></td></tr><tr><td>页脚文字</td></tr></table>");
        assertEquals(List.of("H2:标题", "P:前言", "T:1", "P:页脚文字"), texts(b));
        assertInstanceOf(Table.class, b.get(2));
    }

    @Test
    void locationsAreTheTableRowAndCellNumbersOfThePage() {
        ReportReader.DocumentOutput out = read("<html>\n<body>\n  <p>第一段</p>\n"
                + "<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>"
                + "<div hidden><table><tr><td>隐藏</td></tr></table></div>"
                + "<table><caption>表</caption><thead><tr><th>h1</th><th>h2</th></tr></thead>"
                + "<tr style=\"display:none\"><td>x</td></tr><tr><td hidden>y</td><td>z</td></tr></table>"
                + "</body></html>");
        List<Block> b = out.document().blocks();
        assertEquals(List.of("P:第一段", "T:1", "P:表", "T:2"), texts(b));
        assertEquals(SourceLocation.UNKNOWN, b.get(0).location(), "text outside tables has no location");
        assertEquals(SourceLocation.cell(2, 0, 0), b.get(1).location(), "table 1 is the layout table around it");
        assertEquals(SourceLocation.cell(2, 1, 1), ((Table) b.get(1)).rows().get(0).cells().get(0).location());
        Table last = (Table) b.get(3);
        assertEquals(SourceLocation.cell(4, 0, 0), last.location(), "the hidden table is table 3");
        assertEquals(SourceLocation.cell(4, 0, 0), b.get(2).location(), "a caption is located at its table");
        assertEquals(SourceLocation.cell(4, 1, 2), last.rows().get(0).cells().get(1).location());
        assertEquals(SourceLocation.cell(4, 3, 2), last.rows().get(1).cells().get(0).location(),
                "the hidden row and cell keep their numbers");
        Diagnostic dropped = out.diagnostics().stream().filter(d -> d.code().equals("TABLE_DROPPED")).findFirst()
                .orElseThrow();
        assertEquals(SourceLocation.cell(3, 0, 0), dropped.location());
    }

    @Test
    void detectionRecognisesPagesAndFragments() {
        HtmlReader r = new HtmlReader();
        assertEquals(95, r.detect("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(80, r.detect("<TABLE><tr>".getBytes(StandardCharsets.UTF_8), ""));
        assertEquals(0, r.detect("一、总体情况\n二、".getBytes(StandardCharsets.UTF_8), ""));
    }
}
