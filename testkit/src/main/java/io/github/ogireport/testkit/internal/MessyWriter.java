package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.TextBlock;
import io.github.ogireport.rules.GluedNumbers;
import io.github.ogireport.testkit.MessyRendering;
import io.github.ogireport.testkit.Noise;
import io.github.ogireport.testkit.TextShape;
import io.github.ogireport.testkit.internal.ReportSpec.OtherHandlingForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a valid report as the text of a real agency's page, in one {@link TextShape} with some {@link Noise}, and
 * keeps the exact report the text encodes.
 */
public final class MessyWriter {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final int MAX_GLUED_DIGITS = 24;

    private MessyWriter() {
    }

    /** The kinds of row of a table's grid. */
    private enum Kind { CAPTION, HEADER, T2, T3, T4 }

    /**
     * One row of a table: label cells (an empty string where a merged cell leaves a gap) and value cells.
     */
    private record GridRow(Kind kind, List<String> labels, List<String> values) {
        List<String> presentLabels() {
            return labels.stream().filter(l -> !l.isEmpty()).toList();
        }

        List<String> all() {
            List<String> out = new ArrayList<>(labels);
            out.addAll(values);
            return out;
        }
    }

    /** A messy rendering of a report drawn from the choices; {@code shape} empty means any shape. */
    public static MessyRendering render(Choices c, Optional<TextShape> fixedShape) {
        return render(c, fixedShape, Optional.empty());
    }

    /**
     * A messy rendering of a report drawn from the choices; {@code shape} empty means any shape, {@code fixedNoise}
     * empty means a random choice of noise (blank-for-zero only where the shape can write blank cells).
     */
    public static MessyRendering render(Choices c, Optional<TextShape> fixedShape, Optional<Set<Noise>> fixedNoise) {
        TextShape shape = fixedShape.orElseGet(() -> c.pick(List.of(TextShape.values())));
        Set<Noise> noise = EnumSet.noneOf(Noise.class);
        if (fixedNoise.isPresent()) {
            noise.addAll(fixedNoise.get());
            if (noise.contains(Noise.BLANK_FOR_ZERO) && !shape.canWriteBlankCells()) {
                throw new IllegalArgumentException(shape + " cannot write blank cells");
            }
        } else {
            for (Noise n : Noise.values()) {
                if ((n != Noise.BLANK_FOR_ZERO || shape.canWriteBlankCells()) && c.chance(40)) {
                    noise.add(n);
                }
            }
        }
        ReportSpec spec = ReportSpec.defaults().withPlainText(true).withOtherHandling(OtherHandlingForm.ANY);
        AnnualReport report = ReportFactory.build(c, spec);
        ReportMetadata m = report.metadata();
        int year = m.reportYear().orElseThrow();
        String agency = m.agency().orElseThrow();
        report = report.toBuilder().metadata(new ReportMetadata(Optional.of(TextPool.title(agency, year)),
                m.agency(), m.reportYear(), m.edition(), m.statisticsPeriod(), m.publicationDate(), m.contact()))
                .build();
        if (c.chance(30)) {
            report = dropRows(c, report);
        }
        if (noise.contains(Noise.BLANK_FOR_ZERO)) {
            report = blanks(c, report);
        }
        LabelNoise labels = new LabelNoise(c, noise);
        boolean spaced = c.chance(40);
        Lines out = new Lines(spaced);
        out.add(report.metadata().title().orElseThrow());
        narrative(out, report.preamble());
        out.add(Section.OVERVIEW.headingZh());
        narrative(out, report.overview());
        out.add(Section.PROACTIVE_DISCLOSURE.headingZh());
        out.table(write(c, shape, table2(report, labels)));
        out.add(Section.APPLICATIONS.headingZh());
        out.table(write(c, shape, table3(report, labels)));
        out.add(Section.REVIEWS_AND_LAWSUITS.headingZh());
        out.table(write(c, shape, table4(report, labels)));
        out.add(Section.PROBLEMS.headingZh());
        narrative(out, report.problems());
        out.add(Section.OTHER_MATTERS.headingZh());
        narrative(out, report.otherMatters());
        report.metadata().publicationDate().ifPresent(d -> out.add(date(d)));
        return new MessyRendering(out.text(), shape, noise, report);
    }

