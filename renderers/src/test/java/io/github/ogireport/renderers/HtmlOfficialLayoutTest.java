package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Table3;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML is the official layout: every catalog label of the edition, the template's merged cells (checked by
 * parsing the output with jsoup), escaped text, a self-contained page or a fragment, and nothing invented for cells
 * not reported.
 */
class HtmlOfficialLayoutTest {

    private static final ReportRenderer HTML = ReportRenderers.forFormat("html").orElseThrow();

    private static Document parse(AnnualReport r, RenderOptions o) {
        return Jsoup.parse(new String(HTML.render(r, o), StandardCharsets.UTF_8));
    }

    private static AnnualReport full(Edition e) {
        return e == Edition.V2021 ? Fixtures.full2021() : Fixtures.full2019();
    }

    /** The th/td elements whose own text is exactly {@code text}. */
    private static Elements cells(Element table, String text) {
        Elements out = new Elements();
        for (Element c : table.select("th, td")) {
            if (c.text().equals(text)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element only(Element table, String text) {
        Elements found = cells(table, text);
        assertEquals(1, found.size(), "cells with text " + text);
        return found.get(0);
    }

    private static int span(Element e, String attr) {
        return e.hasAttr(attr) ? Integer.parseInt(e.attr(attr)) : 1;
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyCatalogLabelOfTheEditionIsPrinted(Edition e) {
        Document d = parse(full(e), RenderOptions.DEFAULT);
        String text = d.body().text();
        for (Section s : Section.values()) {
            assertEquals(1, d.select("h2").stream().filter(h -> h.text().equals(s.headingZh())).count(), s.name());
        }
        Element t2 = d.selectFirst("table.ogi-table2");
        for (Table2Block b : Table2Row.blocksOf(e)) {
            assertNotNull(only(t2, b.captionZh()));
        }
        assertEquals(Table2Row.blocksOf(e).size(), cells(t2, Table2Block.CONTENT_HEADER_ZH).size());
        for (Table2Row r : Table2Row.rowsOf(e)) {
            assertEquals(1, cells(t2, r.labelZh()).size(), r.id());
            for (Table2Column c : r.columns()) {
                assertFalse(cells(t2, c.labelZh()).isEmpty(), c.name());
            }
        }
        Element t3 = d.selectFirst("table.ogi-table3");
        only(t3, ApplicantColumn.BALANCE_NOTE_ZH);
        only(t3, ApplicantColumn.APPLICANTS_HEADER_ZH);
        only(t3, ApplicantColumn.LEGAL_PERSONS_HEADER_ZH);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            only(t3, c.labelZh());
        }
        for (Table3Group g : Table3Group.values()) {
            if (g != Table3Group.OTHER_HANDLING) {
                only(t3, g.labelZh());
            }
        }
        for (Table3Row r : Table3Row.rowsOf(e)) {
            assertFalse(cells(t3, r.labelZh()).isEmpty(), r.name());
        }
        Element t4 = d.selectFirst("table.ogi-table4");
        for (Table4Row r : Table4Row.values()) {
            only(t4, r.labelZh());
        }
        only(t4, Table4Row.LITIGATION_HEADER_ZH);
        for (Table4Column c : Table4Column.values()) {
            assertEquals(3, cells(t4, c.labelZh()).size(), c.name());
        }
        if (e == Edition.V2021) {
            Element fees = d.selectFirst("table.ogi-fees");
            for (FeeItem i : FeeItem.values()) {
                only(fees, i.labelZh());
            }
        }
        assertTrue(text.contains(full(e).overview().blocks().get(0).text()));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void table3HasTheTemplatesMergedCells(Edition e) {
        Element t3 = parse(full(e), RenderOptions.DEFAULT).selectFirst("table.ogi-table3");
        Element note = only(t3, ApplicantColumn.BALANCE_NOTE_ZH);
        assertEquals(3, span(note, "colspan"));
        assertEquals(3, span(note, "rowspan"));
        assertEquals(7, span(only(t3, ApplicantColumn.APPLICANTS_HEADER_ZH), "colspan"));
        assertEquals(5, span(only(t3, ApplicantColumn.LEGAL_PERSONS_HEADER_ZH), "colspan"));
        assertEquals(2, span(only(t3, ApplicantColumn.NATURAL_PERSON.labelZh()), "rowspan"));
        assertEquals(2, span(only(t3, ApplicantColumn.TOTAL.labelZh()), "rowspan"));
        int outcomeRows = (int) Table3Row.rowsOf(e).stream().filter(r -> r.group().isPresent()).count();
        assertEquals(e == Edition.V2021 ? 22 : 20, outcomeRows);
        assertEquals(outcomeRows, span(only(t3, Table3Group.OUTCOMES.labelZh()), "rowspan"));
        assertEquals(8, span(only(t3, Table3Group.WITHHELD.labelZh()), "rowspan"));
        assertEquals(3, span(only(t3, Table3Group.UNABLE_TO_PROVIDE.labelZh()), "rowspan"));
        assertEquals(5, span(only(t3, Table3Group.NOT_PROCESSED.labelZh()), "rowspan"));
        Element other = only(t3, Table3Group.OTHER_HANDLING.labelZh());
        if (e == Edition.V2021) {
            assertEquals(3, span(other, "rowspan"));
            assertEquals(1, span(other, "colspan"));
        } else {
            assertEquals(1, span(other, "rowspan"));
            assertEquals(2, span(other, "colspan"));
            assertEquals(7, other.parent().select("td[data-cell]").size());
        }
        for (Table3Row r : List.of(Table3Row.NEW_APPLICATIONS, Table3Row.CARRIED_OVER, Table3Row.CARRIED_TO_NEXT_YEAR)) {
            assertEquals(3, span(only(t3, r.labelZh()), "colspan"), r.name());
        }
        for (Table3Row r : List.of(Table3Row.DISCLOSED, Table3Row.PARTIALLY_DISCLOSED, Table3Row.OUTCOME_TOTAL)) {
            assertEquals(2, span(only(t3, r.labelZh()), "colspan"), r.name());
        }
        // every row of the grid is 10 columns wide once the spans are resolved
        assertGridWidth(t3, 10);
        assertEquals(3 + Table3Row.rowsOf(e).size(), t3.select("tr").size());
        assertEquals(7 * Table3Row.rowsOf(e).size(), t3.select("td[data-cell]").size());
    }

    @Test
    void a2021ReportWithOnlyTheSingleOtherHandlingRowPrintsItAsOneRow() {
        Element t3 = parse(Fixtures.singleOtherHandling2021(), RenderOptions.DEFAULT).selectFirst("table.ogi-table3");
        Element other = only(t3, Table3Row.OTHER_HANDLING_TOTAL.labelZh());
        assertEquals(2, span(other, "colspan"));
        assertEquals(1, span(other, "rowspan"));
        assertEquals("/table3/outcomes/otherHandling/total/naturalPerson",
                other.parent().selectFirst("td[data-cell]").attr("data-cell"));
        assertTrue(cells(t3, Table3Row.OTHER_OTHER.labelZh()).isEmpty());
        assertEquals(20, span(only(t3, Table3Group.OUTCOMES.labelZh()), "rowspan"));
        assertGridWidth(t3, 10);
        // the missing 规章 row is left out, not printed as zeros
        Element t2 = parse(Fixtures.singleOtherHandling2021(), RenderOptions.DEFAULT).selectFirst("table.ogi-table2");
        assertTrue(cells(t2, Table2Row.RULES_2021.labelZh()).isEmpty());
        assertTrue(t2.select("td[data-cell^=/table2/rules/]").isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void table2And4HaveTheTemplatesMergedCells(Edition e) {
        Document d = parse(full(e), RenderOptions.DEFAULT);
        Element t2 = d.selectFirst("table.ogi-table2");
        for (Table2Block b : Table2Row.blocksOf(e)) {
            assertEquals(4, span(only(t2, b.captionZh()), "colspan"));
        }
        assertGridWidth(t2, 4);
        Element t4 = d.selectFirst("table.ogi-table4");
        assertEquals(5, span(only(t4, Table4Row.ADMINISTRATIVE_REVIEW.labelZh()), "colspan"));
        assertEquals(10, span(only(t4, Table4Row.LITIGATION_HEADER_ZH), "colspan"));
        assertEquals(5, span(only(t4, Table4Row.LITIGATION_WITHOUT_REVIEW.labelZh()), "colspan"));
        assertEquals(5, span(only(t4, Table4Row.LITIGATION_AFTER_REVIEW.labelZh()), "colspan"));
        Elements rows = t4.select("tr");
        assertEquals(4, rows.size());
        assertEquals(15, rows.get(3).select("td[data-cell]").size());
        for (Element h : rows.get(1).select("th")) {
            if (span(h, "colspan") == 1) {
                assertEquals(2, span(h, "rowspan"), h.text());
            }
        }
        assertEquals(10, rows.get(2).select("th").size());
        assertGridWidth(t4, 15);
    }

    @Test
    void numbersArePlainAndBlanksPlaceholdersAndNotReportedCellsAreKeptApart() {
        AnnualReport base = Fixtures.full2021();
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(base.table3().reportedRows());
        rows.put(Table3Row.CARRIED_OVER, ApplicantCounts.zeros()
                .with(ApplicantColumn.NATURAL_PERSON, Cell.blank())
                .with(ApplicantColumn.TOTAL, Cell.notReported()));
        Document d = parse(base.toBuilder().table3(Table3.fromRows(rows)).build(), RenderOptions.DEFAULT);
        assertEquals("24252.311082", d.selectFirst("td[data-cell=/table2/fees/amount]").text());
        Element blank = d.selectFirst("td[data-cell=/table3/carriedOver/naturalPerson]");
        assertEquals("", blank.text());
        assertTrue(blank.hasAttr("data-blank"));
        assertFalse(blank.hasAttr("data-not-reported"));
        Element nr = d.selectFirst("td[data-cell=/table3/carriedOver/total]");
        assertEquals("", nr.text());
        assertTrue(nr.hasAttr("data-not-reported"));
        assertEquals("-", d.selectFirst("td[data-cell=/table3/outcomes/notProcessed/repeated/researchInstitution]")
                .text());
        assertEquals(1, d.select("[data-not-reported]").size());
        Document d2019 = parse(Fixtures.full2019(), RenderOptions.DEFAULT);
        assertEquals("-8", d2019.selectFirst("td[data-cell=/table2/licensing/change]").text());
        assertEquals("251000元", d2019.selectFirst("td[data-cell=/table2/procurement/amount]").text());
    }

    @Test
    void textIsEscapedEverywhere() {
        String html = new String(HTML.render(Fixtures.hostile(), RenderOptions.DEFAULT), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "raw <script> in the output");
        assertFalse(html.contains("\"x\""), "raw quotes in the output");
        Document d = Jsoup.parse(html);
        assertTrue(d.select("script").isEmpty());
        // jsoup's text() shows the tab as a space
        assertEquals(Fixtures.HOSTILE.replace('\t', ' ') + "2023年政府信息公开工作年度报告", d.selectFirst("h1").text());
        assertEquals(Fixtures.HOSTILE, d.selectFirst("article").attr("data-agency"));
        assertEquals("（一）" + Fixtures.HOSTILE.replace("\t", " "), d.selectFirst("h3").text());
        Element p = d.select("h2:contains(一、总体情况) ~ p").first();
        assertEquals(Fixtures.HOSTILE.replace("\t", " ") + " 第二行", p.text());
        assertEquals(1, p.select("br").size());
        Element extra = d.selectFirst("table.ogi-extra");
        assertEquals(List.of("a|b", Fixtures.HOSTILE.replace("\t", " ")),
                extra.select("tr").first().select("td").eachText());
        assertTrue(d.title().startsWith("<script>"));
    }

    @Test
    void aPageIsSelfContainedAndAFragmentIsOnlyTheArticle() {
        String page = new String(HTML.render(Fixtures.full2021(), RenderOptions.DEFAULT), StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n"));
        assertTrue(page.contains("<meta charset=\"utf-8\">"));
        assertTrue(page.contains("@media print"));
        assertTrue(page.contains("border:1px solid"));
        assertFalse(page.contains("http://") || page.contains("https://") || page.contains("<link")
                || page.contains("<script"), "the page loads nothing");
        assertEquals(Fixtures.full2021().metadata().title().orElseThrow(), Jsoup.parse(page).title());
        String fragment = new String(HTML.render(Fixtures.full2021(), RenderOptions.DEFAULT.withFragment(true)),
                StandardCharsets.UTF_8);
        assertTrue(fragment.startsWith("<article class=\"ogi-report\""));
        assertTrue(fragment.endsWith("</article>\n"));
        assertFalse(fragment.contains("<html") || fragment.contains("<style"));
        assertTrue(page.contains(fragment), "the page's article is the fragment");
    }

    @Test
    void withoutATitleThePageTitleIsTheAgencyAndYear() {
        AnnualReport r = Fixtures.full2019();
        AnnualReport untitled = r.toBuilder().metadata(new io.github.ogireport.model.ReportMetadata(
                java.util.Optional.empty(), r.metadata().agency(), r.metadata().reportYear(), r.edition(),
                java.util.Optional.empty(), java.util.Optional.empty(), null)).build();
        Document d = parse(untitled, RenderOptions.DEFAULT);
        assertEquals("示例市统计局 2019", d.title());
        assertTrue(d.select("h1").isEmpty(), "no title is invented in the body");
    }

    /** Resolves rowspan/colspan and checks that every row covers exactly {@code width} columns. */
    static void assertGridWidth(Element table, int width) {
        Elements rows = table.select("tr");
        int[] carried = new int[rows.size() + 64];
        for (int r = 0; r < rows.size(); r++) {
            int w = carried[r];
            for (Element c : rows.get(r).select("> th, > td")) {
                int cs = span(c, "colspan");
                int rs = span(c, "rowspan");
                w += cs;
                for (int k = 1; k < rs; k++) {
                    carried[r + k] += cs;
                }
            }
            assertEquals(width, w, "width of row " + r + ": " + rows.get(r).text());
        }
    }
}
