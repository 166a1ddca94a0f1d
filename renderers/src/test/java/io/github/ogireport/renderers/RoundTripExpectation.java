package io.github.ogireport.renderers;

import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import io.github.ogireport.renderers.internal.TextRenderer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What {@code read(write(r))} must equal, per format: the one place that says what each format cannot carry.
 *
 * <ul>
 *   <li>{@code json}: everything; the expected report is {@code r} itself.</li>
 *   <li>{@code html}: everything except whitespace inside text: a tab reads back as a space (HTML collapses
 *       whitespace); a line break is written as {@code <br>} and reads back as a line break. A cell not reported
 *       inside a reported row is marked {@code data-not-reported} and reads back as not reported.</li>
 *   <li>{@code markdown}: a cell not reported inside a reported row is an empty table cell and reads back as blank;
 *       a tab inside text is whitespace to Markdown and reads back as a space. Everything else in text is carried
 *       (escaped with backslashes; line breaks as {@code <br>}).</li>
 *   <li>{@code text}: a tab or a line break inside text reads back as a space ({@link TextRenderer#oneLine}); a cell
 *       not reported inside a reported row reads back as blank. Text has no heading markup: a narrative block is a
 *       heading exactly when its line follows the conventions' sub-heading rule.</li>
 *   <li>{@code html}, {@code markdown}: a line break inside a narrative block is written as {@code <br>} and, as the
 *       conventions read a report (one block per line), reads back as the end of the block: the lines become blocks
 *       of their own, each a sub-heading or a paragraph by the conventions' sub-heading rule; likewise a line break
 *       inside an extra's paragraph ends the paragraph.</li>
 *   <li>all document formats: the agency is what the conventions take from the title (the text before the year,
 *       whitespace removed).</li>
 *   <li>all document formats: the unit of a money row is printed after its number, so where the amount is not a
 *       number (blank, placeholder) the unit is lost and reads back as the default (万元 for the 2021 fee row, whose
 *       header states it; unspecified otherwise); likewise a 2021 fee amount whose unit is unspecified reads back in
 *       the header's 万元.</li>
 * </ul>
 *
 * <p>CSV is write-only: it carries the cells only (no narrative, no extras, no contact), which
 * {@code RoundTripProperties.csvCarriesEveryCellOfTheCatalog} checks directly.
 */
final class RoundTripExpectation {

    private RoundTripExpectation() {
    }

    /** The report {@code format} reads back after writing {@code r}. */
    static AnnualReport expectedAfterRoundTrip(String format, AnnualReport r) {
        switch (format) {
            case "json":
                return r;
            case "html":
                return agencyFromTitle(units(linesAsBlocks(text(r, s -> s.replace('\t', ' ')))));
            case "markdown":
                return agencyFromTitle(units(notReportedInsideRowsAsBlank(linesAsBlocks(
                        text(r, s -> s.replace('\t', ' '))))));
            case "text":
                return agencyFromTitle(units(notReportedInsideRowsAsBlank(headingsByRule(
                        text(r, TextRenderer::oneLine)))));
            default:
                throw new IllegalArgumentException("no round trip for " + format);
        }
    }

    private static final java.util.regex.Pattern SUB_HEADING =
            java.util.regex.Pattern.compile("^[（(][一二三四五六七八九十][）)]");

    /** The conventions' sub-heading rule: a sub-heading number （一）…（十）, at most 30 characters, no final 。. */
    private static boolean subHeading(String line) {
        return SUB_HEADING.matcher(line).find() && line.length() <= 30 && !line.endsWith("。");
    }

    /** Every narrative block is a heading exactly when it follows the sub-heading rule. */
    static AnnualReport headingsByRule(AnnualReport r) {
        UnaryOperator<Narrative> kinds = n -> new Narrative(n.blocks().stream()
                .map(b -> subHeading(b.text()) ? TextBlock.heading(b.text()) : TextBlock.paragraph(b.text()))
                .toList());
        return r.toBuilder().preamble(kinds.apply(r.preamble())).overview(kinds.apply(r.overview()))
                .problems(kinds.apply(r.problems())).otherMatters(kinds.apply(r.otherMatters())).build();
    }

    /** Every narrative block and extra paragraph holding line breaks becomes one block or paragraph per line. */
    static AnnualReport linesAsBlocks(AnnualReport r) {
        UnaryOperator<Narrative> split = n -> new Narrative(n.blocks().stream().flatMap(b -> {
            if (!b.text().contains("\n")) {
                return java.util.stream.Stream.of(b);
            }
            return java.util.Arrays.stream(b.text().split("\n")).map(String::strip).filter(t -> !t.isEmpty())
                    .map(t -> subHeading(t) ? TextBlock.heading(t) : TextBlock.paragraph(t));
        }).toList());
        List<ExtraContent> extras = r.extras().stream().map(e -> new ExtraContent(e.heading(),
                e.paragraphs().stream().flatMap(p -> java.util.Arrays.stream(p.split("\n"))).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList(), e.rows(), e.after())).toList();
        return r.toBuilder().preamble(split.apply(r.preamble())).overview(split.apply(r.overview()))
                .problems(split.apply(r.problems())).otherMatters(split.apply(r.otherMatters())).extras(extras)
                .build();
    }

    /** The agency as the conventions take it from the title: whitespace removed. */
    static AnnualReport agencyFromTitle(AnnualReport r) {
        var m = r.metadata();
        if (m.title().isEmpty()) {
            return r;
        }
        return r.toBuilder().metadata(new io.github.ogireport.model.ReportMetadata(m.title(),
                m.agency().map(a -> a.replaceAll("\\s+", "")), m.reportYear(), m.edition(), m.statisticsPeriod(),
                m.publicationDate(), m.contact())).build();
    }

    /** Applies {@code f} to every narrative block, title and extra text. */
    static AnnualReport text(AnnualReport r, UnaryOperator<String> f) {
        var m = r.metadata();
        var meta = new io.github.ogireport.model.ReportMetadata(m.title().map(f), m.agency().map(f), m.reportYear(),
                m.edition(), m.statisticsPeriod(), m.publicationDate(), m.contact());
        List<ExtraContent> extras = r.extras().stream().map(e -> new ExtraContent(e.heading().map(f),
                e.paragraphs().stream().map(f).toList(),
                e.rows().stream().map(row -> row.stream().map(f).toList()).toList(), e.after())).toList();
        return r.toBuilder().metadata(meta).preamble(narrative(r.preamble(), f)).overview(narrative(r.overview(), f))
                .problems(narrative(r.problems(), f)).otherMatters(narrative(r.otherMatters(), f)).extras(extras)
                .build();
    }

    private static Narrative narrative(Narrative n, UnaryOperator<String> f) {
        return new Narrative(n.blocks().stream().map(b -> new TextBlock(b.kind(), f.apply(b.text()))).toList());
    }

    /** In a row with at least one reported cell, a cell not reported becomes blank. */
    static AnnualReport notReportedInsideRowsAsBlank(AnnualReport r) {
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        for (Table2Row row : Table2Row.rowsOf(r.edition())) {
            CellRow c = r.table2().row(row);
            if (c.isReported()) {
                t2.put(row, blankIfNotReported(c.cells()));
            }
        }
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(Table3Row.class);
        r.table3().reportedRows().forEach((row, c) -> t3.put(row, ApplicantCounts.fromCells(
                blankIfNotReported(c.cells()))));
        Table4 t4 = r.table4();
        boolean anyT4 = false;
        for (Table4Row row : Table4Row.values()) {
            anyT4 |= t4.row(row).isReported();
        }
        if (anyT4) {
            for (Table4Row row : Table4Row.values()) {
                // table 4 is one printed row of 15 cells: a group not reported prints as empty cells too
                t4 = t4.withRow(row, io.github.ogireport.model.ReviewOutcomes.fromCells(
                        blankIfNotReported(t4.row(row).cells())));
            }
        }
        FeeBlock f = r.fees();
        if (f.isReported()) {
            List<Cell> c = blankIfNotReported(f.cells());
            f = new FeeBlock(c.get(0), c.get(1), c.get(2), f.unit());
        }
        return r.toBuilder().table2(Table2.fromRows(r.edition(), t2, units(r.table2()))).table3(Table3.fromRows(t3))
                .table4(t4).fees(f).build();
    }

    private static List<Cell> blankIfNotReported(List<Cell> cells) {
        return cells.stream().map(c -> c.isReported() ? c : Cell.blank()).toList();
    }

    private static Map<Table2Row, MoneyUnit> units(Table2 t) {
        Map<Table2Row, MoneyUnit> m = new EnumMap<>(Table2Row.class);
        if (t instanceof Table2Edition2021 t21) {
            m.put(Table2Row.FEES_2021, t21.fees().unit());
        } else {
            m.put(Table2Row.PROCUREMENT_2019, ((Table2Edition2019) t).procurement().unit());
        }
        return m;
    }

    /** A unit printed after no number is lost; a 2021 fee unit left unspecified reads back as the header's 万元. */
    static AnnualReport units(AnnualReport r) {
        Map<Table2Row, List<Cell>> t2 = new LinkedHashMap<>();
        for (Table2Row row : Table2Row.rowsOf(r.edition())) {
            if (r.table2().row(row).isReported()) {
                t2.put(row, r.table2().row(row).cells());
            }
        }
        Map<Table2Row, MoneyUnit> units = new EnumMap<>(Table2Row.class);
        if (r.table2() instanceof Table2Edition2021 t21) {
            boolean number = t21.fees().amount().isNumber();
            units.put(Table2Row.FEES_2021, number && t21.fees().unit() == MoneyUnit.YUAN ? MoneyUnit.YUAN
                    : MoneyUnit.WAN_YUAN);
        } else {
            var p = ((Table2Edition2019) r.table2()).procurement();
            units.put(Table2Row.PROCUREMENT_2019, p.amount().isNumber() ? p.unit() : MoneyUnit.UNSPECIFIED);
        }
        FeeBlock f = r.fees();
        boolean feeNumber = f.amountNotified().isNumber() || f.amountCollected().isNumber();
        f = new FeeBlock(f.notices(), f.amountNotified(), f.amountCollected(),
                feeNumber ? f.unit() : MoneyUnit.UNSPECIFIED);
        return r.toBuilder().table2(Table2.fromRows(r.edition(), t2, units)).fees(f).build();
    }
}
