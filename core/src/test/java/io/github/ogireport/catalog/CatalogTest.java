package io.github.ogireport.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards the catalog against FORMAT.md. This is the one place where the official labels are typed again, on purpose:
 * the strings below are copied from FORMAT.md, so a catalog edit that changes a label fails here.
 */
class CatalogTest {

    @Test
    void table3HasTwentyFiveDataRowsIn2021AndTwentyThreeIn2019() {
        assertEquals(25, Table3Row.rowsOf(Edition.V2021).size());
        assertEquals(23, Table3Row.rowsOf(Edition.V2019).size());
    }

    @Test
    void table3LabelsOf2021AreVerbatim() {
        assertEquals(List.of(
                "一、本年新收政府信息公开申请数量",
                "二、上年结转政府信息公开申请数量",
                "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "1.属于国家秘密",
                "2.其他法律行政法规禁止公开",
                "3.危及“三安全一稳定”",
                "4.保护第三方合法权益",
                "5.属于三类内部事务信息",
                "6.属于四类过程性信息",
                "7.属于行政执法案卷",
                "8.属于行政查询事项",
                "1.本机关不掌握相关政府信息",
                "2.没有现成信息需要另行制作",
                "3.补正后申请内容仍不明确",
                "1.信访举报投诉类申请",
                "2.重复申请",
                "3.要求提供公开出版物",
                "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.其他",
                "（七）总计",
                "四、结转下年度继续办理"),
                Table3Row.rowsOf(Edition.V2021).stream().map(Table3Row::labelZh).toList());
    }

    @Test
    void table3Of2019HasTheSingleOtherHandlingRowInsteadOfTheBreakdown() {
        List<Table3Row> rows2019 = Table3Row.rowsOf(Edition.V2019);
        assertEquals("（六）其他处理", rows2019.get(20).labelZh());
        assertEquals(Table3Row.OTHER_HANDLING_TOTAL, rows2019.get(20));
        assertEquals("（七）总计", rows2019.get(21).labelZh());
        List<Table3Row> common = Table3Row.rowsOf(Edition.V2021).stream()
                .filter(r -> r.inEdition(Edition.V2019)).toList();
        assertEquals(22, common.size());
        assertFalse(rows2019.contains(Table3Row.OTHER_OTHER));
    }

