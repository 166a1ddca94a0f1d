package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.recognize.Recognizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recognizer reads a document as an HTML reader builds it — marked headings, real tables whose label and header
 * cells span rows and columns — exactly as it reads plain text: the spans are resolved through the grid.
 */
class SpannedTableDocumentTest {

    private static final SourceLocation AT = SourceLocation.cell(1, 1, 1);

    private static Table.Cell c(String text) {
        return Table.Cell.of(text, AT);
    }

    private static Table.Cell c(String text, int rowspan, int colspan) {
        return new Table.Cell(text, rowspan, colspan, AT);
    }

    private static Table.Row row(Table.Cell... cells) {
        return new Table.Row(List.of(cells));
    }

    private static List<Table.Cell> seven(int... v) {
        List<Table.Cell> out = new ArrayList<>();
        for (int x : v) {
            out.add(c(x < 0 ? "" : Integer.toString(x)));
        }
        return out;
    }

    private static Table.Row labelled(List<Table.Cell> labels, List<Table.Cell> cells) {
        List<Table.Cell> all = new ArrayList<>(labels);
        all.addAll(cells);
        return new Table.Row(all);
    }

    @Test
    void rowAndColumnSpansAreResolvedThroughTheGrid() {
        List<Table.Row> t3 = new ArrayList<>();
        t3.add(row(c(io.github.ogireport.catalog.ApplicantColumn.BALANCE_NOTE_ZH, 3, 3), c("申请人情况", 1, 7)));
        t3.add(row(c("自然人", 2, 1), c("法人或其他组织", 1, 5), c("总计", 2, 1)));
        t3.add(row(c("商业企业"), c("科研机构"), c("社会公益组织"), c("法律服务机构"), c("其他")));
        t3.add(labelled(List.of(c("一、本年新收政府信息公开申请数量", 1, 3)), seven(2, 0, 0, 0, 1, 0, 3)));
        t3.add(labelled(List.of(c("二、上年结转政府信息公开申请数量", 1, 3)), seven(0, 0, 0, 0, 0, 0, 0)));
        t3.add(labelled(List.of(c("三、本年度办理结果", 4, 1), c("（一）予以公开", 1, 2)), seven(1, -1, -1, -1, 1, -1, 2)));
        t3.add(labelled(List.of(c("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2)), seven(0, 0, 0, 0, 0, 0, 0)));
        t3.add(labelled(List.of(c("（三）不予公开", 2, 1), c("1.属于国家秘密")), seven(-1, -1, -1, -1, -1, -1, -1)));
        t3.add(labelled(List.of(c("2.其他法律行政法规禁止公开")), seven(1, 0, 0, 0, 0, 0, 1)));
        t3.add(labelled(List.of(c("四、结转下年度继续办理", 1, 3)), seven(0, 0, 0, 0, 0, 0, 0)));

        List<Table.Row> t4 = new ArrayList<>();
        t4.add(row(c("行政复议", 1, 5), c("行政诉讼", 1, 10)));
        t4.add(row(c("结果维持", 2, 1), c("结果纠正", 2, 1), c("其他结果", 2, 1), c("尚未审结", 2, 1), c("总计", 2, 1),
                c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)));
        List<Table.Cell> heads = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                heads.add(c(h));
            }
        }
        t4.add(new Table.Row(heads));
        List<Table.Cell> vals = new ArrayList<>();
        for (int v : new int[] {1, 0, 0, 0, 1, 0, 2, 0, 0, 2, 0, 0, 0, 1, 1}) {
            vals.add(c(Integer.toString(v)));
        }
        t4.add(new Table.Row(vals));

        List<Block> blocks = List.of(
                new Heading(1, "某某市教育局2023年政府信息公开工作年度报告", AT),
                new Heading(2, "一、总体情况", AT),
                new Paragraph("本局认真落实条例。", AT),
                new Heading(2, "三、收到和处理政府信息公开申请情况", AT),
                new Table(t3, AT),
                new Heading(2, "四、政府信息公开行政复议、行政诉讼情况", AT),
                new Table(t4, AT),
                new Heading(2, "五、存在的主要问题及改进情况", AT),
                new Paragraph("无。", AT));

        ParseResult r = new Recognizer().recognize(new Document(blocks), "html", List.of(), ReaderOptions.DEFAULT);

        assertEquals("某某市教育局", r.report().metadata().agency().orElseThrow());
        assertEquals(ApplicantCounts.of(2, 0, 0, 0, 1, 0, 3), r.report().table3().newApplications());
        ApplicantCounts disclosed = r.report().table3().outcomes().disclosed();
        assertEquals(Cell.of(1), disclosed.naturalPerson());
        assertEquals(Cell.blank(), disclosed.commercialEnterprise());
        assertEquals(Cell.of(1), disclosed.legalServiceAgency());
        assertEquals(Cell.of(2), disclosed.total());
        assertEquals(List.of(Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(), Cell.blank(),
                Cell.blank()), r.report().table3().outcomes().withheld().stateSecret().cells());
        assertEquals(ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1), r.report().table3().outcomes().withheld().prohibitedByLaw());
        assertEquals(ReviewOutcomes.of(1, 0, 0, 0, 1), r.report().table4().administrativeReview());
        assertEquals(ReviewOutcomes.of(0, 2, 0, 0, 2), r.report().table4().litigationWithoutReview());
        assertEquals(ReviewOutcomes.of(0, 0, 0, 1, 1), r.report().table4().litigationAfterReview());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        assertFalse(r.diagnostics("SECTION_MISSING").stream()
                .anyMatch(d -> d.message().contains(Section.APPLICATIONS.headingZh())));
    }
}
