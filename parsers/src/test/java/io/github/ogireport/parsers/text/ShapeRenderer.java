package io.github.ogireport.parsers.text;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test helper: renders the three tables of a report, with the catalog's labels, in each plain-text shape the
 * reader takes, inside a minimal report text.
 */
public final class ShapeRenderer {

    /** The plain-text table shapes. */
    public enum Shape {
        /** One cell per line ending with " |", pipe lines between rows (sample 000). */
        PIPE_CELLS,
        /** As PIPE_CELLS with a lone "|" line before each row (sample 001). */
        PIPE_CELLS_LEADING,
        /** Tab-separated rows (samples 002, 003). */
        TABS,
        /** One tab-indented cell per line, blank line between rows (sample 004). */
        TAB_INDENTED,
        /** Markdown-like pipe rows. */
        MARKDOWN,
        /** Whitespace-aligned columns (blank cells cannot be written in this shape). */
        SPACES
    }

    private ShapeRenderer() {
    }

    /** A whole minimal report in a shape. */
    public static String report(String agency, int year, Table2 t2, Table3 t3, Table4 t4, Shape shape) {
        StringBuilder sb = new StringBuilder();
        sb.append(agency).append(year).append("年政府信息公开工作年度报告\n");
        sb.append(Section.OVERVIEW.headingZh()).append('\n');
        sb.append("本机关认真贯彻落实条例。\n");
        sb.append(Section.PROACTIVE_DISCLOSURE.headingZh()).append('\n');
        sb.append(render(table2Rows(t2), shape));
        sb.append(Section.APPLICATIONS.headingZh()).append('\n');
        sb.append(render(table3Rows(t3, t2.edition()), shape));
        sb.append(Section.REVIEWS_AND_LAWSUITS.headingZh()).append('\n');
        sb.append(render(table4Rows(t4), shape));
        sb.append(Section.PROBLEMS.headingZh()).append('\n');
        sb.append("工作人员较少。\n");
        sb.append(Section.OTHER_MATTERS.headingZh()).append('\n');
        sb.append("本年度未收取信息处理费。\n");
        return sb.toString();
    }

    /** Table 2 as rows of cell texts. */
    public static List<List<String>> table2Rows(Table2 t2) {
        List<List<String>> rows = new ArrayList<>();
        for (Table2Block block : Table2Row.blocksOf(t2.edition())) {
            rows.add(List.of(block.captionZh()));
            List<Table2Row> blockRows = Table2Row.rowsOf(t2.edition()).stream().filter(r -> r.block() == block)
                    .toList();
            List<String> header = new ArrayList<>();
            header.add(Table2Block.CONTENT_HEADER_ZH);
            for (Table2Column c : blockRows.get(0).columns()) {
                header.add(c.labelZh());
            }
            rows.add(header);
            for (Table2Row r : blockRows) {
                List<String> row = new ArrayList<>();
                row.add(r.labelZh());
                for (Cell c : t2.row(r).cells()) {
                    row.add(text(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Table 3 as rows of cell texts. */
    public static List<List<String>> table3Rows(Table3 t3, Edition edition) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(ApplicantColumn.BALANCE_NOTE_ZH, ApplicantColumn.APPLICANTS_HEADER_ZH));
        rows.add(List.of(ApplicantColumn.NATURAL_PERSON.labelZh(), ApplicantColumn.LEGAL_PERSONS_HEADER_ZH,
                ApplicantColumn.TOTAL.labelZh()));
        List<String> orgs = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.isLegalPerson()) {
                orgs.add(c.labelZh());
            }
        }
        rows.add(orgs);
        Table3Group open = null;
        for (Table3Row r : Table3Row.rowsOf(edition)) {
            Table3Group g = r.group().orElse(null);
            if (g != null && g != open && g != Table3Group.OUTCOMES && r != Table3Row.OTHER_HANDLING_TOTAL) {
                rows.add(List.of(g.labelZh()));
            }
            if (r == Table3Row.DISCLOSED) {
                rows.add(List.of(Table3Group.OUTCOMES.labelZh()));
            }
            open = g;
            List<String> row = new ArrayList<>();
            row.add(r.labelZh());
            for (Cell c : t3.row(r).cells()) {
                row.add(text(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Table 4 as rows of cell texts. */
    public static List<List<String>> table4Rows(Table4 t4) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Table4Row.ADMINISTRATIVE_REVIEW.labelZh(), Table4Row.LITIGATION_HEADER_ZH));
        List<String> second = new ArrayList<>();
        for (Table4Column c : Table4Column.values()) {
            second.add(c.labelZh());
        }
        second.add(Table4Row.LITIGATION_WITHOUT_REVIEW.labelZh());
        second.add(Table4Row.LITIGATION_AFTER_REVIEW.labelZh());
        rows.add(second);
        List<String> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (Table4Column c : Table4Column.values()) {
                third.add(c.labelZh());
            }
        }
        rows.add(third);
        List<String> values = new ArrayList<>();
        for (Table4Row r : Table4Row.values()) {
            for (Cell c : t4.row(r).cells()) {
                values.add(text(c));
            }
        }
        rows.add(values);
        return rows;
    }

    /** The text of a cell as a report writes it. */
    public static String text(Cell c) {
        if (c instanceof Cell.Number n) {
            return n.value().toPlainString();
        }
        if (c instanceof Cell.Placeholder p) {
            return p.text();
        }
        return "";
    }

    /** Rows of cell texts in a shape. */
    public static String render(List<List<String>> rows, Shape shape) {
        StringBuilder sb = new StringBuilder();
        switch (shape) {
            case PIPE_CELLS, PIPE_CELLS_LEADING -> {
                for (List<String> row : rows) {
                    if (shape == Shape.PIPE_CELLS_LEADING) {
                        sb.append("|\n");
                    }
                    for (String c : row) {
                        sb.append(c).append(" |\n");
                    }
                    sb.append("||\n");
                }
            }
            case TABS -> {
                for (List<String> row : rows) {
                    sb.append(String.join("\t", row)).append('\n');
                }
            }
            case TAB_INDENTED -> {
                for (List<String> row : rows) {
                    for (String c : row) {
                        sb.append('\t').append(c).append('\n');
                    }
                    sb.append('\n');
                }
            }
            case MARKDOWN -> {
                for (List<String> row : rows) {
                    sb.append(row.stream().collect(Collectors.joining(" | ", "| ", " |"))).append('\n');
                }
            }
            case SPACES -> {
                for (List<String> row : rows) {
                    sb.append(String.join("    ", row)).append('\n');
                }
            }
            default -> throw new IllegalArgumentException(shape.name());
        }
        return sb.toString();
    }
}