    /** Lines of text, optionally with a blank line after each narrative line (as samples 002 and 003). */
    private static final class Lines {
        private final StringBuilder sb = new StringBuilder();
        private final boolean spaced;

        Lines(boolean spaced) {
            this.spaced = spaced;
        }

        void add(String line) {
            sb.append(line).append('\n');
            if (spaced) {
                sb.append('\n');
            }
        }

        void table(List<String> lines) {
            for (String l : lines) {
                sb.append(l).append('\n');
            }
            if (spaced) {
                sb.append('\n');
            }
        }

        String text() {
            return sb.toString();
        }
    }

    private static void narrative(Lines out, Narrative n) {
        for (TextBlock b : n.blocks()) {
            out.add(b.text());
        }
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    // ------------------------------------------------------------------ the expected report

    /** Leaves out one or two rows of tables 2 and 3 (never a table-4 group, which shares its line with the others). */
    private static AnnualReport dropRows(Choices c, AnnualReport report) {
        List<CatalogRow> candidates = new ArrayList<>();
        candidates.addAll(Table2Row.rowsOf(report.edition()));
        for (Table3Row r : Table3Row.values()) {
            if (report.table3().row(r).isReported()) {
                candidates.add(r);
            }
        }
        AnnualReport out = report;
        int n = 1 + c.next(2);
        for (int i = 0; i < n; i++) {
            out = CellEdits.withoutRow(out, c.pick(candidates));
        }
        return out;
    }

    /** Some zeros of the tables written as empty cells: blank in the expected report (never 2019's 采购总金额). */
    private static AnnualReport blanks(Choices c, AnnualReport report) {
        AnnualReport out = report;
        CellRef keep = new CellRef(Table3Row.NEW_APPLICATIONS, ApplicantColumn.TOTAL);
        for (CellRef ref : io.github.ogireport.catalog.Catalog.cells(report.edition())) {
            Cell cell = CellEdits.get(out, ref);
            // a blank procurement amount would lose the unit written in its cell
            boolean unitInCell = ref.column() == Table2Column.PROCUREMENT_AMOUNT;
            if (!ref.equals(keep) && !unitInCell && cell.isNumber() && cell.valueOrZero().signum() == 0
                    && c.chance(25)) {
                out = CellEdits.with(out, ref, Cell.blank());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ grids

    private static String value(Cell cell) {
        if (cell instanceof Cell.Number n) {
            return n.value().toPlainString();
        }
        if (cell instanceof Cell.Placeholder p) {
            return p.text();
        }
        return "";
    }

    private static List<GridRow> table2(AnnualReport report, LabelNoise noise) {
        List<GridRow> rows = new ArrayList<>();
        Edition edition = report.edition();
        for (Table2Block block : Table2Row.blocksOf(edition)) {
            List<Table2Row> blockRows = Table2Row.rowsOf(edition).stream().filter(r -> r.block() == block).toList();
            rows.add(new GridRow(Kind.CAPTION, List.of(noise.apply(block.captionZh())), List.of()));
            List<String> header = new ArrayList<>();
            header.add(noise.apply(Table2Block.CONTENT_HEADER_ZH));
            for (Table2Column col : blockRows.get(0).columns()) {
                header.add(noise.apply(col.labelZh()));
            }
            rows.add(new GridRow(Kind.HEADER, header, List.of()));
            for (Table2Row r : blockRows) {
                List<Cell> cells = report.table2().row(r).cells();
                if (cells.stream().noneMatch(Cell::isReported)) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int i = 0; i < cells.size(); i++) {
                    String v = value(cells.get(i));
                    if (r == Table2Row.PROCUREMENT_2019 && r.columns().get(i) == Table2Column.PROCUREMENT_AMOUNT) {
                        MoneyUnit unit = ((Table2Edition2019) report.table2()).procurement().unit();
                        v = v.isEmpty() ? v : v + unit.symbol();
                    }
                    values.add(v);
                }
                rows.add(new GridRow(Kind.T2, List.of(noise.apply(r.labelZh())), values));
            }
        }
        return rows;
    }

    private static List<GridRow> table3(AnnualReport report, LabelNoise noise) {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(Kind.HEADER, List.of(noise.apply(ApplicantColumn.BALANCE_NOTE_ZH),
                noise.apply(ApplicantColumn.APPLICANTS_HEADER_ZH)), List.of()));
        rows.add(new GridRow(Kind.HEADER, List.of(noise.apply(ApplicantColumn.NATURAL_PERSON.labelZh()),
                noise.apply(ApplicantColumn.LEGAL_PERSONS_HEADER_ZH), noise.apply(ApplicantColumn.TOTAL.labelZh())),
                List.of()));
        List<String> legal = new ArrayList<>();
        for (ApplicantColumn col : ApplicantColumn.values()) {
            if (col.isLegalPerson()) {
                legal.add(noise.apply(col.labelZh()));
            }
        }
        rows.add(new GridRow(Kind.HEADER, legal, List.of()));
        boolean outcomesOpened = false;
        Set<Table3Group> groupsOpened = EnumSet.noneOf(Table3Group.class);
        for (Table3Row r : Table3Row.values()) {
            List<Cell> cells = report.table3().row(r).cells();
            if (cells.stream().noneMatch(Cell::isReported)) {
                continue;
            }
            List<String> labels = new ArrayList<>(Collections.nCopies(3, ""));
            Optional<Table3Group> group = r.group();
            if (group.isEmpty()) {
                labels.set(0, noise.apply(r.labelZh()));
            } else {
                if (!outcomesOpened) {
                    labels.set(0, noise.apply(Table3Group.OUTCOMES.labelZh()));
                    outcomesOpened = true;
                }
                if (group.get() == Table3Group.OUTCOMES || r == Table3Row.OTHER_HANDLING_TOTAL) {
                    labels.set(1, noise.apply(r.labelZh()));
                } else {
                    if (groupsOpened.add(group.get())) {
                        labels.set(1, noise.apply(group.get().labelZh()));
                    }
                    labels.set(2, noise.apply(r.labelZh()));
                }
            }
            rows.add(new GridRow(Kind.T3, labels, cells.stream().map(MessyWriter::value).toList()));
        }
        return rows;
    }

    private static List<GridRow> table4(AnnualReport report, LabelNoise noise) {
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow(Kind.HEADER, List.of(noise.apply(Table4Row.ADMINISTRATIVE_REVIEW.labelZh()),
                noise.apply(Table4Row.LITIGATION_HEADER_ZH)), List.of()));
        List<String> second = new ArrayList<>();
        for (Table4Column col : Table4Column.values()) {
            second.add(noise.apply(col.labelZh()));
        }
        second.add(noise.apply(Table4Row.LITIGATION_WITHOUT_REVIEW.labelZh()));
        second.add(noise.apply(Table4Row.LITIGATION_AFTER_REVIEW.labelZh()));
        rows.add(new GridRow(Kind.HEADER, second, List.of()));
        List<String> third = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (Table4Column col : Table4Column.values()) {
                third.add(noise.apply(col.labelZh()));
            }
        }
        rows.add(new GridRow(Kind.HEADER, third, List.of()));
        List<String> values = new ArrayList<>();
        for (Table4Row r : Table4Row.values()) {
            report.table4().row(r).cells().forEach(cell -> values.add(value(cell)));
        }
        rows.add(new GridRow(Kind.T4, List.of(), values));
        return rows;
    }