    @Test
    void table3GroupsAndHeadersAreVerbatim() {
        assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"),
                List.of(Table3Group.values()).stream().map(Table3Group::labelZh).toList());
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                List.of(ApplicantColumn.values()).stream().map(ApplicantColumn::labelZh).toList());
        assertEquals("法人或其他组织", ApplicantColumn.LEGAL_PERSONS_HEADER_ZH);
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ApplicantColumn.BALANCE_NOTE_ZH);
    }

    @Test
    void table2LabelsAreVerbatim() {
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"),
                Table2Row.blocksOf(Edition.V2021).stream().map(Table2Block::captionZh).toList());
        assertEquals(List.of("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
                "第二十条第（九）项"), Table2Row.blocksOf(Edition.V2019).stream().map(Table2Block::captionZh).toList());
        assertEquals("信息内容", Table2Block.CONTENT_HEADER_ZH);
        assertEquals(List.of("规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"),
                Table2Row.rowsOf(Edition.V2021).stream().map(Table2Row::labelZh).toList());
        assertEquals(List.of("规章", "规范性文件", "行政许可", "其他对外管理服务事项", "行政处罚", "行政强制", "行政事业性收费",
                "政府集中采购"), Table2Row.rowsOf(Edition.V2019).stream().map(Table2Row::labelZh).toList());
        assertEquals(List.of("本年制发件数", "本年废止件数", "现行有效件数"), labels(Table2Row.RULES_2021.columns()));
        assertEquals(List.of("本年处理决定数量"), labels(Table2Row.LICENSING_2021.columns()));
        assertEquals(List.of("本年收费金额（单位：万元）"), labels(Table2Row.FEES_2021.columns()));
        assertEquals(List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), labels(Table2Row.RULES_2019.columns()));
        assertEquals(List.of("上一年项目数量", "本年增/减", "处理决定数量"), labels(Table2Row.PENALTY_2019.columns()));
        assertEquals(List.of("上一年项目数量", "本年增/减"), labels(Table2Row.FEES_2019.columns()));
        assertEquals(List.of("采购项目数量", "采购总金额"), labels(Table2Row.PROCUREMENT_2019.columns()));
    }

    @Test
    void table4LabelsAreVerbatim() {
        assertEquals(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), labels(List.of(Table4Column.values())));
        assertEquals(List.of("行政复议", "未经复议直接起诉", "复议后起诉"),
                List.of(Table4Row.values()).stream().map(Table4Row::labelZh).toList());
        assertEquals(Optional.of("行政诉讼"), Table4Row.LITIGATION_AFTER_REVIEW.parentLabelZh());
    }

    @Test
    void sectionHeadingsAreVerbatim() {
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                List.of(Section.values()).stream().map(Section::headingZh).toList());
        assertEquals(List.of("通知收取件数", "通知收取金额", "实际收取金额"), labels(List.of(FeeItem.values())));
    }

    @Test
    void onlyTheTwentyNineteenChangeColumnIsSigned() {
        for (Table2Column c : Table2Column.values()) {
            assertEquals(c == Table2Column.CHANGE, c.signed(), c.name());
        }
        assertEquals("本年增/减", Table2Column.CHANGE.labelZh());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void rowIdsAndCellPointersAreUnique(Edition edition) {
        Set<String> ids = new HashSet<>();
        Set<String> rowPointers = new HashSet<>();
        for (CatalogRow r : Catalog.rows(edition)) {
            assertTrue(ids.add(r.id()), "duplicate row id " + r.id());
            assertTrue(rowPointers.add(r.pointer()), "duplicate row pointer " + r.pointer());
        }
        Set<String> pointers = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (CellRef c : Catalog.cells(edition)) {
            assertTrue(pointers.add(c.pointer()), "duplicate cell pointer " + c.pointer());
            assertTrue(labels.add(c.labelZh()), "duplicate cell label " + c.labelZh());
            assertTrue(c.pointer().startsWith("/"), c.pointer());
            assertEquals(c.pointer().substring(1).replace('/', '.'), c.propertyPath());
        }
    }

    @Test
    void rowIdsAreUniqueAcrossBothEditions() {
        Set<String> ids = new HashSet<>();
        for (CatalogRow r : List.<CatalogRow>of(Table2Row.values())) {
            assertTrue(ids.add(r.id()), r.id());
        }
        for (CatalogRow r : List.<CatalogRow>of(Table3Row.values())) {
            assertTrue(ids.add(r.id()), r.id());
        }
        for (CatalogRow r : List.<CatalogRow>of(Table4Row.values())) {
            assertTrue(ids.add(r.id()), r.id());
        }
        assertTrue(ids.add(FeeRow.FEES.id()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void cellAtFindsEveryCellByItsPointer(Edition edition) {
        List<CellRef> cells = Catalog.cells(edition);
        // table 2 + table 3 (+ the 2019 （六） row that 2021-era reports may keep) + table 4 + the fee block
        int table2 = Table2Row.rowsOf(edition).stream().mapToInt(r -> r.columns().size()).sum();
        int table3Rows = Table3Row.rowsOf(edition).size() + (edition == Edition.V2021 ? 1 : 0);
        assertEquals(table2 + table3Rows * 7 + 15 + 3, cells.size());
        for (CellRef c : cells) {
            assertEquals(Optional.of(c), Catalog.cellAt(c.pointer(), edition), c.pointer());
        }
        assertEquals(Optional.empty(), Catalog.cellAt("/table3/outcomes", edition));
        assertEquals(Optional.empty(), Catalog.cellAt("/metadata/reportYear", edition));
    }

    @Test
    void cellsOfARowAreItsColumnsInOrderAndSharedAcrossCalls() {
        List<CatalogRow> rows = new java.util.ArrayList<>();
        rows.addAll(List.of(Table2Row.values()));
        rows.addAll(List.of(Table3Row.values()));
        rows.addAll(List.of(Table4Row.values()));
        rows.add(FeeRow.FEES);
        for (CatalogRow r : rows) {
            List<CellRef> cells = Catalog.cells(r);
            assertEquals(r.columns().stream().map(c -> new CellRef(r, c)).toList(), cells, r.id());
            assertTrue(cells == Catalog.cells(r), r.id());
        }
        for (Edition e : Edition.values()) {
            assertEquals(Catalog.rows(e).stream().flatMap(r -> Catalog.cells(r).stream()).toList(), Catalog.cells(e));
        }
    }

    @Test
    void qualifiedLabelsNameTheCellAsFindingsPrintIt() {
        assertEquals("表三 三、（三）6.属于四类过程性信息 · 总计",
                new CellRef(Table3Row.WITHHELD_PROCESS_INFORMATION, ApplicantColumn.TOTAL).labelZh());
        assertEquals("/table3/outcomes/withheld/processInformation/total",
                new CellRef(Table3Row.WITHHELD_PROCESS_INFORMATION, ApplicantColumn.TOTAL).pointer());
        assertEquals("/table3/outcomes/otherHandling/total/naturalPerson",
                new CellRef(Table3Row.OTHER_HANDLING_TOTAL, ApplicantColumn.NATURAL_PERSON).pointer());
        assertEquals("表三 三、（六）其他处理 · 自然人",
                new CellRef(Table3Row.OTHER_HANDLING_TOTAL, ApplicantColumn.NATURAL_PERSON).labelZh());
        assertEquals("表二 第二十条第（八）项 行政事业性收费 · 本年收费金额（单位：万元）",
                new CellRef(Table2Row.FEES_2021, Table2Column.FEE_AMOUNT).labelZh());
    }

    @Test
    void editionsFollowTheReportYear() {
        assertEquals(Edition.V2019, Edition.forReportYear(2019));
        assertEquals(Edition.V2019, Edition.forReportYear(2020));
        assertEquals(Edition.V2021, Edition.forReportYear(2021));
        assertEquals(Edition.V2021, Edition.ofId("2021"));
    }

    private static List<String> labels(List<? extends CatalogColumn> columns) {
        return columns.stream().map(CatalogColumn::labelZh).toList();
    }
}
