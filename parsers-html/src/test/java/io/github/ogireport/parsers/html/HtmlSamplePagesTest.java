package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader itself makes of the five sample pages, before any recognition: the charset found, the chrome
 * dropped, and tables whose spans resolve to the official grids (table 3: 3 header rows and 25 data rows — 23 in
 * 001 with its 2019-style （六） — over 10 columns; table 4: 4 rows of 15 columns).
 */
class HtmlSamplePagesTest {

    private static ReportReader.DocumentOutput read(String id) throws IOException {
        return (ReportReader.DocumentOutput) new HtmlReader().read(HtmlSamplesMatchGoldenTest.page(id),
                ReaderOptions.DEFAULT);
    }

    private static List<Table> tables(ReportReader.DocumentOutput out) {
        return out.document().blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    private static List<String> texts(ReportReader.DocumentOutput out) {
        return out.document().blocks().stream().filter(b -> !(b instanceof Table))
                .map(b -> b instanceof Heading h ? h.text() : ((Paragraph) b).text()).toList();
    }

    private static Table tableAfter(ReportReader.DocumentOutput out, String heading) {
        List<Block> blocks = out.document().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b instanceof Heading h ? h.text() : b instanceof Paragraph p ? p.text() : "";
            if (t.equals(heading)) {
                return (Table) blocks.get(i + 1);
            }
        }
        throw new AssertionError("no " + heading);
    }

    private static void assertGrid(Table t, int rows, int cols) {
        List<List<Table.Cell>> grid = t.grid();
        assertEquals(rows, grid.size());
        grid.forEach(r -> assertEquals(cols, r.size()));
        grid.forEach(r -> r.forEach(c -> assertTrue(c != null, "every position covered")));
    }

    @Test
    void table3And4ResolveToTheOfficialGrids() throws IOException {
        for (String id : List.of("000", "001", "002", "003", "004")) {
            ReportReader.DocumentOutput out = read(id);
            Table t3 = tableAfter(out, "三、收到和处理政府信息公开申请情况");
            assertGrid(t3, id.equals("001") ? 26 : 28, 10);
            assertEquals("申请人情况", t3.grid().get(0).get(3).text());
            assertTrue(t3.grid().get(5).get(0).text().startsWith("三、本年度办理结果"), id);
            assertGrid(tableAfter(out, "四、政府信息公开行政复议、行政诉讼情况"), 4, 15);
        }
    }

    @Test
    void gbkPageWithMetaCharsetIsDecodedAndSaidSo() throws IOException {
        ReportReader.DocumentOutput out = read("002");
        assertEquals("延津县政务服务和大数据管理局 2023 年政府信息公开工作年度报告", texts(out).get(0));
        Diagnostic d = out.diagnostics().stream().filter(x -> x.code().equals("CHARSET_DETECTED")).findFirst()
                .orElseThrow();
        assertTrue(d.messageEn().contains("GB18030") && d.messageEn().contains("gbk"), d.messageEn());
    }

    @Test
    void undeclaredGb18030PageIsSniffedAndCanBeOverridden() throws IOException {
        ReportReader.DocumentOutput out = read("004");
        assertEquals("2023年南关区政府办公室政府信息公开工作年度报告", texts(out).get(0));
        assertTrue(out.diagnostics().stream().anyMatch(x -> x.code().equals("CHARSET_DETECTED")));
        ReportReader.Output forced = new HtmlReader().read(HtmlSamplesMatchGoldenTest.page("004"),
                ReaderOptions.DEFAULT.withCharset(Charset.forName("GB18030")));
        assertTrue(forced.diagnostics().stream().noneMatch(x -> x.code().startsWith("CHARSET")));
        assertEquals(4 + 2, tables(read("004")).size(), "table 2 as four tables, then tables 3 and 4");
    }

    @Test
    void siteChromeAroundTheArticleLeavesOnlyTheReport() throws IOException {
        List<String> texts = texts(read("003"));
        assertEquals("新华区曙光街街道办事处 2024 年政府信息公开工作 年度报告", texts.get(0));
        assertEquals("一、总体情况", texts.get(1));
        assertEquals("六、其他需要报告的事项", texts.get(texts.size() - 2));
        for (String chrome : List.of("首页", "分享到", "发布时间", "字号", "版权所有", "统计代码", "请勿发布", "相关文章",
                "信息公开目录", "打印")) {
            assertTrue(texts.stream().noneMatch(t -> t.contains(chrome)), chrome);
        }
    }

    @Test
    void wordPageKeepsTextAndDropsItsMarkup() throws IOException {
        ReportReader.DocumentOutput out = read("001");
        List<String> texts = texts(out);
        assertEquals(List.of("永平镇", "2022年政府信息公开工作年度报告"), texts.subList(0, 2));
        assertEquals("闽公安网备:35082402000101", texts.get(texts.size() - 1));
        assertTrue(texts.stream().noneMatch(t -> t.contains("mso") || t.contains("wangxm") || t.contains("\r")),
                texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains(" ") && t.matches(".*[\\u4e00-\\u9fff] [\\u4e00-\\u9fff].*")),
                "Word's line wraps inside Chinese text leave no spaces");
    }
}
