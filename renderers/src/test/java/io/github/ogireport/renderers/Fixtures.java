package io.github.ogireport.renderers;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built reports for the renderer tests: every part of the model filled, both editions, and the awkward cases
 * (blank, placeholder, missing row, the 2019 （六） row in a 2021 report, text that needs escaping). The numbers
 * satisfy the accounting rules.
 */
final class Fixtures {

    private Fixtures() {
    }

    /** A 2021-edition report with every part: 2 applications disclosed, 1 withheld, 1 carried to next year. */
    static AnnualReport full2021() {
        ReportMetadata meta = new ReportMetadata(Optional.of("示例县人民政府办公室2023年政府信息公开工作年度报告"),
                Optional.of("示例县人民政府办公室"), Optional.of(2023), Edition.V2021,
                Optional.of(StatisticsPeriod.calendarYear(2023)), Optional.of(LocalDate.of(2024, 1, 20)),
                new Contact(Optional.of("示例县人民路1号"), Optional.of("0123-4567890"), Optional.of("100000")));
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        t2.put(Table2Row.RULES_2021, List.of(Cell.of(0), Cell.of(0), Cell.of(0)));
        t2.put(Table2Row.NORMATIVE_DOCUMENTS_2021, List.of(Cell.of(3), Cell.of(1), Cell.of(12)));
        t2.put(Table2Row.LICENSING_2021, List.of(Cell.of(1520)));
        t2.put(Table2Row.PENALTY_2021, List.of(Cell.of(87)));
        t2.put(Table2Row.COERCION_2021, List.of(Cell.blank()));
        t2.put(Table2Row.FEES_2021, List.of(Cell.of(new BigDecimal("24252.311082"))));
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.rowsOf(Edition.V2021)) {
            t3.put(r, ApplicantCounts.zeros());
        }
        t3.put(Table3Row.NEW_APPLICATIONS, ApplicantCounts.of(3, 1, 0, 0, 0, 0, 4));
        t3.put(Table3Row.DISCLOSED, ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2));
        t3.put(Table3Row.WITHHELD_THIRD_PARTY, ApplicantCounts.of(0, 1, 0, 0, 0, 0, 1));
        t3.put(Table3Row.OUTCOME_TOTAL, ApplicantCounts.of(2, 1, 0, 0, 0, 0, 3));
        t3.put(Table3Row.CARRIED_TO_NEXT_YEAR, ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1));
        t3.put(Table3Row.NOT_PROCESSED_REPEATED, ApplicantCounts.zeros().with(
                io.github.ogireport.catalog.ApplicantColumn.RESEARCH_INSTITUTION, Cell.placeholder("-")));
        Table4 t4 = new Table4(ReviewOutcomes.of(1, 0, 0, 0, 1), ReviewOutcomes.zeros(), ReviewOutcomes.zeros());
        return AnnualReport.builder(meta)
                .preamble(Narrative.ofParagraphs("本报告根据《中华人民共和国政府信息公开条例》编制。",
                        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
                        "地址：示例县人民路1号；电话：0123-4567890；邮编：100000。"))
                .overview(new Narrative(List.of(TextBlock.paragraph("2023年，我办坚持以公开为常态。"),
                        TextBlock.heading("（一）主动公开"),
                        TextBlock.paragraph("全年主动公开政府信息1520条。"),
                        TextBlock.heading("（二）依申请公开"),
                        TextBlock.paragraph("全年收到申请4件。"))))
                .table2(Table2.fromRows(Edition.V2021, t2, Map.of()))
                .table3(Table3.fromRows(t3))
                .table4(t4)
                .problems(Narrative.ofParagraphs("一是公开内容不够全面。", "二是解读形式较为单一。"))
                .otherMatters(Narrative.ofParagraphs("本机关未收取信息处理费。"))
                .fees(new FeeBlock(Cell.of(0), Cell.of(0), Cell.of(0), MoneyUnit.YUAN))
                .extras(List.of(ExtraContent.text(Section.OTHER_MATTERS, null, List.of("网站标识码：1234567890"))))
                .build();
    }

    /** A 2019-edition report: signed 本年增/减, a procurement amount in 元, the （六） single row. */
    static AnnualReport full2019() {
        ReportMetadata meta = new ReportMetadata(Optional.of("示例市统计局2019年政府信息公开工作年度报告"),
                Optional.of("示例市统计局"), Optional.of(2019), Edition.V2019, Optional.empty(), Optional.empty(),
                Contact.NONE);
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        t2.put(Table2Row.RULES_2019, List.of(Cell.of(0), Cell.of(0), Cell.of(0)));
        t2.put(Table2Row.NORMATIVE_DOCUMENTS_2019, List.of(Cell.of(2), Cell.of(2), Cell.of(40)));
        t2.put(Table2Row.LICENSING_2019, List.of(Cell.of(15), Cell.of(-8), Cell.of(230)));
        t2.put(Table2Row.OTHER_SERVICES_2019, List.of(Cell.of(3), Cell.of(0), Cell.of(12)));
        t2.put(Table2Row.PENALTY_2019, List.of(Cell.of(5), Cell.of(1), Cell.of(9)));
        t2.put(Table2Row.COERCION_2019, List.of(Cell.of(0), Cell.of(0), Cell.of(0)));
        t2.put(Table2Row.FEES_2019, List.of(Cell.of(1), Cell.placeholder("无")));
        t2.put(Table2Row.PROCUREMENT_2019, List.of(Cell.of(4), Cell.of(251000)));
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.rowsOf(Edition.V2019)) {
            t3.put(r, ApplicantCounts.zeros());
        }
        t3.put(Table3Row.NEW_APPLICATIONS, ApplicantCounts.of(5, 0, 0, 0, 0, 0, 5));
        t3.put(Table3Row.CARRIED_OVER, ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1));
        t3.put(Table3Row.DISCLOSED, ApplicantCounts.of(3, 0, 0, 0, 0, 0, 3));
        t3.put(Table3Row.UNABLE_NOT_HELD, ApplicantCounts.of(2, 0, 0, 0, 0, 0, 2));
        t3.put(Table3Row.OTHER_HANDLING_TOTAL, ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1));
        t3.put(Table3Row.OUTCOME_TOTAL, ApplicantCounts.of(6, 0, 0, 0, 0, 0, 6));
        return AnnualReport.builder(meta)
                .overview(Narrative.ofParagraphs("2019年，我局认真贯彻新修订的条例。"))
                .table2(Table2.fromRows(Edition.V2019, t2, Map.of(Table2Row.PROCUREMENT_2019, MoneyUnit.YUAN)))
                .table3(Table3.fromRows(t3))
                .table4(new Table4(ReviewOutcomes.zeros(), ReviewOutcomes.zeros(), ReviewOutcomes.zeros()))
                .problems(Narrative.ofParagraphs("信息公开的及时性有待提高。"))
                .otherMatters(Narrative.ofParagraphs("无。"))
                .build();
    }

    /**
     * Like sample 001: a 2021 report without the 规章 row and with the 2019 single row （六）其他处理, the 2021
     * breakdown not reported.
     */
    static AnnualReport singleOtherHandling2021() {
        AnnualReport base = full2021();
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        for (Table2Row r : Table2Row.rowsOf(Edition.V2021)) {
            if (r != Table2Row.RULES_2021) {
                t2.put(r, base.table2().row(r).cells());
            }
        }
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(base.table3().reportedRows());
        t3.remove(Table3Row.OTHER_NO_CORRECTION);
        t3.remove(Table3Row.OTHER_UNPAID_FEES);
        t3.remove(Table3Row.OTHER_OTHER);
        t3.put(Table3Row.OTHER_HANDLING_TOTAL, ApplicantCounts.zeros());
        return base.toBuilder().table2(Table2.fromRows(Edition.V2021, t2, Map.of())).table3(Table3.fromRows(t3))
                .build();
    }

    /** Text that must be escaped in every markup format: tags, ampersands, quotes, pipes, tabs, line breaks. */
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' | a\tb";

    /** A 2021 report whose agency, title, narratives and extras hold {@link #HOSTILE} text. */
    static AnnualReport hostile() {
        AnnualReport base = full2021();
        ReportMetadata m = base.metadata();
        ReportMetadata meta = new ReportMetadata(Optional.of(HOSTILE + "2023年政府信息公开工作年度报告"),
                Optional.of(HOSTILE), m.reportYear(), m.edition(), m.statisticsPeriod(), m.publicationDate(),
                m.contact());
        return base.toBuilder().metadata(meta)
                .overview(new Narrative(List.of(TextBlock.heading("（一）" + HOSTILE),
                        TextBlock.paragraph(HOSTILE + "\n第二行"))))
                .extras(List.of(ExtraContent.table(Section.PROBLEMS, HOSTILE,
                        List.of(List.of("a|b", HOSTILE), List.of("1", "2")))))
                .build();
    }
}