    // ------------------------------------------------------------------ shapes

    private static List<String> write(Choices c, TextShape shape, List<GridRow> grid) {
        List<String> out = new ArrayList<>();
        switch (shape) {
            case PIPE_SUFFIX:
                for (GridRow row : grid) {
                    for (String cell : row.presentLabels()) {
                        out.add(cell + " |");
                    }
                    for (String cell : row.values()) {
                        out.add(cell + " |");
                    }
                    out.add(row.kind() == Kind.CAPTION || row.kind() == Kind.HEADER ? "|||" : "||");
                }
                break;
            case PIPE_PREFIX:
                for (GridRow row : grid) {
                    out.add("|");
                    for (String cell : row.presentLabels()) {
                        out.add(cell + " |");
                    }
                    for (String cell : row.values()) {
                        out.add(cell + " |");
                    }
                    if (row.kind() == Kind.CAPTION) {
                        out.add("|||");
                    }
                }
                break;
            case TAB_ROWS:
                for (GridRow row : grid) {
                    List<String> cells = row.all();
                    // shifted only when its first and last values are not blank, so the values stay unambiguous
                    if (row.kind() == Kind.T3 && row.labels().get(0).isEmpty() && !row.values().get(0).isEmpty()
                            && !row.values().get(row.values().size() - 1).isEmpty() && c.chance(25)) {
                        // a merged-cell artefact: the labels start at column 0 and the gap moves to the end
                        List<String> shifted = new ArrayList<>(row.presentLabels());
                        shifted.addAll(row.values());
                        while (shifted.size() < cells.size()) {
                            shifted.add("");
                        }
                        cells = shifted;
                    }
                    out.add(String.join("\t", cells));
                }
                break;
            case CELL_PER_LINE:
                for (GridRow row : grid) {
                    for (String cell : row.presentLabels()) {
                        out.add("\t" + cell);
                    }
                    for (String cell : row.values()) {
                        out.add("\t" + cell);
                    }
                    out.add("");
                }
                break;
            case ALIGNED:
                out.addAll(aligned(grid));
                break;
            case MARKDOWN:
                int width = grid.stream().mapToInt(r -> r.all().size()).max().orElse(1);
                boolean first = true;
                for (GridRow row : grid) {
                    List<String> cells = new ArrayList<>(row.all());
                    while (cells.size() < width) {
                        cells.add("");
                    }
                    out.add("| " + String.join(" | ", cells) + " |");
                    if (first) {
                        out.add("|" + " --- |".repeat(width));
                        first = false;
                    }
                }
                break;
            case GLUED:
                for (GridRow row : grid) {
                    String labels = String.join("", row.presentLabels());
                    if (row.values().isEmpty()) {
                        out.add(labels);
                    } else if (gluable(row)) {
                        out.add(labels + String.join("", row.values()));
                    } else {
                        List<String> cells = new ArrayList<>(row.presentLabels());
                        cells.addAll(row.values());
                        out.add(String.join("\t", cells));
                    }
                }
                break;
            default:
                throw new IllegalStateException("unknown shape " + shape);
        }
        return out;
    }

