package io.github.ogireport.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.text.TextReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each plain-text shape becomes tables of the right cells; prose between tables stays paragraphs. */
class TextShapesBecomeTablesTest {

    private static List<List<String>> cells(Block b) {
        Table t = assertInstanceOf(Table.class, b);
        return t.rows().stream().map(r -> r.cells().stream().map(Table.Cell::text).toList()).toList();
    }

    @Test
    void pipeSuffixCellsWithSeparatorLines() {
        Document d = TextReader.parse("二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n"
                + "|||\n规章 |\n0 |\n |\n||\n三、收到和处理政府信息公开申请情况\n");
        assertEquals(3, d.blocks().size());
        assertEquals(new Paragraph("二、主动公开政府信息情况", d.blocks().get(0).location()), d.blocks().get(0));
        assertEquals(List.of(List.of("第二十条第(一)项"), List.of("信息内容", "本年制发件数"), List.of("规章", "0", "")),
                cells(d.blocks().get(1)));
        assertInstanceOf(Paragraph.class, d.blocks().get(2));
    }

    @Test
    void pipeCellsWithALeadingLonePipeLine() {
        Document d = TextReader.parse("|\n行政许可 |\n0 |\n||\n|\n行政处罚 |\n5 |\n");
        assertEquals(List.of(List.of("行政许可", "0"), List.of("行政处罚", "5")), cells(d.blocks().get(0)));
    }

    @Test
    void tabSeparatedRowsKeepEmptyCells() {
        Document d = TextReader.parse("一、本年新收政府信息公开申请数量\t\t0\t1\t\n3.其他\t\t0\n");
        assertEquals(List.of(List.of("一、本年新收政府信息公开申请数量", "", "0", "1", ""), List.of("3.其他", "", "0")),
                cells(d.blocks().get(0)));
    }

    @Test
    void aTabRowWhoseFirstCellsAreEmptyKeepsThemEvenWithOneTextLeft() {
        Document d = TextReader.parse("通知收取件数\t通知收取金额\t实际收取金额\n\t\t36.5\n");
        assertEquals(List.of(List.of("通知收取件数", "通知收取金额", "实际收取金额"), List.of("", "", "36.5")),
                cells(d.blocks().get(0)));
    }

    @Test
    void tabIndentedCellsWithBlankLinesAndLoneTabs() {
        Document d = TextReader.parse("\t行政复议\n\t行政诉讼\n\n\t\n\t结果维持\n\n\t0\n\t\n");
        assertEquals(List.of(List.of("行政复议", "行政诉讼"), List.of("", "结果维持"), List.of("0", "")),
                cells(d.blocks().get(0)));
    }

    @Test
    void tabIndentedProseIsNotATable() {
        Document d = TextReader.parse("\t本局认真贯彻落实条例。\n\n\t进一步加强公开工作。\n");
        assertEquals(2, d.blocks().size());
        assertEquals("本局认真贯彻落实条例。", ((Paragraph) d.blocks().get(0)).text());
    }

    @Test
    void whitespaceAlignedColumns() {
        Document d = TextReader.parse("规章        0      3     12\n行政规范性文件  1  2  3\n本局认真贯彻落实条例  全年无事故。\n");
        assertEquals(List.of(List.of("规章", "0", "3", "12"), List.of("行政规范性文件", "1", "2", "3")),
                cells(d.blocks().get(0)));
        assertInstanceOf(Paragraph.class, d.blocks().get(1));
    }

    @Test
    void markdownPipeRowsSkipTheAlignmentRow() {
        Document d = TextReader.parse("| 信息内容 | 本年处理决定数量 |\n| --- | :---: |\n| 行政许可 |  |\n");
        assertEquals(List.of(List.of("信息内容", "本年处理决定数量"), List.of("行政许可", "")), cells(d.blocks().get(0)));
    }

    @Test
    void gluedTextStaysAParagraph() {
        Document d = TextReader.parse("规章000行政规范性文件35128\n");
        assertEquals("规章000行政规范性文件35128", ((Paragraph) d.blocks().get(0)).text());
    }

    @Test
    void cellsAndParagraphsRecordLineAndColumn() {
        Document d = TextReader.parse("标题\n\n规章\t0\t  7\n");
        assertEquals(1, d.blocks().get(0).location().line());
        Table t = (Table) d.blocks().get(1);
        Table.Cell seven = t.rows().get(0).cells().get(2);
        assertEquals("7", seven.text());
        assertEquals(3, seven.location().line());
        assertEquals(8, seven.location().column());
        assertEquals(1, seven.location().table());
        assertEquals(3, seven.location().cell());
    }
}