    private static List<String> aligned(List<GridRow> grid) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (GridRow row : grid) {
            List<String> cells = new ArrayList<>(row.presentLabels());
            cells.addAll(row.values());
            rows.add(cells);
            columns = Math.max(columns, cells.size());
        }
        int[] width = new int[columns];
        for (List<String> cells : rows) {
            for (int i = 0; i < cells.size(); i++) {
                width[i] = Math.max(width[i], displayWidth(cells.get(i)));
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> cells : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                sb.append(cell);
                if (i < cells.size() - 1) {
                    sb.append(" ".repeat(width[i] - displayWidth(cell) + 2));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x1100 ? 1 : 2;
        }
        return w;
    }

    /** Whether the row's digits split back into its cells in exactly one way by {@link GluedNumbers}. */
    private static boolean gluable(GridRow row) {
        List<String> labels = row.presentLabels();
        if (!labels.isEmpty()) {
            String last = labels.get(labels.size() - 1);
            if (last.isEmpty() || Character.isDigit(last.charAt(last.length() - 1))) {
                return false;
            }
        }
        for (String v : row.values()) {
            if (!DIGITS.matcher(v).matches() || (v.length() > 1 && v.charAt(0) == '0')
                    || v.length() > GluedNumbers.MAX_DIGITS_PER_NUMBER) {
                return false;
            }
        }
        String digits = String.join("", row.values());
        if (digits.length() > MAX_GLUED_DIGITS) {
            // long runs are written delimited without asking: the search for their splits grows too fast
            return false;
        }
        switch (row.kind()) {
            case T2:
                return GluedNumbers.splitFree(digits, row.values().size(), 2).size() == 1;
            case T3:
                return GluedNumbers.splitWithTotals(digits, 1, ApplicantColumn.addends().size(), 2).size() == 1;
            case T4:
                return GluedNumbers.splitWithTotals(digits, Table4Row.values().length, Table4Column.addends().size(), 2)
                        .size() == 1;
            default:
                return false;
        }
    }
}
